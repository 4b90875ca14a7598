package cn.overloadcontrol.weighing.registry;

import java.io.ByteArrayOutputStream;
import java.util.List;

import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.weighing.VehicleRegistration;
import cn.overloadcontrol.weighing.VehicleType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Office staff import the vehicle registry from the template: every row or none. */
@IntegrationTest
class VehicleImportWebTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VehicleImportService importService;

    final RequestPostProcessor office = TestPrincipal.office();
    final MockHttpSession session = new MockHttpSession();

    @Test
    void importStoresGoodFileAndAudits() throws Exception {
        String first = Plates.unique();
        String second = Plates.unique();
        String fileName = TestData.unique("车辆-") + ".xlsx";
        String previewUrl = uploadAccepted(fileName, file(
                List.of(first, 6, "铰接列车", 49_000, 32_000),
                List.of(second, 2, "载货汽车", 18_000, 9_000)));

        mvc.perform(get(previewUrl).session(session).with(office))
                .andExpect(view().name(VehicleImportController.PREVIEW_VIEW));
        MvcResult committed = commit(previewUrl);

        assertThat(committed.getResponse().getRedirectedUrl()).isEqualTo("/vehicles");
        assertThat(jdbc.queryForObject("select registered_total_mass_kg from vehicle_registry where plate_number = ?",
                Integer.class, first)).isEqualTo(49_000);
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'IMPORT' and object_label = ?",
                String.class, fileName)).contains("2 条");

        // A second import of the same plate replaces its row.
        String againUrl = uploadAccepted(TestData.unique("车辆-") + ".xlsx",
                file(List.of(first, 6, "铰接列车", 46_000, 30_000)));
        commit(againUrl);
        assertThat(jdbc.queryForObject("select registered_total_mass_kg from vehicle_registry where plate_number = ?",
                Integer.class, first)).isEqualTo(46_000);
        mvc.perform(get("/vehicles").param("plate", first).with(office))
                .andExpect(view().name(VehicleListController.LIST_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(first)));
    }

    @Test
    void previewListsEveryRowProblem() throws Exception {
        String good = Plates.unique();
        String duplicate = Plates.unique();
        String previewUrl = uploadAccepted("问题.xlsx", file(
                List.of(good, 6, "铰接列车", 49_000, 32_000),
                List.of("ABC123", 6, "铰接列车", 49_000, 32_000),
                List.of(Plates.unique(), 13, "铰接列车", 49_000, 32_000),
                List.of(Plates.unique(), 6, "拖拉机", 49_000, 32_000),
                List.of(Plates.unique(), 6, "铰接列车", 0, 32_000),
                List.of(Plates.unique(), 6, "铰接列车", 30_000, 30_000),
                List.of(duplicate, 2, "载货汽车", 18_000, 9_000),
                List.of(duplicate, 2, "载货汽车", 18_000, 9_000)));

        VehicleImportDraft draft = (VehicleImportDraft) mvc.perform(get(previewUrl).session(session).with(office))
                .andReturn().getModelAndView().getModel().get("draft");
        assertThat(draft.lines()).extracting(line -> line.problems().stream()
                .map(VehicleImportLine.Problem::key).toList())
                .containsExactly(List.of(), List.of("plate"), List.of("axles"), List.of("type"), List.of("total"),
                        List.of("load_not_below_total"), List.of(), List.of("duplicate"));
        assertThat(draft.lines().get(7).problems().get(0).args()).containsExactly(duplicate, "8");
        mvc.perform(get(previewUrl).session(session).with(office))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("轴数“13”无效")));

        MvcResult refused = commit(previewUrl);

        assertThat(refused.getModelAndView().getViewName()).isEqualTo(VehicleImportController.PREVIEW_VIEW);
        assertThat(refused.getModelAndView().getModel()).containsKey("error");
        assertThat(jdbc.queryForObject("select count(*) from vehicle_registry where plate_number in (?, ?)",
                Integer.class, good, duplicate)).as("all or nothing").isZero();
    }

    @Test
    void commitStoresNoRowWhenOneFails() {
        String first = Plates.unique();
        String second = Plates.unique();
        // The second row passes no reader check, so the database's check constraint rejects it.
        VehicleImportDraft draft = new VehicleImportDraft("token", 1L, "回滚.xlsx",
                List.of(line(2, first, 49_000, 32_000), line(3, second, 30_000, 30_000)));

        assertThatThrownBy(() -> importService.commit(draft)).isInstanceOf(DataAccessException.class);

        assertThat(jdbc.queryForObject("select count(*) from vehicle_registry where plate_number in (?, ?)",
                Integer.class, first, second)).isZero();
    }

    private static VehicleImportLine line(int rowNumber, String plate, int totalKg, int loadKg) {
        return new VehicleImportLine(rowNumber, plate, "6", "铰接列车", String.valueOf(totalKg),
                String.valueOf(loadKg), List.of(),
                new VehicleRegistration(plate, 6, VehicleType.ARTICULATED, totalKg, loadKg, null, null));
    }

    @Test
    void uploadRejectsFileWithoutHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStreamWriter writer = new XlsxStreamWriter("车辆", List.of(new XlsxStreamWriter.Column("车牌", 10)))) {
            writer.writeTo(out);
        }
        MvcResult result = upload("无表头.xlsx", out.toByteArray());

        assertThat(result.getModelAndView().getViewName()).isEqualTo(VehicleImportController.UPLOAD_VIEW);
        assertThat((String) result.getModelAndView().getModel().get("fileError")).contains("号牌号码");
    }

    @Test
    void auditorMayViewButNotImport() throws Exception {
        mvc.perform(get("/vehicles/import").with(TestPrincipal.auditor())).andExpect(status().isForbidden());
        mvc.perform(multipart("/vehicles/import").file(new MockMultipartFile("file", "a.xlsx", XLSX, new byte[] {1}))
                .with(TestPrincipal.auditor()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/vehicles").with(TestPrincipal.auditor())).andExpect(status().isOk())
                .andExpect(model().attributeExists("vehicles"));
        mvc.perform(get("/vehicles").with(TestPrincipal.town(1L))).andExpect(status().isForbidden());
    }

    private byte[] file(List<?>... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStreamWriter writer = new XlsxStreamWriter("车辆登记信息", VehicleImportColumns.HEADERS.stream()
                .map(header -> new XlsxStreamWriter.Column(header, 12)).toList())) {
            for (List<?> row : rows) {
                writer.writeRow(row);
            }
            writer.writeTo(out);
        }
        return out.toByteArray();
    }

    private MvcResult upload(String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/vehicles/import").file(new MockMultipartFile("file", fileName, XLSX, bytes))
                .session(session).with(office).with(csrf())).andReturn();
    }

    private String uploadAccepted(String fileName, byte[] bytes) throws Exception {
        String url = upload(fileName, bytes).getResponse().getRedirectedUrl();
        assertThat(url).as("preview URL").startsWith("/vehicles/import/");
        return url;
    }

    private MvcResult commit(String previewUrl) throws Exception {
        return mvc.perform(post(previewUrl).session(session).with(office).with(csrf())).andReturn();
    }
}
