package cn.overloadcontrol.identity;

import java.util.concurrent.ThreadLocalRandom;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitFields;

/** Creates source units through the ledger's API, for enterprise users to belong to. */
final class TestUnits {

    private TestUnits() {
    }

    static long create(SourceUnitService service, RegionService regions, String name) {
        long unitTypeId = service.dictionary(DictionaryKind.UNIT_TYPE).get(0).id();
        long areaId = regions.activeAreas().get(0).id();
        return service.create(new UnitFields(name, randomCreditCode(), null, unitTypeId, areaId, "高平市测试路2号",
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    /** A well-formed code of a Gaoping enterprise (91 + 140581) with a random organization code. */
    private static String randomCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91140581");
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }
}
