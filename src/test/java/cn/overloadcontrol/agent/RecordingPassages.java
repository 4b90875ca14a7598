package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event of a weighing cycle for assertions; safe to read from the test thread. */
final class RecordingPassages implements PassageListener {

    record Alarm(Passage passage, String reason) {
    }

    final List<Passage> recorded = new CopyOnWriteArrayList<>();
    final List<Alarm> alarms = new CopyOnWriteArrayList<>();
    final List<Passage> left = new CopyOnWriteArrayList<>();
    final List<CycleState> states = new CopyOnWriteArrayList<>();

    @Override
    public void onRecorded(Passage passage) {
        recorded.add(passage);
    }

    @Override
    public void onCheatingSuspected(Passage passage, String reason) {
        alarms.add(new Alarm(passage, reason));
    }

    @Override
    public void onLeft(Passage passage) {
        left.add(passage);
    }

    @Override
    public void onStateChanged(CycleState state, BigDecimal liveWeightKg) {
        states.add(state);
    }
}
