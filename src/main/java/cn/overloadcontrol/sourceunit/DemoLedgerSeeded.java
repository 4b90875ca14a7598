package cn.overloadcontrol.sourceunit;

import java.util.List;

/**
 * Published once the demo ledger is stored, so the demo users can be tied to its data.
 *
 * @param showcaseUnitId   a published unit that attended training, for the enterprise demo user
 * @param showcaseUnitName that unit's name
 * @param townAreaIds      the two towns with the most units, for the town demo users
 */
public record DemoLedgerSeeded(long showcaseUnitId, String showcaseUnitName, List<Long> townAreaIds) {

    public DemoLedgerSeeded {
        townAreaIds = List.copyOf(townAreaIds);
    }
}
