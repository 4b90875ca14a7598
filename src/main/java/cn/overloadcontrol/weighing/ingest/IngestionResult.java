package cn.overloadcontrol.weighing.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.overloadcontrol.weighing.OverloadVerdict;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The stored outcome of a record, as the API returns it, the same for the first delivery and
 * every resend.
 *
 * @param id the platform's record id, which media and revisions refer to
 * @param duplicate whether this answer is for a resend of an already stored record
 * @param recordHash the record's link in the station's hash chain
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestionResult(
        long id,
        String recordNumber,
        OffsetDateTime weighedAt,
        RecordVerdict verdict,
        OverloadVerdict overload,
        Integer limitKg,
        String limitBasis,
        Integer excessKg,
        BigDecimal excessRate,
        List<RecordFlag> flags,
        String recordHash,
        OffsetDateTime receivedAt,
        boolean duplicate) {

    public IngestionResult {
        flags = List.copyOf(flags);
    }

    IngestionResult asDuplicate() {
        return new IngestionResult(id, recordNumber, weighedAt, verdict, overload, limitKg, limitBasis, excessKg,
                excessRate, flags, recordHash, receivedAt, true);
    }
}
