package cn.overloadcontrol.station;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The device inventory of a station: devices per kind, certificates, installation and the emergency plan. */
@IntegrationTest
class DeviceInventoryTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    DeviceInventory devices;
    @Autowired
    StationInstallations installations;
    @Autowired
    InventoryOverview overview;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scaleWithoutCertificateIsRejectedNamingFields() throws Exception {
        long stationId = newStation();
        mvc.perform(post("/stations/{id}/devices", stationId).with(TestPrincipal.office()).with(csrf())
                        .param("kind", "TRUCK_SCALE").param("model", "SCS-100").param("capacityKg", "250000")
                        .param("lanes", "1;2"))
                .andExpect(status().isOk())
                .andExpect(view().name("station/device-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "capacityKg", "problem.number.out_of_range"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lanes", "problem.device.lanes_malformed"))
                .andExpect(model().attributeHasFieldErrorCode("form", "divisionKg", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "certificateNumber", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "certificateExpiresOn", "problem.required"));
        assertThat(data.asOffice(() -> devices.list(stationId))).isEmpty();
    }

    @Test
    void spareNeedsOnlyItsModel() {
        long stationId = newStation();
        DeviceFields spare = new DeviceFields(DeviceKind.INDICATOR, "XK3190-A9", null, null, null, null, null, null,
                null, null, null, null, null, null, true, "备用仪表一台");
        long id = data.asOffice(() -> devices.add(stationId, spare));
        assertThat(data.asOffice(() -> devices.view(stationId, id)).spare()).isTrue();
    }

    @Test
    void scaleIsAddedFromTheFormAndAudited() throws Exception {
        long stationId = newStation();
        mvc.perform(post("/stations/{id}/devices", stationId).with(TestPrincipal.office()).with(csrf())
                        .param("kind", "TRUCK_SCALE").param("model", "SCS-100").param("capacityKg", "100000")
                        .param("divisionKg", "20").param("lanes", "1，2").param("certificateNumber", "JD-2026-77")
                        .param("certificateExpiresOn", "2027-06-30"))
                .andExpect(redirectedUrl("/stations/" + stationId + "#inventory"));
        List<DeviceView> list = data.asOffice(() -> devices.list(stationId));
        assertThat(list).singleElement().satisfies(scale -> {
            assertThat(scale.lanes()).isEqualTo("1,2");
            assertThat(scale.certificateExpiresOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'station_device'"
                + " and object_id = ? and action = 'CREATE'", Long.class, Long.toString(list.get(0).id()))).isEqualTo(1);
    }

    @Test
    void cameraPasswordIsEncryptedAndNeverShown() throws Exception {
        long stationId = newStation();
        long id = data.asOffice(() -> devices.add(stationId, InventoryTestData.camera("Cam#2026pass")));
        String stored = jdbc.queryForObject("select password_ciphertext from station_device where id = ?",
                String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain("Cam#2026pass");
        assertThat(data.asOffice(() -> devices.cameraPassword(stationId, id))).isEqualTo("Cam#2026pass");
        mvc.perform(get("/stations/{id}", stationId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Cam#2026pass"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已设置密码")));
        String changes = jdbc.queryForObject("select changes::text from audit_log where object_type = 'station_device'"
                + " and object_id = ?", String.class, Long.toString(id));
        assertThat(changes).doesNotContain("Cam#2026pass");

        DeviceFields keep = InventoryTestData.camera(null);
        data.asOffice(() -> devices.update(stationId, id, keep, 0));
        assertThat(data.asOffice(() -> devices.cameraPassword(stationId, id))).isEqualTo("Cam#2026pass");
    }

    @Test
    void certificateAlertsByExpiryDate() {
        long stationId = newStation();
        long expired = data.asOffice(() -> devices.add(stationId, InventoryTestData.scale("1", TODAY.minusDays(1))));
        long expiring = data.asOffice(() -> devices.add(stationId, InventoryTestData.scale("2", TODAY.plusDays(30))));
        long valid = data.asOffice(() -> devices.add(stationId, InventoryTestData.scale("1,2", TODAY.plusDays(31))));

        List<CertificateAlert> alerts = data.asOffice(() -> overview.certificateAlerts(TODAY)).stream()
                .filter(alert -> alert.stationId() == stationId).toList();

        assertThat(alerts).extracting(CertificateAlert::deviceId).containsExactly(expired, expiring);
        assertThat(alerts.get(0).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(alerts.get(0).daysLeft()).isEqualTo(-1);
        assertThat(alerts.get(1).status()).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(alerts.get(1).daysLeft()).isEqualTo(30);
        List<CertificateAlert> later = data.asOffice(() -> overview.certificateAlerts(TODAY.plusDays(2))).stream()
                .filter(alert -> alert.deviceId() == valid).toList();
        assertThat(later).singleElement().extracting(CertificateAlert::status).isEqualTo(CertificateStatus.EXPIRING);
    }

    @Test
    void certificatePageShowsAlertsInScopeOnly() throws Exception {
        long areaId = data.areas().get(0).id();
        long otherAreaId = data.areas().get(1).id();
        long unitId = data.createUnit(areaId);
        long stationId = data.createStation(unitId);
        data.asOffice(() -> devices.add(stationId, InventoryTestData.scale("1", TODAY.plusDays(5))));
        String certificateNumber = data.asOffice(() -> devices.list(stationId)).get(0).certificateNumber();

        mvc.perform(get("/devices/certificates").with(TestPrincipal.town(areaId)))
                .andExpect(view().name("station/certificates"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(certificateNumber)));
        mvc.perform(get("/devices/certificates").with(TestPrincipal.town(otherAreaId)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(certificateNumber))));
    }

    @Test
    void emergencyPlanAcceptsPdfAndRejectsText() throws Exception {
        long stationId = newStation();
        byte[] text = "not a plan".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/stations/{id}/emergency-plan", stationId)
                        .file(new MockMultipartFile("file", "预案.pdf", "application/pdf", text))
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/stations/" + stationId + "#installation"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("预案.pdf"),
                        org.hamcrest.Matchers.containsString("docx、jpg、pdf"))));
        assertThat(data.asOffice(() -> installations.view(stationId)).emergencyPlan()).isNull();

        byte[] pdf = ("%PDF-1.4\n" + System.nanoTime() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/stations/{id}/emergency-plan", stationId)
                        .file(new MockMultipartFile("file", "C:\\docs\\应急处置预案.pdf", "text/plain", pdf))
                        .with(TestPrincipal.as(Role.INSTALLER, DataScope.ALL)).with(csrf()))
                .andExpect(flash().attributeExists("success"));
        EmergencyPlan plan = data.asOffice(() -> installations.view(stationId)).emergencyPlan();
        assertThat(plan.fileName()).isEqualTo("应急处置预案.pdf");
        assertThat(plan.sizeBytes()).isEqualTo(pdf.length);
        mvc.perform(get("/stations/{id}/emergency-plan", stationId).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void installationDatesAreChecked() throws Exception {
        long stationId = newStation();
        InstallationFields reversed = new InstallationFields("安装公司", null, LocalDate.of(2026, 9, 1), "维保公司",
                "WB-1", LocalDate.of(2026, 8, 1));
        assertThatThrownBy(() -> data.asOffice(() -> installations.save(stationId, reversed, 0)))
                .isInstanceOfSatisfying(StationValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("maintenanceUntil:installation.maintenance_before_installation"));
        mvc.perform(post("/stations/{id}/installation", stationId).with(TestPrincipal.office()).with(csrf())
                        .param("installerCompany", "安装公司").param("installedOn", "2026-09-01")
                        .param("maintenanceCompany", "维保公司").param("maintenanceUntil", "2026-08-01")
                        .param("version", "0"))
                .andExpect(view().name("station/installation-form"))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("维保到期日 2026-08-01 不能早于安装日期 2026-09-01"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("开始日期")))));
        data.asOffice(() -> installations.save(stationId, InventoryTestData.maintained(), 0));
        assertThat(data.asOffice(() -> installations.view(stationId)).maintenanceFiled()).isTrue();
    }

    @Test
    void deviceFieldsAreCheckedPerRule() {
        long stationId = newStation();
        record Case(DeviceFields fields, String expected) {
        }
        List<Case> cases = List.of(
                new Case(InventoryTestData.scale("1,1", TODAY.plusMonths(6)), "lanes:device.lane_repeated"),
                new Case(InventoryTestData.scale("99", TODAY.plusMonths(6)), "lanes:device.lane_unknown"),
                new Case(indicator("nonexistent", "9600 8N1", "127.0.0.1:4001"), "protocol:device.protocol_unknown"),
                new Case(indicator("yaohua-a9", "9600 9Z1", "127.0.0.1:4001"), "portSettings:device.port_settings_invalid"),
                new Case(indicator("yaohua-a9", "abc", "127.0.0.1:4001"), "portSettings:device.port_settings_invalid"),
                new Case(indicator("yaohua-a9", "9601 8N1", "127.0.0.1:4001"), "portSettings:device.port_settings_invalid"),
                new Case(indicator("yaohua-a9", "9600 8N1", "999.1.1.1:4001"), "address:device.address_invalid"),
                new Case(indicator("yaohua-a9", "9600 8N1", "127.0.0.1:99999"), "address:device.address_invalid"),
                new Case(indicator("yaohua-a9", "9600 8N1", "127.0.0.1:0"), "address:device.address_invalid"),
                new Case(camera("ftp://1.2.3.4"), "address:device.address_rtsp_required"),
                new Case(camera("rtsp://999.1.1.1/x"), "address:device.address_rtsp_required"),
                new Case(camera("rtsp://admin:secret@127.0.0.1/x"), "address:device.address_credentials"));
        for (Case c : cases) {
            assertThatThrownBy(() -> data.asOffice(() -> devices.add(stationId, c.fields())))
                    .as(c.expected())
                    .isInstanceOfSatisfying(StationValidationException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.field() + ":" + p.code())
                            .containsExactly(c.expected()));
        }
        assertThat(data.asOffice(() -> devices.list(stationId))).isEmpty();

        data.asOffice(() -> devices.add(stationId, indicator("yaohua-a9", "9600 8N1", "127.0.0.1:4001")));
        data.asOffice(() -> devices.add(stationId, indicator("toledo", "4800 7E2", "/dev/ttyS0")));
        data.asOffice(() -> devices.add(stationId, camera("rtsp://127.0.0.1:8554/cam1")));
        assertThat(data.asOffice(() -> devices.list(stationId))).hasSize(3);
    }

    @Test
    void addressWithPasswordIsRejectedWithoutRepeatingIt() {
        long stationId = newStation();

        assertThatThrownBy(() -> data.asOffice(() -> devices.add(stationId,
                camera("rtsp://admin:secret@127.0.0.1:554/x"))))
                .isInstanceOfSatisfying(StationValidationException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(problem -> assertThat(problem.value()).isEqualTo("rtsp://***@127.0.0.1:554/x")));
    }

    @Test
    void serialNumberIsUniquePerKindOnStation() {
        long stationId = newStation();
        DeviceFields scale = new DeviceFields(DeviceKind.TRUCK_SCALE, "SCS-120", "R7-001", "1", null, null, null,
                null, 120_000, 20, "JD-1", TODAY.plusMonths(6), null, null, false, null);
        long first = data.asOffice(() -> devices.add(stationId, scale));

        assertThatThrownBy(() -> data.asOffice(() -> devices.add(stationId, scale)))
                .isInstanceOfSatisfying(StationValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("serialNumber:device.serial_duplicate"));
        data.asOffice(() -> {
            devices.update(stationId, first, scale, 0);
            return null;
        });
        assertThat(data.asOffice(() -> devices.list(stationId))).hasSize(1);
    }

    @Test
    void fieldsOfAnotherKindAreNotStored() {
        long stationId = newStation();
        DeviceFields cameraWithScaleFields = new DeviceFields(DeviceKind.CAMERA, "DS-2CD3T47", "R7-001", "1",
                "出口上方", "rtsp://127.0.0.1:8554/cam1", "yaohua-a9", "9600 8N1", 120_000, 20, "JD-1",
                TODAY.plusMonths(6), "admin", "secret", false, null);

        long id = data.asOffice(() -> devices.add(stationId, cameraWithScaleFields));
        DeviceView stored = data.asOffice(() -> devices.view(stationId, id));

        assertThat(stored.capacityKg()).isNull();
        assertThat(stored.divisionKg()).isNull();
        assertThat(stored.certificateNumber()).isNull();
        assertThat(stored.certificateExpiresOn()).isNull();
        assertThat(stored.protocol()).isNull();
        assertThat(stored.portSettings()).isNull();
        assertThat(stored.address()).isEqualTo("rtsp://127.0.0.1:8554/cam1");
        assertThat(stored.username()).isEqualTo("admin");
    }

    private static DeviceFields indicator(String protocol, String portSettings, String address) {
        return new DeviceFields(DeviceKind.INDICATOR, "XK3190-A9", "I" + System.nanoTime(), "1", null, address,
                protocol, portSettings, null, null, null, null, null, null, false, null);
    }

    private static DeviceFields camera(String address) {
        return new DeviceFields(DeviceKind.CAMERA, "DS-2CD3T47", null, "1", "出口上方", address, null, null, null,
                null, null, null, "admin", "secret", false, null);
    }

    @Test
    void implausibleDatesAreRejected() {
        long stationId = newStation();
        LocalDate tooFar = TODAY.plusYears(5).plusDays(1);
        for (LocalDate date : List.of(LocalDate.of(1800, 1, 1), tooFar)) {
            assertThatThrownBy(() -> data.asOffice(() -> devices.add(stationId, InventoryTestData.scale("1", date))))
                    .isInstanceOfSatisfying(StationValidationException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.field() + ":" + p.code())
                            .containsExactly("certificateExpiresOn:date.out_of_range"));
        }
        InstallationFields ancient = new InstallationFields("安装公司", null, LocalDate.of(1, 1, 1), "维保公司", "WB-1",
                tooFar);
        assertThatThrownBy(() -> data.asOffice(() -> installations.save(stationId, ancient, 0)))
                .isInstanceOfSatisfying(StationValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("installedOn:date.out_of_range", "maintenanceUntil:date.out_of_range"));
        assertThatThrownBy(() -> data.asOffice(() -> installations.addMaintenance(stationId,
                LocalDate.of(1900, 1, 1), "王工", "复校零点")))
                .isInstanceOfSatisfying(StationValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("performedOn:date.out_of_range"));
        assertThat(data.asOffice(() -> devices.list(stationId))).isEmpty();
        assertThat(data.asOffice(() -> installations.maintenanceLog(stationId))).isEmpty();
    }

    @Test
    void maintenanceLogAndReadOnlyRoles() throws Exception {
        long stationId = newStation();
        mvc.perform(post("/stations/{id}/maintenance", stationId).with(TestPrincipal.office()).with(csrf())
                        .param("performedOn", TODAY.toString()).param("performedBy", "王工")
                        .param("description", "更换 3 号传感器，复校零点"))
                .andExpect(flash().attributeExists("success"));
        assertThat(data.asOffice(() -> installations.maintenanceLog(stationId)))
                .extracting(MaintenanceEntry::performedBy).containsExactly("王工");

        mvc.perform(post("/stations/{id}/maintenance", stationId).with(TestPrincipal.office()).with(csrf())
                        .param("performedOn", TODAY.plusDays(3).toString()).param("performedBy", "王工"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("维护日期“" + TODAY.plusDays(3) + "”：维护日期不能晚于今天"),
                        org.hamcrest.Matchers.containsString("维护内容：必填项不能为空"))));

        mvc.perform(post("/stations/{id}/maintenance", stationId).with(TestPrincipal.auditor()).with(csrf())
                        .param("performedOn", TODAY.toString()).param("performedBy", "审计")
                        .param("description", "不应保存"))
                .andExpect(status().isForbidden());
    }

    @Test
    void stationOutsideScopeIsNotFound() throws Exception {
        long stationId = newStation();
        long otherAreaId = data.areas().get(1).id();
        mvc.perform(get("/stations/{id}/emergency-plan", stationId).with(TestPrincipal.town(otherAreaId)))
                .andExpect(status().isNotFound());
    }

    private long newStation() {
        return data.createStation(data.createUnit(data.areas().get(0).id()));
    }
}
