package cn.overloadcontrol.sourceunit;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.JurisdictionProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUnitGeneratorTest {

    static final JurisdictionProperties GAOPING = new JurisdictionProperties("140581", "高平市", "1405", "晋城市", "14",
            "山西省");

    static final List<AreaView> AREAS = List.of(
            new AreaView(1, "140581001", "北城街道", AreaKind.SUBDISTRICT, true, 10, true),
            new AreaView(2, "140581101", "米山镇", AreaKind.TOWN, true, 40, true),
            new AreaView(3, "140581201", "建宁乡", AreaKind.TOWNSHIP, true, 130, true),
            new AreaView(4, "140581K01", "高平经济技术开发区", AreaKind.OTHER, false, 160, true));

    static final List<DictionaryItemView> UNIT_TYPES = List.of(
            type(11, "COAL_MINE", "煤矿"), type(12, "COAL_WASHING", "洗煤厂"), type(13, "COKING", "焦化厂"),
            type(14, "SAND_GRAVEL", "砂石料场"), type(15, "CEMENT", "水泥厂"), type(16, "STEEL", "钢铁/钢材"),
            type(17, "NEW_VEHICLE", "商品车"), type(18, "LOGISTICS", "货运站/物流园区"), type(19, "OTHER", "其他"),
            type(20, "CUSTOM_1", "耐火材料厂"));

    static final List<DictionaryItemView> MODES = List.of(
            new DictionaryItemView(31, DictionaryKind.SUPERVISION_MODE, "ON_SITE", "驻场监管", 10, true),
            new DictionaryItemView(32, DictionaryKind.SUPERVISION_MODE, "ONLINE", "联网监控", 20, true));

    @Test
    void sameSeedGivesSameUnits() {
        assertThat(generate(7)).isEqualTo(generate(7));
        assertThat(generate(7)).isNotEqualTo(generate(8));
    }

    @Test
    void countsFollowUnitTypes() {
        List<UnitFields> units = generate(1);

        // 120 for the nine seeded types, 2 for a type the office added.
        assertThat(units).hasSize(122);
        assertThat(units).filteredOn(unit -> unit.unitTypeId() == 11).hasSize(30);
        assertThat(units).filteredOn(unit -> unit.unitTypeId() == 20).hasSize(2);
    }

    @Test
    void everyTypeAndAreaUsed() {
        List<UnitFields> units = generate(1);

        assertThat(units).extracting(UnitFields::unitTypeId).containsAll(
                UNIT_TYPES.stream().map(DictionaryItemView::id).toList());
        assertThat(units).extracting(UnitFields::areaId).containsAll(AREAS.stream().map(AreaView::id).toList());
    }

    @Test
    void creditCodesValidAndUnique() {
        List<UnitFields> units = generate(1);

        Set<String> codes = new HashSet<>();
        for (UnitFields unit : units) {
            assertThat(CreditCode.check(unit.creditCode()).status()).isEqualTo(CreditCode.Status.VALID);
            assertThat(CreditCode.divisionCode(unit.creditCode())).isEqualTo("140581");
            assertThat(codes.add(unit.creditCode())).isTrue();
        }
    }

    @Test
    void namesLookLocalAndUnique() {
        List<UnitFields> units = generate(1);

        assertThat(units).extracting(UnitFields::name).doesNotHaveDuplicates();
        assertThat(units).extracting(UnitFields::name).allMatch(name -> name.contains("高平") || name.startsWith("山西"));
        assertThat(units).filteredOn(unit -> unit.unitTypeId() == 20).extracting(UnitFields::name)
                .allMatch(name -> name.startsWith("高平市") && name.endsWith("耐火材料厂"));
    }

    @Test
    void addressesAndCoordinatesInArea() {
        for (UnitFields unit : generate(1)) {
            AreaView area = AREAS.stream().filter(candidate -> candidate.id() == unit.areaId()).findFirst()
                    .orElseThrow();
            assertThat(unit.address()).startsWith("山西省晋城市高平市" + area.name());
            assertThat(unit.latitude().doubleValue()).isBetween(35.6, 36.0);
            assertThat(unit.longitude().doubleValue()).isBetween(112.7, 113.15);
        }
    }

    @Test
    void mostUnitsHaveSupervisor() {
        List<UnitFields> units = generate(1);

        long supervised = units.stream().filter(unit -> unit.supervisorName() != null).count();
        assertThat(supervised).isBetween(units.size() * 8L / 10, (long) units.size());
        assertThat(units).filteredOn(unit -> unit.supervisorName() != null)
                .allMatch(unit -> unit.supervisionModeId() != null && unit.supervisorMobile().matches("1[3-9]\\d{9}")
                        && unit.supervisorOfficePhone().startsWith("0356-"));
    }

    private static List<UnitFields> generate(long seed) {
        return new DemoUnitGenerator(new DemoNames(new Random(seed)), GAOPING, AREAS, UNIT_TYPES, MODES).generate();
    }

    private static DictionaryItemView type(long id, String code, String label) {
        return new DictionaryItemView(id, DictionaryKind.UNIT_TYPE, code, label, (int) id, true);
    }
}
