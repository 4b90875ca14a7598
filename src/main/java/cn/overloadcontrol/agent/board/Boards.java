package cn.overloadcontrol.agent.board;

import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.device.LedCardSimulator;

/**
 * The lane's LED boards, and the emulated card that replaces them in a simulated station
 * without configured boards.
 */
public final class Boards implements AutoCloseable {

    private final List<LedBoard> boards;
    private final LedCardSimulator simulator;

    /** @param simulator the emulated card the boards talk to, or {@code null} for real boards */
    public Boards(List<LedBoard> boards, LedCardSimulator simulator) {
        this.boards = List.copyOf(boards);
        this.simulator = simulator;
    }

    public List<LedBoard> all() {
        return boards;
    }

    public Optional<LedBoard> byId(String id) {
        return boards.stream().filter(board -> board.id().equals(id)).findFirst();
    }

    public List<BoardHealth> health() {
        return boards.stream().map(LedBoard::health).toList();
    }

    /** Returns the emulated card of a simulated station, whose screen the local page shows. */
    public Optional<LedCardSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public void close() {
        boards.forEach(LedBoard::close);
        if (simulator != null) {
            simulator.close();
        }
    }
}
