package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Set-based SQL for the import. Hibernate inserts one row per statement here, because IDENTITY ids
 * turn off its JDBC batching, so an import sends all new units as column arrays in one statement.
 */
@Repository
class UnitImportRepository {

    private static final String INSERT = """
            insert into source_unit (id, name, credit_code, credit_code_override_reason, unit_type_id, area_id,
                                     address, longitude, latitude, legal_representative, safety_contact,
                                     safety_contact_phone, annual_throughput, transport_routes, supervision_mode_id,
                                     supervising_department, supervisor_name, supervisor_department,
                                     supervisor_office_phone, supervisor_mobile)
            select * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[],
                                 ?::varchar[], ?::numeric[], ?::numeric[], ?::varchar[], ?::varchar[],
                                 ?::varchar[], ?::numeric[], ?::varchar[], ?::bigint[],
                                 ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::varchar[], ?::varchar[])
            """;

    private final JdbcTemplate jdbc;

    UnitImportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns which of the given credit codes the ledger already holds, in one query. */
    Set<String> findExistingCreditCodes(Collection<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Set.of();
        }
        String[] codes = creditCodes.toArray(String[]::new);
        List<String> existing = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select credit_code from source_unit where credit_code = any (?)");
            statement.setArray(1, connection.createArrayOf("varchar", codes));
            return statement;
        }, (resultSet, rowNumber) -> resultSet.getString(1));
        return new HashSet<>(existing);
    }

    /**
     * Inserts new units with status, publication and timestamps left to the column defaults.
     *
     * @return the new ids, in the order of {@code units}
     */
    List<Long> insertAll(List<UnitFields> units) {
        List<Long> ids = reserveIds(units.size());
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT);
            int index = 1;
            statement.setArray(index++, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            statement.setArray(index++, texts(connection, units, UnitFields::name));
            statement.setArray(index++, texts(connection, units, UnitFields::creditCode));
            statement.setArray(index++, texts(connection, units, UnitFields::creditCodeOverrideReason));
            statement.setArray(index++, longs(connection, units, UnitFields::unitTypeId));
            statement.setArray(index++, longs(connection, units, UnitFields::areaId));
            statement.setArray(index++, texts(connection, units, UnitFields::address));
            statement.setArray(index++, numbers(connection, units, UnitFields::longitude));
            statement.setArray(index++, numbers(connection, units, UnitFields::latitude));
            statement.setArray(index++, texts(connection, units, UnitFields::legalRepresentative));
            statement.setArray(index++, texts(connection, units, UnitFields::safetyContact));
            statement.setArray(index++, texts(connection, units, UnitFields::safetyContactPhone));
            statement.setArray(index++, numbers(connection, units, UnitFields::annualThroughput));
            statement.setArray(index++, texts(connection, units, UnitFields::transportRoutes));
            statement.setArray(index++, longs(connection, units, UnitFields::supervisionModeId));
            statement.setArray(index++, texts(connection, units, UnitFields::supervisingDepartment));
            statement.setArray(index++, texts(connection, units, UnitFields::supervisorName));
            statement.setArray(index++, texts(connection, units, UnitFields::supervisorDepartment));
            statement.setArray(index++, texts(connection, units, UnitFields::supervisorOfficePhone));
            statement.setArray(index, texts(connection, units, UnitFields::supervisorMobile));
            return statement;
        });
        return ids;
    }

    /** Takes ids from the column's sequence first, so that the audit entries can name each unit. */
    private List<Long> reserveIds(int count) {
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('source_unit', 'id')) from generate_series(1, ?)",
                Long.class, count);
    }

    private static Array texts(Connection connection, List<UnitFields> units, Function<UnitFields, String> field)
            throws SQLException {
        return connection.createArrayOf("varchar", units.stream().map(field).toArray(String[]::new));
    }

    private static Array longs(Connection connection, List<UnitFields> units, Function<UnitFields, Long> field)
            throws SQLException {
        return connection.createArrayOf("bigint", units.stream().map(field).toArray(Long[]::new));
    }

    private static Array numbers(Connection connection, List<UnitFields> units,
            Function<UnitFields, BigDecimal> field) throws SQLException {
        return connection.createArrayOf("numeric", units.stream().map(field).toArray(BigDecimal[]::new));
    }
}
