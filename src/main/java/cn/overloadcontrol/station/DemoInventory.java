package cn.overloadcontrol.station;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Adds demo weigh stations with a device inventory to the first five units of the demo ledger.
 * The first unit is ready for acceptance (verified scale, emergency plan, maintenance contract).
 * The scale certificate of the second expires within 30 days, and that of the third has expired.
 * Runs once with the {@code demo} profile, and later starts only announce the ready station.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 150)
class DemoInventory implements ApplicationRunner {

    static final String READY_STATION_CODE = "DEMO-READY-01";
    private static final int DEMO_UNITS = 5;
    private static final Logger log = LoggerFactory.getLogger(DemoInventory.class);

    private final StationService stations;
    private final StationRepository repository;
    private final DeviceInventory devices;
    private final StationInstallations installations;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    DemoInventory(StationService stations, StationRepository repository, DeviceInventory devices,
            StationInstallations installations, UnitDirectory units, ApplicationEventPublisher events) {
        this.stations = stations;
        this.repository = repository;
        this.devices = devices;
        this.installations = installations;
        this.units = units;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(new DemoSeeder(), null, List.of()));
        try {
            if (!repository.existsByCode(READY_STATION_CODE)) {
                seed();
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        repository.findAll().stream().filter(station -> station.getCode().equals(READY_STATION_CODE)).findFirst()
                .ifPresent(station -> events.publishEvent(new DemoStationsReady(station.getId(), READY_STATION_CODE)));
    }

    private void seed() {
        List<UnitRef> demoUnits = units.listInScope(DataScope.ALL).stream().limit(DEMO_UNITS).toList();
        if (demoUnits.isEmpty()) {
            log.warn("Demo profile: no units in the ledger, so no demo stations are created");
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        for (int i = 0; i < demoUnits.size(); i++) {
            UnitRef unit = demoUnits.get(i);
            String code = i == 0 ? READY_STATION_CODE : null;
            long stationId = stations.create(new StationFields(unit.id(), code, "1号磅房", StationStatus.ACTIVE,
                    List.of(new LaneFields(1, "出场磅", LaneDirection.OUTBOUND),
                            new LaneFields(2, "进场磅", LaneDirection.INBOUND))));
            LocalDate certificateExpiry = switch (i) {
                case 1 -> today.plusDays(20);
                case 2 -> today.minusDays(12);
                default -> today.plusMonths(10);
            };
            addDevices(stationId, certificateExpiry, i);
            if (i == 0) {
                fileArrangements(stationId, today);
            }
        }
        log.info("Demo profile: stored {} weigh stations with device inventories; {} is ready for acceptance",
                demoUnits.size(), demoUnits.get(0).name());
    }

    private void addDevices(long stationId, LocalDate certificateExpiry, int index) {
        devices.add(stationId, new DeviceFields(DeviceKind.TRUCK_SCALE, "SCS-100", "JC2025" + (1000 + index), "1,2",
                null, null, null, null, 100_000, 20, "晋城计检字 2026-" + (310 + index), certificateExpiry, null, null,
                false, null));
        devices.add(stationId, new DeviceFields(DeviceKind.INDICATOR, "耀华 XK3190-A9", null, "1,2", null,
                "192.168.10.20:4001", "yaohua-a9", "9600 8N1", null, null, null, null, null, null, false, null));
        devices.add(stationId, new DeviceFields(DeviceKind.PLATE_CAMERA, "DS-TCG227", null, "1", "出场道闸上方",
                "192.168.10.31", null, null, null, null, null, null, "admin", "Demo#" + (4000 + index), false, null));
        devices.add(stationId, new DeviceFields(DeviceKind.CAMERA, "DS-2CD3T47", null, "1", "磅台侧面，拍摄货物",
                "rtsp://192.168.10.41:554/Streaming/Channels/101", null, null, null, null, null, null, "admin",
                "Demo#" + (5000 + index), false, null));
        devices.add(stationId, new DeviceFields(DeviceKind.LED_BOARD, "BX-5K1", null, "1", "出场磅前方",
                "192.168.10.50:5005", "onbon-bx5k", null, null, null, null, null, null, null, false, null));
        devices.add(stationId, new DeviceFields(DeviceKind.INDICATOR, "耀华 XK3190-A9", null, null, null, null,
                null, null, null, null, null, null, null, null, true, "备用仪表，存放于磅房"));
    }

    private void fileArrangements(long stationId, LocalDate today) {
        installations.save(stationId, new InstallationFields("晋城市衡器安装有限公司", "计量器具安装资质 JC-2025-018",
                today.minusMonths(2), "晋城市衡器维保中心", "WB-2026-0031", today.plusYears(1)), 0);
        installations.uploadEmergencyPlan(stationId, "应急处置预案.pdf", demoPlan());
        installations.addMaintenance(stationId, today.minusDays(20), "王工", "季度巡检，零点复校，清理磅台积灰");
    }

    /** Returns a minimal PDF, enough for the upload check, which reads only the signature. */
    private static byte[] demoPlan() {
        return "%PDF-1.4\n% 演示用应急处置预案：停电、设备故障、超限车辆滞留时的处置流程\n%%EOF\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The identity the demo data is stored and audited under. */
    private static final class DemoSeeder implements CurrentUser {

        @Override
        public long userId() {
            return 0;
        }

        @Override
        public String username() {
            return "demo-seed";
        }

        @Override
        public String displayName() {
            return "演示数据";
        }

        @Override
        public Set<String> permissions() {
            return Set.of();
        }

        @Override
        public DataScope dataScope() {
            return DataScope.ALL;
        }
    }
}
