package cn.overloadcontrol.sourceunit;

import java.util.List;

/** The "not yet trained" report (未参训单位): counts per area and the untrained units themselves. */
public record TrainingCoverage(List<TrainingAreaCoverage> areas, List<TrainingUntrainedUnit> untrainedUnits) {

    public int publishedCount() {
        return areas.stream().mapToInt(TrainingAreaCoverage::publishedCount).sum();
    }

    public int trainedCount() {
        return areas.stream().mapToInt(TrainingAreaCoverage::trainedCount).sum();
    }

    public int untrainedCount() {
        return publishedCount() - trainedCount();
    }
}
