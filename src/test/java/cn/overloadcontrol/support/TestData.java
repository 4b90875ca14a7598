package cn.overloadcontrol.support;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitFields;
import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.station.LaneFields;
import cn.overloadcontrol.station.StationFields;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.credential.CredentialService;
import cn.overloadcontrol.station.credential.IssuedCredential;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Creates units, stations and credentials with unique names for tests that share the database.
 * Autowire it into an {@link IntegrationTest}; it is found by component scanning of test classes.
 */
@Component
public class TestData {

    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    SourceUnitService units;
    @Autowired
    RegionService regions;
    @Autowired
    StationService stations;
    @Autowired
    CredentialService credentials;

    /** A station with one outbound lane and an active credential. */
    public record StationWithKey(long unitId, long areaId, long stationId, String keyId, String secret) {
    }

    public List<AreaView> areas() {
        return regions.activeAreas();
    }

    public long createUnit(long areaId) {
        long unitTypeId = units.dictionary(DictionaryKind.UNIT_TYPE).get(0).id();
        String name = "测试单位" + SEQUENCE.incrementAndGet();
        UnitFields fields = new UnitFields(name, newCreditCode(), null, unitTypeId, areaId, "测试地址", null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        return asOffice(() -> units.create(fields));
    }

    public long createStation(long unitId) {
        StationFields fields = new StationFields(unitId, null, "磅房" + SEQUENCE.incrementAndGet(),
                StationStatus.ACTIVE, List.of(new LaneFields(1, "1号磅", LaneDirection.OUTBOUND),
                        new LaneFields(2, "2号磅", LaneDirection.INBOUND)));
        return asOffice(() -> stations.create(fields));
    }

    public IssuedCredential issue(long stationId) {
        return asOffice(() -> credentials.issue(stationId));
    }

    public StationWithKey stationWithKey() {
        long areaId = areas().get(0).id();
        long unitId = createUnit(areaId);
        long stationId = createStation(unitId);
        IssuedCredential credential = issue(stationId);
        return new StationWithKey(unitId, areaId, stationId, credential.keyId(), credential.secret());
    }

    /** Runs {@code action} as office staff, who may see every area, as services check the scope. */
    public <T> T asOffice(Supplier<T> action) {
        TestPrincipal office = new TestPrincipal(1, "test-office", Set.of(Role.OFFICE_STAFF), DataScope.ALL);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(office, null, office.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void asOffice(Runnable action) {
        asOffice(() -> {
            action.run();
            return null;
        });
    }

    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("91140581");
        for (int i = 0; i < 9; i++) {
            code.append(CREDIT_CODE_CHARACTERS.charAt(RANDOM.nextInt(10)));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
