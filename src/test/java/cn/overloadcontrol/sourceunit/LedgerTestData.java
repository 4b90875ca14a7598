package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.TestPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Units with unique names and credit codes for tests on the shared database, and a way to run
 * service calls as a given user. Build it from the beans: {@code new LedgerTestData(regions, units)}.
 */
public class LedgerTestData {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegionService regions;
    private final SourceUnitService units;

    public LedgerTestData(RegionService regions, SourceUnitService units) {
        this.regions = regions;
        this.units = units;
    }

    /** Returns a random credit code of a Gaoping enterprise that passes the GB 32100 check. */
    public static String newCreditCode() {
        StringBuilder first17 = new StringBuilder("91140581");
        for (int i = 0; i < 9; i++) {
            first17.append(CHARSET.charAt(RANDOM.nextInt(CHARSET.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    /** Returns the same code with a wrong check character. */
    public static String withWrongCheckCharacter(String validCode) {
        char expected = validCode.charAt(17);
        char wrong = expected == '0' ? '1' : '0';
        return validCode.substring(0, 17) + wrong;
    }

    /** Returns a short marker to put in names, so a keyword search finds only this test's units. */
    public static String uniqueMarker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public long areaId(String code) {
        return regions.findByCode(code).orElseThrow().id();
    }

    public long unitTypeId(String code) {
        return dictionaryId(DictionaryKind.UNIT_TYPE, code);
    }

    public long supervisionModeId(String code) {
        return dictionaryId(DictionaryKind.SUPERVISION_MODE, code);
    }

    private long dictionaryId(DictionaryKind kind, String code) {
        return units.dictionary(kind).stream().filter(item -> item.code().equals(code)).findFirst().orElseThrow()
                .id();
    }

    /** Returns complete, publishable fields of a coal mine in 米山镇. */
    public UnitFields completeFields(String name) {
        return new UnitFields(name, newCreditCode(), null, unitTypeId("COAL_MINE"), areaId("140581101"),
                "高平市米山镇某村", new BigDecimal("112.923456"), new BigDecimal("35.791234"), "张法人", "李安全",
                "13912345678", new BigDecimal("120.50"), "G207 → 晋城", supervisionModeId("ONLINE"), "米山镇治超站",
                "王监管", "米山镇人民政府", "0356-5221234", "13812341234");
    }

    /** Creates a complete unit as the system (no user) and returns its id. */
    public long createUnit(UnitFields fields) {
        return units.create(fields);
    }

    public long createUnit(String name, String areaCode) {
        return createUnit(withArea(completeFields(name), areaId(areaCode)));
    }

    public static UnitFields withArea(UnitFields f, long areaId) {
        return new UnitFields(f.name(), f.creditCode(), f.creditCodeOverrideReason(), f.unitTypeId(), areaId,
                f.address(), f.longitude(), f.latitude(), f.legalRepresentative(), f.safetyContact(),
                f.safetyContactPhone(), f.annualThroughput(), f.transportRoutes(), f.supervisionModeId(),
                f.supervisingDepartment(), f.supervisorName(), f.supervisorDepartment(), f.supervisorOfficePhone(),
                f.supervisorMobile());
    }

    public static UnitFields withUnitType(UnitFields f, long unitTypeId) {
        return new UnitFields(f.name(), f.creditCode(), f.creditCodeOverrideReason(), unitTypeId, f.areaId(),
                f.address(), f.longitude(), f.latitude(), f.legalRepresentative(), f.safetyContact(),
                f.safetyContactPhone(), f.annualThroughput(), f.transportRoutes(), f.supervisionModeId(),
                f.supervisingDepartment(), f.supervisorName(), f.supervisorDepartment(), f.supervisorOfficePhone(),
                f.supervisorMobile());
    }

    public static UnitFields withCreditCode(UnitFields f, String creditCode, String overrideReason) {
        return new UnitFields(f.name(), creditCode, overrideReason, f.unitTypeId(), f.areaId(), f.address(),
                f.longitude(), f.latitude(), f.legalRepresentative(), f.safetyContact(), f.safetyContactPhone(),
                f.annualThroughput(), f.transportRoutes(), f.supervisionModeId(), f.supervisingDepartment(),
                f.supervisorName(), f.supervisorDepartment(), f.supervisorOfficePhone(), f.supervisorMobile());
    }

    public static UnitFields withName(UnitFields f, String name) {
        return new UnitFields(name, f.creditCode(), f.creditCodeOverrideReason(), f.unitTypeId(), f.areaId(),
                f.address(), f.longitude(), f.latitude(), f.legalRepresentative(), f.safetyContact(),
                f.safetyContactPhone(), f.annualThroughput(), f.transportRoutes(), f.supervisionModeId(),
                f.supervisingDepartment(), f.supervisorName(), f.supervisorDepartment(), f.supervisorOfficePhone(),
                f.supervisorMobile());
    }

    /** Returns the fields without supervision mode and supervisor, which keeps a unit off the public list. */
    public static UnitFields withoutSupervision(UnitFields f) {
        return new UnitFields(f.name(), f.creditCode(), f.creditCodeOverrideReason(), f.unitTypeId(), f.areaId(),
                f.address(), f.longitude(), f.latitude(), f.legalRepresentative(), f.safetyContact(),
                f.safetyContactPhone(), f.annualThroughput(), f.transportRoutes(), null, f.supervisingDepartment(),
                null, null, null, null);
    }

    /** Runs {@code action} with a logged-in user of the given role and scope, as a request would. */
    public static <T> T as(Role role, DataScope scope, Supplier<T> action) {
        TestPrincipal principal = new TestPrincipal(910_000 + RANDOM.nextInt(10_000), "svc-" + role.name().toLowerCase(),
                Set.of(role), scope);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(Role role, DataScope scope, Runnable action) {
        as(role, scope, () -> {
            action.run();
            return null;
        });
    }
}
