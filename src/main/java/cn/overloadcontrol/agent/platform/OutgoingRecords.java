package cn.overloadcontrol.agent.platform;

import java.util.Optional;

import cn.overloadcontrol.agent.journal.JournalEntry;
import tools.jackson.databind.JsonNode;

/**
 * Decides what the forwarder sends for a journaled record, and when. The station sends a record
 * only once its evidence is settled, and every resend must carry the same bytes, or the platform
 * rejects it with 409.
 */
public interface OutgoingRecords {

    /** Sends the journaled request as it is, for stations and tests without cameras. */
    OutgoingRecords AS_JOURNALED = record -> Optional.of(record.data().get("request"));

    /**
     * Returns the request to send for a {@code RECORD} entry, or empty while the record must wait,
     * for example for its camera evidence. Once a request was returned, later calls return the same.
     */
    Optional<JsonNode> requestFor(JournalEntry record);
}
