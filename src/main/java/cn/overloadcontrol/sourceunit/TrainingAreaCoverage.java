package cn.overloadcontrol.sourceunit;

/** How many published units of one area have attended at least one session. */
public record TrainingAreaCoverage(long areaId, String areaName, int publishedCount, int trainedCount) {

    public int untrainedCount() {
        return publishedCount - trainedCount;
    }
}
