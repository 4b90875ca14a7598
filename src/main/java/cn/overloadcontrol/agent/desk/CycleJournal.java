package cn.overloadcontrol.agent.desk;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

import cn.overloadcontrol.agent.CurvePoint;
import cn.overloadcontrol.agent.CycleState;
import cn.overloadcontrol.agent.Passage;
import cn.overloadcontrol.agent.PassageListener;
import cn.overloadcontrol.agent.RawFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Journals the weighing cycle's passages through the passage desk, on the indicator's reader
 * thread. A journal append forces one line to disk, which takes milliseconds on a local disk,
 * so the reader is not held up for long.
 */
public class CycleJournal implements PassageListener {

    private static final Logger log = LoggerFactory.getLogger(CycleJournal.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private final PassageDesk desk;
    private final BiConsumer<CycleState, BigDecimal> stateListener;
    private final LongFunction<Optional<OperatorInput>> automaticInput;
    private final ObjLongConsumer<Passage> passageJournaled;

    /**
     * @param stateListener  receives every state change and live weight, for the page and the heartbeat
     * @param automaticInput the input that completes a recorded passage at once, or empty to wait
     *                       for the operator. The simulator supplies the truck on the scale here.
     */
    public CycleJournal(PassageDesk desk, BiConsumer<CycleState, BigDecimal> stateListener,
            Supplier<Optional<OperatorInput>> automaticInput) {
        this(desk, stateListener, sequence -> automaticInput.get(), (passage, sequence) -> { });
    }

    /**
     * @param passageJournaled receives each recorded passage with its journal sequence, on the reader
     *                         thread, before the automatic input completes it; it must return at once
     * @param automaticInput   the input that completes the passage journaled with the given sequence
     */
    public CycleJournal(PassageDesk desk, BiConsumer<CycleState, BigDecimal> stateListener,
            LongFunction<Optional<OperatorInput>> automaticInput, ObjLongConsumer<Passage> passageJournaled) {
        this.desk = desk;
        this.stateListener = stateListener;
        this.automaticInput = automaticInput;
        this.passageJournaled = passageJournaled;
    }

    @Override
    public void onRecorded(Passage passage) {
        long sequence = desk.recordPassage(facts(passage, false, null));
        passageJournaled.accept(passage, sequence);
        automaticInput.apply(sequence).ifPresent(input -> desk.complete(sequence, input));
    }

    @Override
    public void onCheatingSuspected(Passage passage, String reason) {
        if (passage.stableAt() == null || passage.weightKg() == null) {
            // NOTE: a suspicion before the reading ever became stable has no weight to journal.
            // It is only logged, and the passage gets no LEFT entry either.
            log.warn("Cheating suspected on passage {} before a stable reading: {}", passage.id(), reason);
            return;
        }
        desk.flagCheating(facts(passage, true, reason));
    }

    @Override
    public void onLeft(Passage passage) {
        desk.passageLeft(facts(passage, passage.cheatingSuspected(), null));
    }

    @Override
    public void onStateChanged(CycleState state, BigDecimal liveWeightKg) {
        stateListener.accept(state, liveWeightKg);
    }

    private PassageFacts facts(Passage passage, boolean cheating, String reason) {
        return new PassageFacts(passage.id(), passage.vehicleOnAt(), passage.stableAt(), passage.leftAt(),
                passage.weightKg(), cheating, reason, curve(passage), frames(passage));
    }

    private ArrayNode curve(Passage passage) {
        ArrayNode points = json.createArrayNode();
        for (CurvePoint point : passage.curve()) {
            var node = points.addObject();
            node.put("at", point.at().toString());
            node.put("kg", point.weightKg());
            if (point.stable() != null) {
                node.put("stable", point.stable());
            }
        }
        return points;
    }

    private ArrayNode frames(Passage passage) {
        ArrayNode frames = json.createArrayNode();
        for (RawFrame frame : passage.frames()) {
            var node = frames.addObject();
            node.put("at", frame.at().toString());
            node.put("hex", frame.hex());
        }
        return frames;
    }
}
