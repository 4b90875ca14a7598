package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.JurisdictionProperties;

/**
 * Generates the demo ledger: about 120 units over every unit type and every area, with names,
 * credit codes, addresses, coordinates and supervisors that look like a real county's. Pure
 * computation: the same inputs and seed give the same units.
 */
final class DemoUnitGenerator {

    /**
     * One kind of unit: how many, the name patterns and the throughput range in 万吨. In a
     * pattern {@code %s} is the trade name, {@code {县}} the county (高平市), {@code {县简}} its
     * short form (高平) and {@code {省}} the province's short form (山西).
     */
    private record UnitKind(int count, List<String> namePatterns, int minThroughput, int maxThroughput,
            String industryDepartment) {
    }

    /**
     * Units per unit type code of the seeded dictionary. 高平 is a coal county, so coal mines and
     * washing plants dominate the demo.
     */
    private static final Map<String, UnitKind> KINDS = Map.of(
            "COAL_MINE", new UnitKind(30, List.of("{省}{县简}%s煤业有限公司", "{县}%s煤业有限公司"), 60, 240, "能源局"),
            "COAL_WASHING", new UnitKind(22, List.of("{县}%s洗煤厂", "{县}%s洗煤有限公司"), 30, 150, "能源局"),
            "COKING", new UnitKind(8, List.of("{省}%s焦化有限公司", "{县}%s焦化有限公司"), 60, 200, "工业和信息化局"),
            "SAND_GRAVEL", new UnitKind(16, List.of("{县}%s砂石料场", "{县}%s建材有限公司"), 5, 50, "自然资源局"),
            "CEMENT", new UnitKind(6, List.of("{县}%s水泥有限公司"), 20, 120, "工业和信息化局"),
            "STEEL", new UnitKind(8, List.of("{县}%s钢材贸易有限公司", "{省}%s铸造有限公司"), 10, 100, "工业和信息化局"),
            "NEW_VEHICLE", new UnitKind(5, List.of("{县}%s汽车销售服务有限公司"), 1, 5, "商务局"),
            "LOGISTICS", new UnitKind(12, List.of("{县}%s物流有限公司", "{县简}%s货运站"), 10, 80, "交通运输局"),
            "OTHER", new UnitKind(13, List.of("{县}%s耐火材料有限公司", "{县}%s化工有限公司", "{县}%s陶瓷有限公司",
                    "{县}%s粮油购销有限公司"), 2, 30, "工业和信息化局"));
    /** Units of a unit type the office added itself, whose kind of business is unknown here. */
    private static final int COUNT_OF_UNKNOWN_TYPE = 2;

    /** The centre of 高平. NOTE: demo units of any other jurisdiction are placed around it too. */
    static final double CENTER_LATITUDE = 35.79;
    static final double CENTER_LONGITUDE = 112.92;
    /** Share of units whose supervisor is not appointed yet, so they cannot be published. */
    private static final double SHARE_WITHOUT_SUPERVISOR = 0.12;

    private final DemoNames names;
    private final JurisdictionProperties jurisdiction;
    private final List<AreaView> areas;
    private final List<DictionaryItemView> unitTypes;
    private final List<DictionaryItemView> supervisionModes;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedCreditCodes = new HashSet<>();

    DemoUnitGenerator(DemoNames names, JurisdictionProperties jurisdiction, List<AreaView> areas,
            List<DictionaryItemView> unitTypes, List<DictionaryItemView> supervisionModes) {
        this.names = names;
        this.jurisdiction = jurisdiction;
        this.areas = List.copyOf(areas);
        this.unitTypes = List.copyOf(unitTypes);
        this.supervisionModes = List.copyOf(supervisionModes);
    }

    /**
     * Returns the units in creation order, with the unit types mixed as in a real ledger. The
     * first units go round the areas once, so every area has at least one unit. The rest fall on
     * random areas.
     */
    List<UnitFields> generate() {
        List<DictionaryItemView> slots = new ArrayList<>();
        for (DictionaryItemView unitType : unitTypes) {
            for (int i = 0; i < kindOf(unitType).count(); i++) {
                slots.add(unitType);
            }
        }
        names.shuffle(slots);

        List<UnitFields> units = new ArrayList<>();
        for (DictionaryItemView unitType : slots) {
            AreaView area = units.size() < areas.size() ? areas.get(units.size()) : names.pick(areas);
            units.add(unit(unitType, kindOf(unitType), area));
        }
        return units;
    }

    private static UnitKind kindOf(DictionaryItemView unitType) {
        UnitKind known = KINDS.get(unitType.code());
        return known != null ? known : unknownKind(unitType);
    }

    private UnitFields unit(DictionaryItemView unitType, UnitKind kind, AreaView area) {
        String name = uniqueName(kind);
        double[] position = position(area);
        boolean supervised = !names.chance(SHARE_WITHOUT_SUPERVISOR);
        DictionaryItemView mode = supervisionModes.isEmpty() ? null : names.pick(supervisionModes);
        supervised = supervised && mode != null;
        return new UnitFields(
                name,
                names.creditCode(jurisdiction.code(), usedCreditCodes),
                null,
                unitType.id(),
                area.id(),
                address(area),
                decimal(position[1]),
                decimal(position[0]),
                names.person(),
                names.person(),
                names.mobile(),
                BigDecimal.valueOf(names.between(kind.minThroughput(), kind.maxThroughput())),
                names.pick(List.of("经G207国道外运", "经长晋高速外运", "经G207国道至晋城、焦作方向", "经县乡道至长晋高速")),
                supervised ? mode.id() : null,
                jurisdiction.name() + kind.industryDepartment(),
                supervised ? names.person() : null,
                supervised ? governmentOf(area) : null,
                supervised ? names.officePhone() : null,
                supervised ? names.mobile() : null);
    }

    private String uniqueName(UnitKind kind) {
        String name;
        do {
            name = names.pick(kind.namePatterns())
                    .replace("{县简}", shortName(jurisdiction.name()))
                    .replace("{县}", jurisdiction.name())
                    .replace("{省}", shortName(jurisdiction.provinceName()))
                    .formatted(names.pick(DemoNames.TRADE_NAMES));
        } while (!usedNames.add(name));
        return name;
    }

    /** Drops the trailing 省, 市, 县 or 区 of a division name: 高平市 becomes 高平. */
    private static String shortName(String divisionName) {
        return divisionName.length() > 2 ? divisionName.replaceFirst("[省市县区]$", "") : divisionName;
    }

    /** Returns an address in the area: a village for towns, a street number in the city and zones. */
    private String address(AreaView area) {
        String prefix = jurisdiction.provinceName() + jurisdiction.cityName() + jurisdiction.name() + area.name();
        if (area.kind() == AreaKind.SUBDISTRICT || area.kind() == AreaKind.OTHER) {
            return prefix + names.pick(DemoNames.ROADS) + names.between(1, 300) + "号";
        }
        return prefix + names.pick(DemoNames.VILLAGES) + names.pick(DemoNames.VILLAGE_DIRECTIONS);
    }

    /**
     * Returns latitude and longitude near the area's centre. The sub-districts lie in the city
     * centre; the other areas sit on a ring around it, in list order. The layout is invented.
     */
    private double[] position(AreaView area) {
        int index = areas.indexOf(area);
        double latitude = CENTER_LATITUDE;
        double longitude = CENTER_LONGITUDE;
        if (area.kind() != AreaKind.SUBDISTRICT) {
            double angle = 2 * Math.PI * index / areas.size();
            latitude += 0.12 * Math.sin(angle);
            longitude += 0.14 * Math.cos(angle);
        }
        double jitter = area.kind() == AreaKind.SUBDISTRICT ? 0.01 : 0.025;
        return new double[] {latitude + jitter * (2 * names.between(0, 1000) / 1000.0 - 1),
                longitude + jitter * (2 * names.between(0, 1000) / 1000.0 - 1)};
    }

    /** Returns the local government of an area, which appoints the responsible supervisors. */
    static String governmentOf(AreaView area) {
        return switch (area.kind()) {
            case SUBDISTRICT -> area.name() + "办事处";
            case TOWN, TOWNSHIP -> area.name() + "人民政府";
            case OTHER -> area.name() + "管理委员会";
        };
    }

    private static UnitKind unknownKind(DictionaryItemView unitType) {
        return new UnitKind(COUNT_OF_UNKNOWN_TYPE, List.of("{县}%s" + unitType.label().replace("%", "%%")), 1, 20, "工业和信息化局");
    }

    private static BigDecimal decimal(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
    }
}
