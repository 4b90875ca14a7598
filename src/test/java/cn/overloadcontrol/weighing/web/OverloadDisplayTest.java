package cn.overloadcontrol.weighing.web;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.weighing.OverloadVerdict;
import cn.overloadcontrol.weighing.RegisteredMasses;
import cn.overloadcontrol.weighing.VehicleRegistration;
import cn.overloadcontrol.weighing.VehicleRegistry;
import cn.overloadcontrol.weighing.VehicleType;
import cn.overloadcontrol.weighing.ingest.OverloadExplanation;
import cn.overloadcontrol.weighing.ingest.RecordDetail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The record's detail page explains the 超载 verdict and where the registered masses came from. */
@IntegrationTest
class OverloadDisplayTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    VehicleRegistry registry;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    @Test
    void registryVerdictShowsMassesSourceAndExcess() throws Exception {
        String plate = Plates.unique();
        registry.upsertAll(List.of(new VehicleRegistration(plate, 6, VehicleType.ARTICULATED, 40_000, 25_000, null,
                null)), "导入：车辆登记.xlsx");
        Map<String, Object> record = RecordSender.record(plate, 52_400, "HOLD");
        record.put("tareKg", 15_400);
        long id = RecordSender.send(mvc, station, record);

        MvcResult result = mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("超载认定")))
                .andExpect(content().string(containsString("登记总质量 40.00 吨，核定载质量 25.00 吨。")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*来源：车辆登记信息（导入：车辆登记.xlsx，更新于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d）。.*")))
                .andExpect(content().string(containsString("毛重 52.40 吨，超出登记总质量 12.40 吨。")))
                .andExpect(content().string(containsString("净重 37.00 吨，超出核定载质量 12.00 吨。")))
                .andExpect(content().string(containsString("结论：超载")))
                .andReturn();
        OverloadExplanation overload = ((RecordDetail) result.getModelAndView().getModel().get("record")).overload();
        assertThat(overload.verdict()).isEqualTo(OverloadVerdict.OVERLOADED);
        assertThat(overload.source()).isEqualTo(RegisteredMasses.Source.REGISTRY);
        assertThat(overload.importedFrom()).isEqualTo("导入：车辆登记.xlsx");
    }

    @Test
    void stationMassesAreNamedAsSource() throws Exception {
        Map<String, Object> record = RecordSender.record(Plates.unique(), 48_000, "RELEASE");
        record.put("registeredTotalMassKg", 49_000);
        record.put("registeredLoadKg", 33_000);
        long id = RecordSender.send(mvc, station, record);

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登记总质量 49.00 吨，核定载质量 33.00 吨。")))
                .andExpect(content().string(containsString("来源：磅房随记录上报的行驶证信息。")))
                .andExpect(content().string(containsString("结论：未超载")));
    }

    @Test
    void unknownVehicleIsUnregistered() throws Exception {
        long id = RecordSender.send(mvc, station, RecordSender.record(Plates.unique(), 52_400, "HOLD"));

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未登记：车辆登记信息中没有该车牌")))
                .andExpect(content().string(containsString("结论：无法认定")));
    }
}
