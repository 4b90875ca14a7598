package cn.overloadcontrol.agent.desk;

/**
 * Decides what the exit barrier and the board behind a plate camera do when the camera reads a
 * plate, from the station's latest record of that plate. A Vzenith camera gets this decision in
 * the reply to each push and carries it out.
 */
public interface ExitDecisions {

    /** Returns the decision for {@code plateNumber}; never {@code null}. */
    ExitDecision decide(String plateNumber);
}
