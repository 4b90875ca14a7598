package cn.overloadcontrol.upstream.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.DateRules;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.upstream.outbox.UploadOutbox;
import cn.overloadcontrol.upstream.target.MediaMode;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import cn.overloadcontrol.weighing.WeighingRecordStored;
import cn.overloadcontrol.weighing.WeighingRecordsForUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues records stored before a target was enabled, which the outbox never queued for it, by
 * the China date of weighing. Records and files the target has a task for already are skipped,
 * so a backfill can be repeated or overlap another.
 */
@Service
public class RecordBackfill {

    /** Days of records one backfill may cover, so that one transaction stays short. */
    public static final int MAX_DAYS = 31;

    /** Record ids per media lookup, well below PostgreSQL's limit on bind parameters. */
    private static final int MEDIA_LOOKUP_IDS = 1_000;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(RecordBackfill.class);

    /** The numbers of record and media tasks a backfill queued. */
    public record Result(int records, int media) {
    }

    /** The backfill's dates or target break a rule, so nothing was queued. */
    public static class InvalidBackfillException extends RuntimeException {
        private final transient List<FieldProblem> problems;

        InvalidBackfillException(List<FieldProblem> problems) {
            super("invalid backfill: " + problems.stream().map(FieldProblem::code).toList());
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    private final TargetStore targets;
    private final WeighingRecordsForUpload weighing;
    private final UploadOutbox outbox;
    private final AuditLog audit;

    RecordBackfill(TargetStore targets, WeighingRecordsForUpload weighing, UploadOutbox outbox, AuditLog audit) {
        this.targets = targets;
        this.weighing = weighing;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Queues every record weighed from {@code from} to {@code to} (China dates, both included)
     * for the target, and their photos and clips when the target takes media as separate
     * uploads. The tasks follow weighing order.
     *
     * @throws InvalidBackfillException when a date is missing or out of range, or the target is not enabled
     */
    @Transactional
    public Result backfill(long targetId, LocalDate from, LocalDate to) {
        UploadTarget target = targets.find(targetId).orElseThrow(() -> new TargetNotFoundException(targetId));
        List<FieldProblem> problems = check(target, from, to, LocalDate.now(CHINA));
        if (!problems.isEmpty()) {
            throw new InvalidBackfillException(problems);
        }

        boolean separateMedia = target.mediaMode() == MediaMode.SEPARATE && target.mediaPath() != null;
        int records = 0;
        int media = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(CHINA).toInstant();
            List<WeighingRecordStored> stored = weighing.recordsWeighedBetween(start,
                    day.plusDays(1).atStartOfDay(CHINA).toInstant());
            records += outbox.queueRecordsFor(targetId, stored);
            if (separateMedia) {
                media += queueMedia(targetId, stored);
            }
        }

        audit.record(AuditEntry.success(AuditAction.UPDATE, UploadAdmin.OBJECT_TYPE, targetId, target.name())
                .withDetail("backfill " + from + " to " + to + ": " + records + " records, " + media + " media"));
        log.info("Backfill of upload target {} from {} to {} queued {} records and {} media files", target.code(),
                from, to, records, media);
        return new Result(records, media);
    }

    private int queueMedia(long targetId, List<WeighingRecordStored> records) {
        int queued = 0;
        for (int first = 0; first < records.size(); first += MEDIA_LOOKUP_IDS) {
            List<Long> ids = records.subList(first, Math.min(records.size(), first + MEDIA_LOOKUP_IDS)).stream()
                    .map(WeighingRecordStored::recordId).toList();
            queued += outbox.queueMediaFor(targetId, weighing.mediaOfRecords(ids));
        }
        return queued;
    }

    static List<FieldProblem> check(UploadTarget target, LocalDate from, LocalDate to, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!target.enabled()) {
            problems.add(FieldProblem.error("backfillTarget", target.name(), "upstream.backfill_disabled"));
        }
        if (from == null) {
            problems.add(FieldProblem.error("backfillFrom", null, "required"));
        }
        if (to == null) {
            problems.add(FieldProblem.error("backfillTo", null, "required"));
        }
        if (from == null || to == null) {
            return problems;
        }
        if (from.isAfter(today)) {
            problems.add(FieldProblem.error("backfillFrom", from.toString(), "upstream.backfill_future",
                    today.toString()));
        } else {
            DateRules.checkRange(problems, "backfillFrom", from, today);
        }
        if (to.isAfter(today)) {
            problems.add(FieldProblem.error("backfillTo", to.toString(), "upstream.backfill_future", today.toString()));
        } else if (to.isBefore(from)) {
            problems.add(FieldProblem.error("backfillTo", to.toString(), "date.range_reversed", from.toString()));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            problems.add(FieldProblem.error("backfillTo", to.toString(), "upstream.backfill_too_long", MAX_DAYS,
                    from.toString()));
        }
        return problems;
    }
}
