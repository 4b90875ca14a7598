package cn.overloadcontrol.agent.board;

import java.time.Instant;
import java.time.ZoneOffset;

import cn.overloadcontrol.agent.platform.HeartbeatContributor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Adds the {@code boards} part to each heartbeat: state, Chinese reason, last success and last text. */
public final class BoardHeartbeat implements HeartbeatContributor {

    private final Boards boards;

    public BoardHeartbeat(Boards boards) {
        this.boards = boards;
    }

    @Override
    public void contribute(ObjectNode report) {
        ArrayNode items = report.putArray("boards");
        for (BoardHealth health : boards.health()) {
            ObjectNode item = items.addObject();
            item.put("id", health.id());
            item.put("protocol", health.protocol());
            item.put("address", health.address());
            item.put("state", health.state().name());
            item.put("reason", health.reason());
            item.put("lastSuccessAt", chinaTime(health.lastSuccessAt()));
            item.put("lastText", health.lastText());
        }
    }

    /** Heartbeat times are in China time, like the rest of the report. */
    private static String chinaTime(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.ofHours(8)).toString();
    }
}
