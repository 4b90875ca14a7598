package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * Validates the optional plate read, evidence report and board message of a record. Each
 * returns {@code null} when the part was not sent or has a problem. Each problem names the field
 * by its JSON path, such as {@code evidence.missing[1].kind}.
 */
final class StationFactsChecks {

    /** Cameras a lane may have. */
    static final int MAX_CAMERAS = 16;

    /** Failed captures per record: a snapshot and a clip of every camera. */
    static final int MAX_MISSING = 2 * MAX_CAMERAS;

    static final int MAX_REASON = 200;

    private StationFactsChecks() {
    }

    static PlateRead plateRead(FieldChecks checks, PlateReadRequest request) {
        if (request == null) {
            return null;
        }
        int before = checks.problems().size();
        PlateRead.Source source = checks.requiredEnum("plateRead.source", request.source(), PlateRead.Source.class);
        PlateRead.Vendor vendor = checks.enumValue("plateRead.vendor", request.vendor(), PlateRead.Vendor.class);
        String cameraId = checks.text("plateRead.cameraId", request.cameraId(), 64);
        String rawPlate = checks.text("plateRead.rawPlate", request.rawPlate(), 32);
        String rawColor = checks.text("plateRead.rawColor", request.rawColor(), 16);
        Integer confidence = checks.range("plateRead.confidence", request.confidence(), 0, 100,
                "number.out_of_range");
        Instant readAt = checks.time("plateRead.readAt", request.readAt());
        if (checks.problems().size() > before) {
            return null;
        }
        return new PlateRead(source, vendor, cameraId, rawPlate, rawColor, confidence, readAt);
    }

    static EvidenceReport evidence(FieldChecks checks, EvidenceRequest request) {
        if (request == null) {
            return null;
        }
        int before = checks.problems().size();
        if (request.cameras() == null) {
            checks.add(FieldProblem.error("evidence.cameras", null, "required"));
        }
        Integer cameras = checks.range("evidence.cameras", request.cameras(), 0, MAX_CAMERAS,
                "number.out_of_range");
        List<EvidenceReport.Missing> missing = missing(checks, request.missing());
        if (checks.problems().size() > before) {
            return null;
        }
        return new EvidenceReport(cameras, missing);
    }

    private static List<EvidenceReport.Missing> missing(FieldChecks checks, List<EvidenceRequest.Missing> sent) {
        List<EvidenceReport.Missing> missing = new ArrayList<>();
        if (sent == null) {
            return missing;
        }
        if (sent.size() > MAX_MISSING) {
            checks.add(FieldProblem.error("evidence.missing", Integer.toString(sent.size()),
                    "evidence.too_many_missing", MAX_MISSING));
            return missing;
        }
        for (int i = 0; i < sent.size(); i++) {
            String at = "evidence.missing[" + i + "]";
            EvidenceRequest.Missing item = sent.get(i);
            if (item == null) {
                checks.add(FieldProblem.error(at, null, "required"));
                continue;
            }
            String cameraId = checks.requiredText(at + ".cameraId", item.cameraId(), 64);
            EvidenceReport.Position position = checks.requiredEnum(at + ".position", item.position(),
                    EvidenceReport.Position.class);
            EvidenceReport.Capture kind = checks.requiredEnum(at + ".kind", item.kind(),
                    EvidenceReport.Capture.class);
            String reason = checks.text(at + ".reason", item.reason(), MAX_REASON);
            missing.add(new EvidenceReport.Missing(cameraId, position, kind, reason));
        }
        return missing;
    }

    static LedMessage ledMessage(FieldChecks checks, LedMessageRequest request) {
        if (request == null) {
            return null;
        }
        int before = checks.problems().size();
        String text = checks.requiredText("ledMessage.text", request.text(), 200);
        String boardId = checks.text("ledMessage.boardId", request.boardId(), 64);
        String protocol = checks.text("ledMessage.protocol", request.protocol(), 32);
        String address = checks.text("ledMessage.address", request.address(), 128);
        Instant shownAt = checks.time("ledMessage.shownAt", request.shownAt());
        LedMessage.Outcome outcome = checks.requiredEnum("ledMessage.outcome", request.outcome(),
                LedMessage.Outcome.class);
        String error = checks.text("ledMessage.error", request.error(), MAX_REASON);
        if (checks.problems().size() > before) {
            return null;
        }
        return new LedMessage(text, boardId, protocol, address, shownAt, outcome, error);
    }
}
