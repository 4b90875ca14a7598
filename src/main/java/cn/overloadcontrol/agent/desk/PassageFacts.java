package cn.overloadcontrol.agent.desk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The weighing cycle's measurements of one passage. The weight is never typed by a person.
 *
 * @param curve  the weight curve as a JSON array, kept in the journal
 * @param frames the indicator's raw frames as a JSON array, kept in the journal
 * @param cheatingReason why cheating is suspected, or {@code null}
 */
public record PassageFacts(UUID passageId, Instant vehicleOnAt, Instant stableAt, Instant leftAt,
        BigDecimal weightKg, boolean cheatingSuspected, String cheatingReason, JsonNode curve, JsonNode frames) {
}
