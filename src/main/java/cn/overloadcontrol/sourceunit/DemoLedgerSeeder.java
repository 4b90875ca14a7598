package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty ledger with the demo data set when the {@code demo} profile is active: about
 * 120 units, a few of them stopped or closed with their history, 70% published, and training
 * sessions with attendance. Everything goes through the services, so it is validated and
 * audited like a user's work. A fixed seed makes the data the same on every machine.
 */
@Component
@Profile("demo")
@Order(DemoLedgerSeeder.ORDER)
class DemoLedgerSeeder implements ApplicationRunner {

    /** After the area seeder and the first administrator, before the demo users. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    static final long SEED = 20240601L;
    static final double PUBLISHED_SHARE = 0.7;
    static final LocalDate FIRST_PUBLICATION = LocalDate.of(2026, 5, 28);
    static final LocalDate SECOND_PUBLICATION = LocalDate.of(2026, 7, 15);

    /** A status change of the demo history; {@code resumed} units return to 在营 afterwards. */
    private record ScriptedChange(UnitStatus status, LocalDate effective, String reason, boolean resumed) {
    }

    private static final List<ScriptedChange> STATUS_SCRIPT = List.of(
            new ScriptedChange(UnitStatus.SUSPENDED, LocalDate.of(2026, 3, 15), "环保督察整改，停产整顿", false),
            new ScriptedChange(UnitStatus.SUSPENDED, LocalDate.of(2026, 4, 2), "安全隐患排查，责令停产", false),
            new ScriptedChange(UnitStatus.SUSPENDED, LocalDate.of(2026, 4, 20), "市场原因，临时停产", false),
            new ScriptedChange(UnitStatus.CLOSED, LocalDate.of(2026, 2, 28), "资源整合，依法关闭", false),
            new ScriptedChange(UnitStatus.CLOSED, LocalDate.of(2026, 4, 30), "不符合产业政策，依法关闭", false),
            new ScriptedChange(UnitStatus.DEREGISTERED, LocalDate.of(2026, 5, 10), "企业已办理注销登记", false),
            new ScriptedChange(UnitStatus.SUSPENDED, LocalDate.of(2026, 1, 10), "冬季停产检修", true),
            new ScriptedChange(UnitStatus.SUSPENDED, LocalDate.of(2026, 1, 20), "冬季停产检修", true));
    private static final LocalDate RESUMED_ON = LocalDate.of(2026, 3, 1);

    /** Ids of the stored units, published units and sessions, and the ids announced in the event. */
    record Result(List<Long> unitIds, List<Long> publishedUnitIds, List<Long> sessionIds, long showcaseUnitId,
            List<Long> townAreaIds) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoLedgerSeeder.class);

    private final SourceUnitRepository units;
    private final SourceUnitService unitService;
    private final UnitDictionaryService dictionaries;
    private final TrainingService trainings;
    private final RegionService regions;
    private final ApplicationEventPublisher events;

    DemoLedgerSeeder(SourceUnitRepository units, SourceUnitService unitService, UnitDictionaryService dictionaries,
            TrainingService trainings, RegionService regions, ApplicationEventPublisher events) {
        this.units = units;
        this.unitService = unitService;
        this.dictionaries = dictionaries;
        this.trainings = trainings;
        this.regions = regions;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (units.count() > 0) {
            log.info("Demo profile: the ledger already has units, so no demo data is added");
            return;
        }
        seed();
    }

    /** Stores the demo data set whatever the ledger holds. {@link #run} calls it only on an empty ledger. */
    Result seed() {
        List<AreaView> areas = regions.activeAreas();
        List<DictionaryItemView> unitTypes = dictionaries.activeEntries(DictionaryKind.UNIT_TYPE);
        if (areas.isEmpty() || unitTypes.isEmpty()) {
            log.warn("Demo profile: no active areas or unit types, so no demo ledger is created");
            return new Result(List.of(), List.of(), List.of(), 0, List.of());
        }
        DemoNames names = new DemoNames(new Random(SEED));
        List<UnitFields> plans = new DemoUnitGenerator(names, regions.jurisdiction(), areas, unitTypes,
                dictionaries.activeEntries(DictionaryKind.SUPERVISION_MODE)).generate();

        List<Long> unitIds = plans.stream().map(unitService::create).toList();
        List<Long> stopped = changeStatuses(unitIds, names);
        List<Long> published = publish(unitIds, plans, stopped, names);
        long showcase = published.get(0);
        List<Long> sessionIds = new TrainingDemo(trainings, names, regions.jurisdiction()).seed(areas, plans,
                unitIds, published, showcase);
        List<Long> townAreaIds = busiestTowns(areas, plans);

        String showcaseName = plans.get(unitIds.indexOf(showcase)).name();
        events.publishEvent(new DemoLedgerSeeded(showcase, showcaseName, townAreaIds));
        log.info("Demo profile: stored {} units ({} published, {} stopped or closed) and {} training sessions",
                unitIds.size(), published.size(), stopped.size(), sessionIds.size());
        return new Result(unitIds, published, sessionIds, showcase, townAreaIds);
    }

    /** Applies the status script to random units and returns those no longer operating. */
    private List<Long> changeStatuses(List<Long> unitIds, DemoNames names) {
        List<Long> candidates = new ArrayList<>(unitIds);
        List<Long> stopped = new ArrayList<>();
        for (ScriptedChange change : STATUS_SCRIPT) {
            long unitId = candidates.remove(names.between(0, candidates.size() - 1));
            unitService.changeStatus(unitId, change.status(), change.effective(), change.reason());
            if (change.resumed()) {
                unitService.changeStatus(unitId, UnitStatus.OPERATING, RESUMED_ON, "检修完成，恢复生产");
            } else {
                stopped.add(unitId);
            }
        }
        return stopped;
    }

    /**
     * Publishes 70% of all units, chosen among the operating units with a supervision mode and
     * a supervisor. The first three quarters in creation order are published on the first date
     * and the rest on the second. Returns them in creation order.
     */
    private List<Long> publish(List<Long> unitIds, List<UnitFields> plans, List<Long> stopped, DemoNames names) {
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < unitIds.size(); i++) {
            UnitFields plan = plans.get(i);
            if (!stopped.contains(unitIds.get(i)) && plan.supervisionModeId() != null && plan.supervisorName() != null) {
                candidates.add(unitIds.get(i));
            }
        }
        List<Long> chosen = new ArrayList<>(candidates);
        names.shuffle(chosen);
        int target = Math.min(chosen.size(), (int) Math.round(unitIds.size() * PUBLISHED_SHARE));
        List<Long> published = new ArrayList<>(chosen.subList(0, target));
        published.sort(Comparator.comparingInt(unitIds::indexOf));

        int firstBatch = published.size() * 3 / 4;
        for (int i = 0; i < published.size(); i++) {
            unitService.publish(published.get(i), i < firstBatch ? FIRST_PUBLICATION : SECOND_PUBLICATION);
        }
        return published;
    }

    /** Returns the two towns (镇 or 乡) with the most units, busiest first. */
    private static List<Long> busiestTowns(List<AreaView> areas, List<UnitFields> plans) {
        Map<Long, Integer> unitsPerArea = new LinkedHashMap<>();
        areas.stream().filter(area -> area.kind() == AreaKind.TOWN || area.kind() == AreaKind.TOWNSHIP)
                .forEach(area -> unitsPerArea.put(area.id(), 0));
        plans.forEach(plan -> unitsPerArea.computeIfPresent(plan.areaId(), (id, count) -> count + 1));
        return unitsPerArea.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(2)
                .map(Map.Entry::getKey)
                .toList();
    }
}
