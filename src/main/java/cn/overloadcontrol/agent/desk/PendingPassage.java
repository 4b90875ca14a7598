package cn.overloadcontrol.agent.desk;

import java.time.Instant;

/**
 * A journaled passage that has no record yet.
 *
 * @param sequence the PASSAGE entry's journal sequence, which identifies it on the page
 */
public record PendingPassage(long sequence, String passageId, Instant stableAt, long grossKg,
        boolean cheatingSuspected, String cheatingReason) {
}
