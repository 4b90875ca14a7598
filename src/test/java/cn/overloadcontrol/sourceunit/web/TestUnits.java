package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.region.AreaAdminService;
import cn.overloadcontrol.region.AreaFields;
import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.sourceunit.DictionaryItemView;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitFields;

/** Creates units and areas with unique names and valid credit codes for the training tests. */
final class TestUnits {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final SourceUnitService units;
    private final AreaAdminService areaAdmin;

    TestUnits(SourceUnitService units, AreaAdminService areaAdmin) {
        this.units = units;
        this.areaAdmin = areaAdmin;
    }

    /** Creates an area of its own, so that counts per area are not disturbed by other tests. */
    long newArea() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        return areaAdmin.create(new AreaFields("TA" + suffix, "测试园区" + suffix, AreaKind.OTHER, 9000));
    }

    long unit(String namePrefix, long areaId, boolean published) {
        long unitTypeId = entryId(DictionaryKind.UNIT_TYPE, "COAL_MINE");
        long modeId = entryId(DictionaryKind.SUPERVISION_MODE, "ONLINE");
        String name = namePrefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        long unitId = units.create(new UnitFields(name, creditCode(), null, unitTypeId, areaId, "测试地址", null, null,
                null, null, null, null, null, modeId, null, "王监管", null, "0356-5221234", null));
        if (published) {
            units.publish(unitId, LocalDate.of(2026, 5, 28));
        }
        return unitId;
    }

    private long entryId(DictionaryKind kind, String code) {
        return units.dictionary(kind).stream().filter(entry -> entry.code().equals(code))
                .map(DictionaryItemView::id).findFirst().orElseThrow();
    }

    /** Returns a random code with the division of 高平市 and a correct check character. */
    static String creditCode() {
        StringBuilder code = new StringBuilder("91140581");
        for (int i = 0; i < 9; i++) {
            code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }
}
