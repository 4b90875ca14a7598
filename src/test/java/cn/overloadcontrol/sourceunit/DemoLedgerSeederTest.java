package cn.overloadcontrol.sourceunit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo ledger, stored once by calling the seeder directly: the demo profile's beans do not
 * exist in the test context, and the shared test database is not empty.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoLedgerSeederTest {

    /** The unit types of the seeded dictionary, with 120 units between them. */
    static final Set<String> SEEDED_TYPES = Set.of("COAL_MINE", "COAL_WASHING", "COKING", "SAND_GRAVEL", "CEMENT",
            "STEEL", "NEW_VEHICLE", "LOGISTICS", "OTHER");

    @Autowired
    SourceUnitRepository units;

    @Autowired
    SourceUnitService unitService;

    @Autowired
    UnitDictionaryService dictionaries;

    @Autowired
    TrainingService trainings;

    @Autowired
    RegionService regions;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    List<AreaView> activeAreas;
    List<DictionaryItemView> activeTypes;
    List<Object> events = new ArrayList<>();
    DemoLedgerSeeder.Result result;

    @BeforeAll
    void seedOnce() {
        activeAreas = regions.activeAreas();
        activeTypes = dictionaries.activeEntries(DictionaryKind.UNIT_TYPE);
        result = new DemoLedgerSeeder(units, unitService, dictionaries, trainings, regions, events::add).seed();
    }

    @Test
    void notActiveWithoutDemoProfile() {
        assertThat(context.getBeansOfType(DemoLedgerSeeder.class)).isEmpty();
    }

    @Test
    void storesAbout120Units() {
        long addedTypes = activeTypes.stream().filter(type -> !SEEDED_TYPES.contains(type.code())).count();

        assertThat(result.unitIds()).hasSize(120 + 2 * (int) addedTypes);
        assertThat(column("select count(*) from source_unit where id in (:ids)", Long.class)).containsExactly(
                (long) result.unitIds().size());
    }

    @Test
    void creditCodesValidInJurisdiction() {
        List<String> codes = column("select credit_code from source_unit where id in (:ids)", String.class);

        assertThat(codes).hasSize(result.unitIds().size()).doesNotHaveDuplicates();
        for (String code : codes) {
            assertThat(CreditCode.check(code).status()).as(code).isEqualTo(CreditCode.Status.VALID);
            assertThat(CreditCode.divisionCode(code)).as(code).isEqualTo("140581");
        }
    }

    @Test
    void everyUnitTypeUsed() {
        List<Long> usedTypes = column("select distinct unit_type_id from source_unit where id in (:ids)", Long.class);

        assertThat(usedTypes).containsAll(activeTypes.stream().map(DictionaryItemView::id).toList());
    }

    @Test
    void everyAreaUsed() {
        List<Long> usedAreas = column("select distinct area_id from source_unit where id in (:ids)", Long.class);

        assertThat(usedAreas).containsAll(activeAreas.stream().map(AreaView::id).toList());
    }

    @Test
    void addressesNameTheirArea() {
        Map<Long, String> areaNames = activeAreas.stream().collect(Collectors.toMap(AreaView::id, AreaView::name));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select area_id, address, latitude, longitude from source_unit where id in (:ids)", ids());

        for (Map<String, Object> row : rows) {
            assertThat((String) row.get("address")).contains(areaNames.get((Long) row.get("area_id")));
            assertThat(((Number) row.get("latitude")).doubleValue()).isBetween(35.6, 36.0);
            assertThat(((Number) row.get("longitude")).doubleValue()).isBetween(112.7, 113.15);
        }
    }

    @Test
    void publishesSeventyPercent() {
        List<Long> published = column("select id from source_unit where id in (:ids) and published", Long.class);

        assertThat(published).containsExactlyInAnyOrderElementsOf(result.publishedUnitIds());
        assertThat(published.size()).isEqualTo(Math.round(result.unitIds().size() * 0.7));
        assertThat(column("select count(*) from source_unit where id in (:ids) and published "
                + "and (supervision_mode_id is null or supervisor_name is null or status <> 'OPERATING')", Long.class))
                .containsExactly(0L);
    }

    @Test
    void someUnitsStoppedWithHistory() {
        List<String> statuses = column("select status from source_unit where id in (:ids) and status <> 'OPERATING'",
                String.class);
        List<Long> history = column("select count(*) from source_unit_status_change where unit_id in (:ids)",
                Long.class);

        assertThat(statuses).hasSize(6).contains("SUSPENDED", "CLOSED", "DEREGISTERED");
        // Six stops, and two units that stopped and resumed.
        assertThat(history).containsExactly(10L);
    }

    @Test
    void sessionsHaveAttendance() {
        assertThat(result.sessionIds()).hasSizeBetween(4, 6);
        for (long sessionId : result.sessionIds()) {
            MapSqlParameterSource session = new MapSqlParameterSource("session", sessionId);
            Long unitRows = jdbc.queryForObject(
                    "select count(*) from training_unit_attendance where session_id = :session", session, Long.class);
            assertThat(unitRows).as("unit rows of session %d", sessionId).isPositive();
        }
        assertThat(column("select count(*) from training_department_attendance where session_id in (:sessions)",
                Long.class).get(0)).isPositive();
    }

    @Test
    void someButNotAllPublishedUnitsUntrained() {
        List<Long> untrained = column("select id from source_unit u where id in (:ids) and published "
                + "and not exists (select 1 from training_unit_attendance a where a.unit_id = u.id)", Long.class);

        assertThat(untrained).isNotEmpty();
        assertThat(untrained.size()).isLessThan(result.publishedUnitIds().size() / 2);
    }

    @Test
    void showcaseUnitPublishedAndTrained() {
        MapSqlParameterSource unit = new MapSqlParameterSource("unit", result.showcaseUnitId());
        Long sessions = jdbc.queryForObject("select count(*) from training_unit_attendance where unit_id = :unit",
                unit, Long.class);

        assertThat(result.publishedUnitIds()).contains(result.showcaseUnitId());
        assertThat(sessions).isGreaterThanOrEqualTo(2);
        assertThat(events).singleElement().isInstanceOfSatisfying(DemoLedgerSeeded.class, event -> {
            assertThat(event.showcaseUnitId()).isEqualTo(result.showcaseUnitId());
            assertThat(event.townAreaIds()).hasSize(2);
        });
    }

    @Test
    void everyUnitAudited() {
        List<Long> audited = column("select count(*) from audit_log where object_type = 'source_unit' "
                + "and action = 'CREATE' and object_id in (:idTexts)", Long.class);

        assertThat(audited).containsExactly((long) result.unitIds().size());
    }

    private <T> List<T> column(String sql, Class<T> type) {
        return jdbc.queryForList(sql, ids(), type);
    }

    private MapSqlParameterSource ids() {
        return new MapSqlParameterSource("ids", result.unitIds())
                .addValue("idTexts", result.unitIds().stream().map(String::valueOf).toList())
                .addValue("sessions", result.sessionIds());
    }
}
