package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.AuditQuery;
import cn.overloadcontrol.audit.AuditRecord;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static cn.overloadcontrol.sourceunit.LedgerTestData.as;
import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withArea;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withUnitType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SourceUnitQueriesTest {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50, Sort.by("name"));

    @Autowired
    SourceUnitService service;

    @Autowired
    SourceUnitQueries queries;

    @Autowired
    RegionService regions;

    @Autowired
    AuditLog auditLog;

    LedgerTestData data;
    String marker;
    long mishan;
    long sanjia;
    long mishanMine;
    long mishanWasher;
    long sanjiaMine;

    /** Three units under one marker: a mine and a washing plant in 米山镇, a mine in 三甲镇. */
    @BeforeEach
    void setUp() {
        data = new LedgerTestData(regions, service);
        marker = uniqueMarker();
        mishan = data.areaId("140581101");
        sanjia = data.areaId("140581102");
        mishanMine = service.create(withArea(data.completeFields("甲煤矿" + marker), mishan));
        mishanWasher = service.create(withUnitType(withArea(data.completeFields("乙洗煤厂" + marker), mishan),
                data.unitTypeId("COAL_WASHING")));
        sanjiaMine = service.create(withArea(data.completeFields("丙煤矿" + marker), sanjia));
    }

    private List<Long> idsOf(Page<UnitRow> page) {
        return page.getContent().stream().map(UnitRow::id).toList();
    }

    private Page<UnitRow> searchAsOffice(UnitQuery query, Pageable pageable) {
        return as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.search(query, pageable));
    }

    @Test
    void keywordMatchesPartOfName() {
        Page<UnitRow> page = searchAsOffice(new UnitQuery("煤矿" + marker, null, null, null, null), FIRST_PAGE);

        assertThat(idsOf(page)).containsExactlyInAnyOrder(mishanMine, sanjiaMine);
    }

    @Test
    void keywordMatchesStartOfCreditCode() {
        UnitFields fields = data.completeFields("代码前缀" + marker);
        long id = service.create(fields);

        Page<UnitRow> page = searchAsOffice(
                new UnitQuery(fields.creditCode().substring(0, 14).toLowerCase(), null, null, null, null), FIRST_PAGE);
        Page<UnitRow> middle = searchAsOffice(
                new UnitQuery(fields.creditCode().substring(4, 16), null, null, null, null), FIRST_PAGE);

        assertThat(idsOf(page)).contains(id);
        assertThat(idsOf(middle)).doesNotContain(id);
    }

    @Test
    void keywordWildcardsMatchThemselves() {
        Page<UnitRow> page = searchAsOffice(new UnitQuery("%" + marker, null, null, null, null), FIRST_PAGE);

        assertThat(page.getContent()).isEmpty();
    }

    @Test
    void filtersByAreaTypeStatusAndPublished() {
        service.changeStatus(sanjiaMine, UnitStatus.SUSPENDED, LocalDate.of(2026, 1, 5), "整改");
        service.publish(mishanWasher, LocalDate.of(2026, 5, 1));

        assertThat(idsOf(searchAsOffice(new UnitQuery(marker, mishan, null, null, null), FIRST_PAGE)))
                .containsExactlyInAnyOrder(mishanMine, mishanWasher);
        assertThat(idsOf(searchAsOffice(new UnitQuery(marker, null, data.unitTypeId("COAL_WASHING"), null, null),
                FIRST_PAGE))).containsExactly(mishanWasher);
        assertThat(idsOf(searchAsOffice(new UnitQuery(marker, null, null, UnitStatus.SUSPENDED, null), FIRST_PAGE)))
                .containsExactly(sanjiaMine);
        assertThat(idsOf(searchAsOffice(new UnitQuery(marker, null, null, null, true), FIRST_PAGE)))
                .containsExactly(mishanWasher);
        assertThat(idsOf(searchAsOffice(new UnitQuery(marker, null, null, null, false), FIRST_PAGE)))
                .containsExactlyInAnyOrder(mishanMine, sanjiaMine);
    }

    @Test
    void sortsByWhitelistedKeys() {
        UnitQuery mine = new UnitQuery(marker, null, null, null, null);

        // The names start with 丙 (U+4E19), 乙 (U+4E59) and 甲 (U+7532).
        assertThat(idsOf(searchAsOffice(mine, PageRequest.of(0, 10, Sort.by("name")))))
                .containsExactly(sanjiaMine, mishanWasher, mishanMine);
        assertThat(idsOf(searchAsOffice(mine, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "name")))))
                .containsExactly(mishanMine, mishanWasher, sanjiaMine);
        assertThat(idsOf(searchAsOffice(mine, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "area")))).get(0))
                .isEqualTo(sanjiaMine);
        assertThat(idsOf(searchAsOffice(mine, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "type")))).get(0))
                .isEqualTo(mishanWasher);
    }

    @Test
    void sortsByStatusInDeclarationOrder() {
        service.changeStatus(mishanMine, UnitStatus.CLOSED, LocalDate.of(2026, 2, 1), "关闭");
        service.changeStatus(sanjiaMine, UnitStatus.SUSPENDED, LocalDate.of(2026, 2, 1), "停产");

        List<UnitStatus> statuses = searchAsOffice(new UnitQuery(marker, null, null, null, null),
                PageRequest.of(0, 10, Sort.by("status"))).getContent().stream().map(UnitRow::status).toList();

        assertThat(statuses).containsExactly(UnitStatus.OPERATING, UnitStatus.SUSPENDED, UnitStatus.CLOSED);
    }

    @Test
    void sortsByUpdatedAndPublishedDate() {
        service.publish(sanjiaMine, LocalDate.of(2026, 5, 1));
        service.publish(mishanMine, LocalDate.of(2026, 5, 3));
        UnitQuery mine = new UnitQuery(marker, null, null, null, null);

        assertThat(idsOf(searchAsOffice(mine, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "published")))))
                .containsExactly(mishanMine, sanjiaMine, mishanWasher);
        assertThat(idsOf(searchAsOffice(mine, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updated")))))
                .containsExactly(mishanMine, sanjiaMine, mishanWasher);
    }

    @Test
    void unknownSortKeyFallsBackToLatestUpdate() {
        Page<UnitRow> page = searchAsOffice(new UnitQuery(marker, null, null, null, null),
                PageRequest.of(0, 10, Sort.by("credit_code; drop table source_unit")));

        assertThat(idsOf(page)).containsExactly(sanjiaMine, mishanWasher, mishanMine);
    }

    @Test
    void pagesThroughMatches() {
        UnitQuery mine = new UnitQuery(marker, null, null, null, null);

        Page<UnitRow> first = searchAsOffice(mine, PageRequest.of(0, 2, Sort.by("name")));
        Page<UnitRow> second = searchAsOffice(mine, PageRequest.of(1, 2, Sort.by("name")));

        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(idsOf(first)).containsExactly(sanjiaMine, mishanWasher);
        assertThat(idsOf(second)).containsExactly(mishanMine);
    }

    @Test
    void townStaffSeeOnlyOwnAreas() {
        Page<UnitRow> page = as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)),
                () -> queries.search(new UnitQuery(marker, null, null, null, null), FIRST_PAGE));
        Page<UnitRow> askingForOtherArea = as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)),
                () -> queries.search(new UnitQuery(marker, sanjia, null, null, null), FIRST_PAGE));

        assertThat(idsOf(page)).containsExactlyInAnyOrder(mishanMine, mishanWasher);
        assertThat(askingForOtherArea.getContent()).isEmpty();
    }

    @Test
    void enterpriseUserSeesOnlyOwnUnit() {
        Page<UnitRow> page = as(Role.ENTERPRISE_USER, DataScope.unit(mishanWasher),
                () -> queries.search(UnitQuery.all(), FIRST_PAGE));

        assertThat(idsOf(page)).containsExactly(mishanWasher);
    }

    @Test
    void searchWithoutUserFindsNothing() {
        assertThat(queries.search(new UnitQuery(marker, null, null, null, null), FIRST_PAGE).getContent()).isEmpty();
    }

    @Test
    void detailOutsideScopeIsNotFound() {
        assertThatThrownBy(() -> as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)),
                () -> queries.detail(sanjiaMine))).isInstanceOf(UnitNotFoundException.class);
        assertThatThrownBy(() -> as(Role.ENTERPRISE_USER, DataScope.unit(mishanMine),
                () -> queries.detail(mishanWasher))).isInstanceOf(UnitNotFoundException.class);
        assertThat(as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)), () -> queries.detail(mishanMine)).unit().id())
                .isEqualTo(mishanMine);
    }

    @Test
    void forEachMatchingStreamsScopedRows() {
        List<Long> streamed = new ArrayList<>();

        as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)),
                () -> queries.forEachMatching(new UnitQuery(marker, null, null, null, null), row -> streamed.add(row.id())));

        assertThat(streamed).containsExactly(mishanWasher, mishanMine);
    }

    @Test
    void exportRecordsFiltersAndRowCount() {
        List<UnitRow> rows = new ArrayList<>();

        long count = as(Role.OFFICE_STAFF, DataScope.ALL,
                () -> queries.exportMatching(new UnitQuery(marker, mishan, null, null, null), rows::add));

        assertThat(count).isEqualTo(2);
        assertThat(rows).hasSize(2);
        List<AuditRecord> exports = auditLog.search(
                new AuditQuery("svc-office_staff", AuditAction.EXPORT, "source_unit", null, null, null, null),
                PageRequest.of(0, 50)).getContent();
        assertThat(exports).anySatisfy(record -> assertThat(record.detail())
                .contains("rows=2").contains("keyword=" + marker).contains("areaId=" + mishan));
    }

    @Test
    void selectableAreasFollowScope() {
        List<Long> areaIds = as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)),
                () -> queries.selectableAreas().stream().map(area -> area.id()).toList());

        assertThat(areaIds).containsExactly(mishan);
    }
}
