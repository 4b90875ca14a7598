package cn.overloadcontrol.agent.journal;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/**
 * One durable entry of the station journal.
 *
 * @param sequence position in the journal, from 1, without gaps
 * @param type     what the entry is, see {@link EntryType}
 * @param at       when the entry was written
 * @param data     the entry's content; callers must not modify it
 */
public record JournalEntry(long sequence, EntryType type, Instant at, ObjectNode data) {

    public String text(String field) {
        return data.hasNonNull(field) ? data.get(field).asString() : null;
    }
}
