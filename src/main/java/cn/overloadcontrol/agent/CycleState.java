package cn.overloadcontrol.agent;

/** States of the weighing cycle of one scale, in the order a passage goes through them. */
public enum CycleState {
    /** The deck carries less than the empty weight. */
    EMPTY,
    /** A vehicle is on the deck and the reading is not stable yet, or moves again. */
    VEHICLE_ON,
    /** The reading is stable but not recorded: the passage is suspected of cheating or a step is being checked. */
    STABLE,
    /** The passage's weight was recorded; it stays recorded until the deck is empty. */
    RECORDED,
    /** The weight fell below the minimum weight or below half the passage's peak, because the vehicle drives off or shuffles. */
    LEAVING
}
