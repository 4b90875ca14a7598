package cn.overloadcontrol.weighing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All versions of the limit table, ordered by start. A version is in force from its start until
 * its own end or the next version's start, whichever comes first, so adding a version never
 * changes the limit of an earlier weighing.
 */
final class LimitTables {

    /** China Standard Time, in which the legal texts give their dates. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final List<LimitTable> versions;

    LimitTables(List<LimitTable> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one limit table is required");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(LimitTable::effectiveFrom)).toList();
        checkUnique();
    }

    List<LimitTable> versions() {
        return versions;
    }

    /**
     * Returns the version in force at {@code time}.
     *
     * @throws LimitInputException when no version is in force then
     */
    LimitTable inForceAt(Instant time) {
        LimitTable latestStarted = null;
        for (LimitTable table : versions) {
            if (!table.effectiveFrom().isAfter(time)) {
                latestStarted = table;
            }
        }
        if (latestStarted == null || (latestStarted.effectiveUntil() != null
                && !time.isBefore(latestStarted.effectiveUntil()))) {
            throw new LimitInputException("weighedAt", time.atOffset(CHINA), "no limit table is in force then; "
                    + "the tables cover " + periods());
        }
        return latestStarted;
    }

    private void checkUnique() {
        Set<String> ids = new HashSet<>();
        Set<Instant> starts = new HashSet<>();
        for (LimitTable table : versions) {
            if (!ids.add(table.version())) {
                throw new IllegalArgumentException("limit table version " + table.version() + " appears twice");
            }
            if (!starts.add(table.effectiveFrom())) {
                throw new IllegalArgumentException("two limit tables start at " + table.effectiveFrom().atOffset(CHINA)
                        + ", so neither replaces the other");
            }
        }
    }

    private String periods() {
        return String.join(", ", versions.stream()
                .map(table -> table.label() + " from " + table.effectiveFrom().atOffset(CHINA)
                        + (table.effectiveUntil() == null ? "" : " until " + table.effectiveUntil().atOffset(CHINA)))
                .toList());
    }
}
