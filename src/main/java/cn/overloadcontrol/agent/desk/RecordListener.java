package cn.overloadcontrol.agent.desk;

import cn.overloadcontrol.agent.journal.JournalEntry;

/**
 * Receives each record right after the passage desk journaled it, for example to show its
 * verdict on the LED board. It runs on the thread that completed the record, inside the desk's
 * lock, so it must hand slow work to another thread and must not call back into the desk.
 */
@FunctionalInterface
public interface RecordListener {

    /** Called with the journaled {@code RECORD} entry, whose {@code request} is the record sent to the platform. */
    void recordJournaled(JournalEntry record);
}
