package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.AuditQuery;
import cn.overloadcontrol.audit.AuditRecord;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withArea;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withCreditCode;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withName;
import static cn.overloadcontrol.sourceunit.LedgerTestData.withoutSupervision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SourceUnitServiceTest {

    @Autowired
    SourceUnitService service;

    @Autowired
    SourceUnitQueries queries;

    @Autowired
    RegionService regions;

    @Autowired
    AuditLog auditLog;

    LedgerTestData data;

    @BeforeEach
    void setUp() {
        data = new LedgerTestData(regions, service);
    }

    @Test
    void createStoresEveryFieldWithLabels() {
        UnitFields fields = data.completeFields("创建测试煤矿" + uniqueMarker());

        long id = service.create(fields);

        UnitDetail detail = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        assertThat(detail.fields()).isEqualTo(fields);
        assertThat(detail.unit().areaName()).isEqualTo("米山镇");
        assertThat(detail.unit().unitTypeLabel()).isEqualTo("煤矿");
        assertThat(detail.unit().supervisionModeLabel()).isEqualTo("联网监控");
        assertThat(detail.unit().status()).isEqualTo(UnitStatus.OPERATING);
        assertThat(detail.unit().published()).isFalse();
        assertThat(detail.statusHistory()).isEmpty();
    }

    @Test
    void createRejectsDuplicateCreditCode() {
        UnitFields first = data.completeFields("重复代码一" + uniqueMarker());
        service.create(first);
        UnitFields second = withName(first, "重复代码二" + uniqueMarker());

        assertThatThrownBy(() -> service.create(second))
                .isInstanceOfSatisfying(UnitValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode", "credit_code.duplicate")));
    }

    @Test
    void updateChangesFieldsAndAuditsBeforeAndAfter() {
        String name = "更新测试煤矿" + uniqueMarker();
        long id = service.create(data.completeFields(name));
        UnitDetail before = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        UnitFields changed = withName(before.fields(), name + "（新）");

        LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> service.update(id, changed, before.version()));

        UnitDetail after = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        assertThat(after.unit().name()).isEqualTo(name + "（新）");
        assertThat(after.unit().updatedAt()).isAfterOrEqualTo(before.unit().updatedAt());
        List<AuditRecord> audits = auditLog.search(
                new AuditQuery(null, AuditAction.UPDATE, "source_unit", Long.toString(id), null, null, null),
                PageRequest.of(0, 10)).getContent();
        assertThat(audits).hasSize(1);
        assertThat(audits.get(0).changes()).containsOnlyKeys("name");
        assertThat(audits.get(0).changes().get("name").before()).isEqualTo(name);
        assertThat(audits.get(0).changes().get("name").after()).isEqualTo(name + "（新）");
        assertThat(audits.get(0).actor()).isEqualTo("svc-office_staff");
    }

    @Test
    void updateKeepsOwnCreditCode() {
        UnitFields fields = data.completeFields("保留代码" + uniqueMarker());
        long id = service.create(fields);

        service.update(id, withName(fields, fields.name() + "改"));

        UnitDetail detail = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        assertThat(detail.unit().creditCode()).isEqualTo(fields.creditCode());
    }

    @Test
    void updateRejectsCreditCodeOfAnotherUnit() {
        UnitFields other = data.completeFields("他人代码" + uniqueMarker());
        service.create(other);
        UnitFields fields = data.completeFields("本单位" + uniqueMarker());
        long id = service.create(fields);

        assertThatThrownBy(() -> service.update(id, withCreditCode(fields, other.creditCode(), null)))
                .isInstanceOfSatisfying(UnitValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("credit_code.duplicate"));
    }

    @Test
    void updateRejectsStaleVersion() {
        UnitFields fields = data.completeFields("并发修改" + uniqueMarker());
        long id = service.create(fields);
        UnitDetail opened = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        service.update(id, withName(fields, fields.name() + "甲"));

        assertThatThrownBy(() -> service.update(id, withName(fields, fields.name() + "乙"), opened.version()))
                .isInstanceOf(UnitConcurrentlyModifiedException.class);
    }

    @Test
    void updateWithoutChangesRecordsNothing() {
        UnitFields fields = data.completeFields("无变化" + uniqueMarker());
        long id = service.create(fields);

        service.update(id, fields);

        assertThat(auditLog.search(
                new AuditQuery(null, AuditAction.UPDATE, "source_unit", Long.toString(id), null, null, null),
                PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void townStaffCannotMoveUnitAway() {
        long mishan = data.areaId("140581101");
        long sanjia = data.areaId("140581102");
        UnitFields fields = data.completeFields("乡镇范围" + uniqueMarker());
        long id = service.create(fields);

        assertThatThrownBy(() -> LedgerTestData.as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)),
                () -> service.update(id, withArea(fields, sanjia))))
                .isInstanceOfSatisfying(UnitValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("areaId", "area.out_of_scope")));
    }

    @Test
    void townStaffCannotCreateInAnotherArea() {
        long mishan = data.areaId("140581101");
        UnitFields fields = withArea(data.completeFields("他镇新增" + uniqueMarker()), data.areaId("140581102"));

        assertThatThrownBy(() -> LedgerTestData.as(Role.TOWN_STAFF, DataScope.areas(Set.of(mishan)),
                () -> service.create(fields)))
                .isInstanceOfSatisfying(UnitValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("area.out_of_scope"));
    }

    @Test
    void townStaffCannotUpdateUnitOfAnotherArea() {
        UnitFields fields = withArea(data.completeFields("他镇单位" + uniqueMarker()), data.areaId("140581102"));
        long id = service.create(fields);

        assertThatThrownBy(() -> LedgerTestData.as(Role.TOWN_STAFF, DataScope.areas(Set.of(data.areaId("140581101"))),
                () -> service.update(id, withName(fields, "改名"))))
                .isInstanceOf(UnitNotFoundException.class);
    }

    @Test
    void publishedUnitKeepsSupervision() {
        UnitFields fields = data.completeFields("已公示保留" + uniqueMarker());
        long id = service.create(fields);
        service.publish(id, LocalDate.of(2026, 5, 20));

        assertThatThrownBy(() -> service.update(id, withoutSupervision(fields)))
                .isInstanceOfSatisfying(UnitValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("supervisionModeId", "published.required"),
                                org.assertj.core.groups.Tuple.tuple("supervisorName", "published.required"),
                                org.assertj.core.groups.Tuple.tuple("supervisorOfficePhone", "published.required")));
    }

    @Test
    void statusChangeKeepsDatedHistory() {
        long id = service.create(data.completeFields("状态历史" + uniqueMarker()));

        LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL,
                () -> service.changeStatus(id, UnitStatus.SUSPENDED, LocalDate.of(2026, 3, 1), "冬季停产"));
        service.changeStatus(id, UnitStatus.OPERATING, LocalDate.of(2026, 4, 1), "复产");

        UnitDetail detail = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        assertThat(detail.unit().status()).isEqualTo(UnitStatus.OPERATING);
        assertThat(detail.statusHistory()).extracting(UnitStatusChangeView::toStatus)
                .containsExactly(UnitStatus.OPERATING, UnitStatus.SUSPENDED);
        UnitStatusChangeView first = detail.statusHistory().get(1);
        assertThat(first.fromStatus()).isEqualTo(UnitStatus.OPERATING);
        assertThat(first.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(first.reason()).isEqualTo("冬季停产");
        assertThat(first.changedBy()).isEqualTo("svc-office_staff");
    }

    @Test
    void statusChangeToSameStatusIsRejected() {
        long id = service.create(data.completeFields("同状态" + uniqueMarker()));

        assertThatThrownBy(() -> service.changeStatus(id, UnitStatus.OPERATING, LocalDate.now(), "无变化"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void publishingNeedsModeAndSupervisor() {
        long id = service.create(withoutSupervision(data.completeFields("缺监管" + uniqueMarker())));

        assertThatThrownBy(() -> service.publish(id, LocalDate.of(2026, 5, 20)))
                .isInstanceOfSatisfying(UnitValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("supervisionModeId", "supervisorName", "supervisorOfficePhone"));
        UnitDetail detail = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        assertThat(detail.unit().published()).isFalse();
    }

    @Test
    void publishAndUnpublish() {
        long id = service.create(data.completeFields("公示测试" + uniqueMarker()));

        service.publish(id, LocalDate.of(2026, 5, 20));
        UnitDetail published = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
        service.unpublish(id);
        UnitDetail unpublished = LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));

        assertThat(published.unit().published()).isTrue();
        assertThat(published.unit().publishedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(unpublished.unit().published()).isFalse();
    }
}
