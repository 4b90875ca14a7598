package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.JurisdictionProperties;

/**
 * The demo training sessions: five sessions from June to September 2026, as the office would
 * hold them after publishing the list, with units, town staff and other departments attending.
 * About a quarter of the published units attend none, so the "not yet trained" view has rows.
 */
final class TrainingDemo {

    private final TrainingService trainings;
    private final DemoNames names;
    private final String county;

    TrainingDemo(TrainingService trainings, DemoNames names, JurisdictionProperties jurisdiction) {
        this.trainings = trainings;
        this.names = names;
        this.county = jurisdiction.name();
    }

    /**
     * Creates the sessions and their attendance, and returns the session ids in date order.
     *
     * @param plans     the units' fields, in the order of {@code unitIds}
     * @param published the published units, in creation order
     * @param showcase  a published unit that attends the two sessions for the whole county
     */
    List<Long> seed(List<AreaView> areas, List<UnitFields> plans, List<Long> unitIds, List<Long> published,
            long showcase) {
        List<Long> firstBatch = published.subList(0, published.size() * 3 / 4);
        List<Long> secondBatch = published.subList(published.size() * 3 / 4, published.size());
        List<Long> unpublished = unitIds.stream().filter(id -> !published.contains(id)).toList();
        List<AreaView> firstDistrict = areas.subList(0, Math.max(1, areas.size() / 2));
        Set<Long> firstDistrictIds = firstDistrict.stream().map(AreaView::id).collect(Collectors.toSet());
        List<Long> firstDistrictUnits = published.stream()
                .filter(id -> firstDistrictIds.contains(plans.get(unitIds.indexOf(id)).areaId()))
                .toList();
        String office = county + "治超办";
        String enforcement = county + "交通运输综合行政执法大队";

        List<Long> sessions = new ArrayList<>();
        long first = session(LocalDate.of(2026, 6, 12),
                "源头治超政策法规宣贯培训（交通运输部令2016年第62号、山西省人民政府令第301号）", office,
                county + "交通运输局三楼会议室", "各乡镇（街道）治超专干同步参训。");
        units(first, withShowcase(sample(firstBatch, 0.4), showcase));
        departments(first, List.of(enforcement, county + "公安局交通警察大队"));
        departments(first, governments(sampleAreas(areas, 4)));
        sessions.add(first);

        long second = session(LocalDate.of(2026, 6, 19), "称重检测设备安装与联网技术规范培训", office,
                county + "政务服务中心二楼培训室", "设备安装单位技术人员现场讲解。");
        units(second, concat(sample(firstBatch, 0.25), sample(unpublished, 0.1)));
        departments(second, List.of(county + "市场监督管理局"));
        sessions.add(second);

        long third = session(LocalDate.of(2026, 6, 26), "称重系统操作与数据上传实务培训（第一片区）", office,
                DemoUnitGenerator.governmentOf(firstDistrict.get(0)) + "会议室", null);
        units(third, sample(firstDistrictUnits, 0.5));
        departments(third, governments(firstDistrict));
        sessions.add(third);

        long fourth = session(LocalDate.of(2026, 8, 14), "超限认定标准与违法放行典型案例警示教育", office,
                county + "交通运输局三楼会议室", "通报上半年违法放行案例3起。");
        units(fourth, withShowcase(sample(published, 0.25), showcase));
        departments(fourth, List.of(enforcement));
        sessions.add(fourth);

        long fifth = session(LocalDate.of(2026, 9, 18), "新增公示单位源头治超专题培训", office,
                county + "政务服务中心二楼培训室", null);
        units(fifth, sample(secondBatch, 0.6));
        departments(fifth, governments(areas.stream().filter(area -> area.kind() == AreaKind.OTHER).toList()));
        sessions.add(fifth);
        return sessions;
    }

    private long session(LocalDate heldOn, String topic, String organizer, String place, String notes) {
        return trainings.createSession(new TrainingSessionFields(heldOn, topic, organizer, place, notes));
    }

    private void units(long sessionId, List<Long> unitIds) {
        for (long unitId : unitIds) {
            List<String> attendees = attendees();
            int extra = names.chance(0.3) ? names.between(1, 3) : 0;
            trainings.addUnitAttendance(sessionId, new TrainingUnitAttendanceFields(unitId,
                    String.join(TrainingAttendees.SEPARATOR, attendees), attendees.size() + extra));
        }
    }

    private void departments(long sessionId, List<String> departments) {
        for (String department : departments) {
            trainings.addDepartmentAttendance(sessionId, new TrainingDepartmentAttendanceFields(department,
                    String.join(TrainingAttendees.SEPARATOR, attendees()), null));
        }
    }

    /** Returns one to three different people. */
    private List<String> attendees() {
        Set<String> people = new LinkedHashSet<>();
        int count = names.between(1, 3);
        while (people.size() < count) {
            people.add(names.person());
        }
        return List.copyOf(people);
    }

    /** Returns about {@code share} of the values, keeping their order. */
    private <T> List<T> sample(List<T> values, double share) {
        return values.stream().filter(value -> names.chance(share)).toList();
    }

    private List<AreaView> sampleAreas(List<AreaView> areas, int count) {
        List<AreaView> shuffled = new ArrayList<>(areas);
        names.shuffle(shuffled);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private static List<String> governments(List<AreaView> areas) {
        return areas.stream().map(DemoUnitGenerator::governmentOf).toList();
    }

    private static List<Long> withShowcase(List<Long> unitIds, long showcase) {
        Set<Long> result = new LinkedHashSet<>();
        result.add(showcase);
        result.addAll(unitIds);
        return List.copyOf(result);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> result = new ArrayList<>(first);
        result.addAll(second);
        return result;
    }
}
