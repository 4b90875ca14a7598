package cn.overloadcontrol.agent;

import java.math.BigDecimal;

/**
 * Receives the events of a {@link WeighingCycle}, on the thread that feeds the cycle (the
 * indicator's reader thread). A listener must not block: it stores or queues and returns.
 */
public interface PassageListener {

    /** Called once per passage, when the reading became stable and no cheating was suspected before. */
    void onRecorded(Passage passage);

    /**
     * Called when a step change suggests a remote-control device (遥控作弊). A passage with this
     * alarm gets no automatic record. When the step comes after the record, this is called after
     * {@link #onRecorded} and the station has to flag that record.
     *
     * @param reason English text naming the two levels, the step in divisions and the time
     */
    void onCheatingSuspected(Passage passage, String reason);

    /** Called when the deck is empty again, recorded or not, with the passage's full curve and frames. */
    void onLeft(Passage passage);

    /** Called on every state change, for the live display. */
    default void onStateChanged(CycleState state, BigDecimal liveWeightKg) {
    }
}
