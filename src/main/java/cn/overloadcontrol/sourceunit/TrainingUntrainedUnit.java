package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;

/** A published unit that has attended no training session. */
public record TrainingUntrainedUnit(long unitId, String name, String creditCode, long areaId, String areaName,
        String unitType, UnitStatus status, LocalDate publishedOn, String supervisorName) {
}
