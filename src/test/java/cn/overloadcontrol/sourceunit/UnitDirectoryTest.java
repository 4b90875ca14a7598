package cn.overloadcontrol.sourceunit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnitDirectoryTest {

    @Autowired
    UnitDirectory directory;

    @Autowired
    SourceUnitService service;

    @Autowired
    RegionService regions;

    @Test
    void findByIdReturnsReference() {
        String name = uniqueName("目录单位");
        long id = createUnit(name);

        UnitRef ref = directory.findById(id).orElseThrow();

        assertThat(ref.id()).isEqualTo(id);
        assertThat(ref.name()).isEqualTo(name);
        assertThat(ref.creditCode()).hasSize(18);
        assertThat(ref.areaId()).isEqualTo(regions.activeAreas().get(0).id());
    }

    @Test
    void findByIdOfUnknownUnitIsEmpty() {
        assertThat(directory.findById(-1)).isEmpty();
    }

    @Test
    void searchMatchesNamePartIgnoringCase() {
        String marker = "Dir" + ThreadLocalRandom.current().nextInt(1_000_000);
        long first = createUnit(marker + "洗煤厂");
        long second = createUnit("高平" + marker.toLowerCase() + "煤矿");

        List<UnitRef> found = directory.search(marker.toUpperCase(), 10);

        assertThat(found).extracting(UnitRef::id).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void searchMatchesCreditCodePrefix() {
        long id = createUnit(uniqueName("信用代码单位"));
        String code = directory.findById(id).orElseThrow().creditCode();

        List<UnitRef> found = directory.search(code.substring(0, 17).toLowerCase(), 10);

        assertThat(found).extracting(UnitRef::id).containsExactly(id);
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        String marker = "Wild" + ThreadLocalRandom.current().nextInt(1_000_000);
        long percent = createUnit(marker + "%号");
        long underscore = createUnit(marker + "_号");
        createUnit(marker + "X号");

        assertThat(directory.search(marker + "%号", 10)).extracting(UnitRef::id).containsExactly(percent);
        assertThat(directory.search(marker + "_号", 10)).extracting(UnitRef::id).containsExactly(underscore);
    }

    @Test
    void searchStopsAtLimit() {
        String marker = "Lim" + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int i = 0; i < 3; i++) {
            createUnit(marker + "单位" + i);
        }

        assertThat(directory.search(marker, 2)).hasSize(2);
    }

    @Test
    void findAllByIdSkipsUnknownIds() {
        long id = createUnit(uniqueName("批量单位"));

        Map<Long, UnitRef> found = directory.findAllById(Set.of(id, -5L));

        assertThat(found).containsOnlyKeys(id);
    }

    private long createUnit(String name) {
        long unitTypeId = service.dictionary(DictionaryKind.UNIT_TYPE).get(0).id();
        long areaId = regions.activeAreas().get(0).id();
        return service.create(new UnitFields(name, randomCreditCode(), null, unitTypeId, areaId, "高平市测试路1号",
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    private static String uniqueName(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /** A well-formed code of a Gaoping enterprise (91 + 140581) with a random organization code. */
    static String randomCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91140581");
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }
}
