package cn.overloadcontrol.agent.platform;

import tools.jackson.databind.node.ObjectNode;

/**
 * Adds a part of the station's status to each heartbeat, for example the cameras or the LED
 * boards. Every bean of this type is asked once per heartbeat; docs/api.md lists the fields.
 */
public interface HeartbeatContributor {

    /** Puts this part's fields into {@code report}; must be quick and must not throw. */
    void contribute(ObjectNode report);
}
