package cn.overloadcontrol.weighing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.common.PlateNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vehicle registry (车辆登记信息): registered masses by normalized plate. Imports replace a
 * plate's row; ingestion reads it when a record carries no registered masses.
 */
@Service
public class VehicleRegistry {

    private static final int MAX_SOURCE_LENGTH = 200;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final NamedParameterJdbcTemplate jdbc;

    VehicleRegistry(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Finds the registered masses of a plate, or returns empty when the plate is invalid or not registered. */
    @Transactional(readOnly = true)
    public Optional<RegisteredMasses> massesOf(String plate) {
        return plate == null ? Optional.empty() : Optional.ofNullable(massesOf(List.of(plate)).get(plate));
    }

    /**
     * Finds the registered masses of several plates in one query, keyed by the plate as given.
     * Invalid and unregistered plates are absent from the result. One statement needs no
     * transaction of its own.
     */
    public Map<String, RegisteredMasses> massesOf(Collection<String> plates) {
        Map<String, List<String>> givenByNormalized = new HashMap<>();
        for (String plate : plates) {
            PlateNumber number = plate == null ? null : PlateNumber.of(plate);
            if (number != null && number.valid()) {
                givenByNormalized.computeIfAbsent(number.normalized(), key -> new ArrayList<>()).add(plate);
            }
        }
        Map<String, RegisteredMasses> masses = new HashMap<>();
        if (givenByNormalized.isEmpty()) {
            return masses;
        }
        jdbc.query("""
                select plate_number, registered_total_mass_kg, registered_load_kg, source, updated_at
                  from vehicle_registry
                 where plate_number in (:plates)
                """, new MapSqlParameterSource("plates", givenByNormalized.keySet()), rs -> {
                    RegisteredMasses found = new RegisteredMasses(rs.getInt(2), rs.getInt(3),
                            RegisteredMasses.Source.REGISTRY, rs.getString(4), rs.getTimestamp(5).toInstant());
                    givenByNormalized.get(rs.getString(1)).forEach(given -> masses.put(given, found));
                });
        return masses;
    }

    /** Inserts or replaces every row in one transaction. The caller has validated the rows. */
    @Transactional
    public int upsertAll(List<VehicleRegistration> rows, String source) {
        Timestamp now = Timestamp.from(Instant.now());
        String trimmedSource = source.length() <= MAX_SOURCE_LENGTH ? source : source.substring(0, MAX_SOURCE_LENGTH);
        for (VehicleRegistration row : rows) {
            jdbc.update("""
                    insert into vehicle_registry (plate_number, axle_count, vehicle_type, registered_total_mass_kg,
                        registered_load_kg, source, updated_at)
                    values (:plate, :axles, :type, :total, :load, :source, :now)
                    on conflict (plate_number) do update set axle_count = excluded.axle_count,
                        vehicle_type = excluded.vehicle_type,
                        registered_total_mass_kg = excluded.registered_total_mass_kg,
                        registered_load_kg = excluded.registered_load_kg, source = excluded.source,
                        updated_at = excluded.updated_at
                    """, new MapSqlParameterSource("plate", PlateNumber.of(row.plateNumber()).normalized())
                    .addValue("axles", row.axleCount())
                    .addValue("type", row.vehicleType().name())
                    .addValue("total", row.registeredTotalMassKg())
                    .addValue("load", row.registeredLoadKg())
                    .addValue("source", trimmedSource)
                    .addValue("now", now));
        }
        return rows.size();
    }

    /** Finds registered vehicles whose plate contains the text, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<VehicleRegistration> search(String plateContains, int limit) {
        String text = plateContains == null ? "" : plateContains.strip().toUpperCase(Locale.ROOT);
        return jdbc.query("""
                select plate_number, axle_count, vehicle_type, registered_total_mass_kg, registered_load_kg,
                       source, updated_at
                from vehicle_registry where plate_number like :pattern
                order by updated_at desc, plate_number limit :limit
                """, new MapSqlParameterSource("pattern", "%" + escapeLike(text) + "%").addValue("limit", limit),
                (rs, row) -> new VehicleRegistration(rs.getString(1), rs.getInt(2),
                        VehicleType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant().atOffset(CHINA)));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
