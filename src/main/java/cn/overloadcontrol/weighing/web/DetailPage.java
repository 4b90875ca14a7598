package cn.overloadcontrol.weighing.web;

import java.util.List;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Permissions;
import cn.overloadcontrol.sourceunit.UnitRef;
import cn.overloadcontrol.station.StationNotFoundException;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationView;
import cn.overloadcontrol.weighing.VehicleType;
import cn.overloadcontrol.weighing.ingest.RecordCorrections;
import cn.overloadcontrol.weighing.ingest.RecordDetail;
import cn.overloadcontrol.weighing.ingest.RecordNotFoundException;
import cn.overloadcontrol.weighing.ingest.RecordSearch;
import cn.overloadcontrol.weighing.ingest.WeightCurves;
import cn.overloadcontrol.weighing.ingest.ReleaseDecision;
import cn.overloadcontrol.weighing.media.MediaResult;
import cn.overloadcontrol.weighing.media.MediaService;
import cn.overloadcontrol.weighing.review.ReviewItems;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a record's detail page: the effective record, its weight curve, its queue items, its
 * corrections and, for users who may correct, the correction form. Both the page and a rejected
 * correction render it.
 */
@Component
class DetailPage {

    static final String VIEW = "weighing/detail";
    static final String FORM = "correctionForm";

    private final RecordSearch records;
    private final RecordCorrections corrections;
    private final ReviewItems queue;
    private final ScreenOptions options;
    private final CorrectionTexts texts;
    private final WeightCurves curves;
    private final MediaService media;
    private final StationService stations;

    DetailPage(RecordSearch records, RecordCorrections corrections, ReviewItems queue, ScreenOptions options,
            CorrectionTexts texts, WeightCurves curves, MediaService media, StationService stations) {
        this.stations = stations;
        this.curves = curves;
        this.media = media;
        this.records = records;
        this.corrections = corrections;
        this.queue = queue;
        this.options = options;
        this.texts = texts;
    }

    /** Fills the model for record {@code id}, or throws {@link RecordNotFoundException} outside the scope. */
    String show(long id, Model model) {
        DataScope scope = CurrentUsers.scope();
        RecordDetail record = records.find(id, scope).orElseThrow(() -> new RecordNotFoundException(id));
        boolean personal = can(Permissions.WEIGHING_PERSONAL);
        model.addAttribute("record", personal ? record : record.masked());
        model.addAttribute("personalShown", personal);
        model.addAttribute("items", queue.ofRecord(id, scope));
        model.addAttribute("unitName", options.units(scope).stream().filter(unit -> unit.id() == record.unitId())
                .map(UnitRef::name).findFirst().orElse(null));
        model.addAttribute("stationLabel", stationLabel(record.stationId()));
        model.addAttribute("revisions", texts.history(corrections.history(id, scope)));
        // The record was found in scope above, so its curve may be shown.
        model.addAttribute("curveChart", curves.ofRecord(id)
                .map(curve -> CurveChart.of(curve, record.grossKg())).orElse(null));
        List<MediaResult> evidence = media.ofRecord(id);
        model.addAttribute("photos", evidence.stream().filter(file -> !file.kind().isVideo()).toList());
        model.addAttribute("clips", evidence.stream().filter(file -> file.kind().isVideo()).toList());
        if (can(Permissions.WEIGHING_CORRECT)) {
            addCorrectionForm(id, scope, model);
        }
        return VIEW;
    }

    /** Returns the station's name and code, or {@code null} when the station is outside the user's scope. */
    private String stationLabel(long stationId) {
        try {
            StationView station = stations.view(stationId);
            return station.name() + " (" + station.code() + ")";
        } catch (StationNotFoundException e) {
            return null;
        }
    }

    private void addCorrectionForm(long id, DataScope scope, Model model) {
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, CorrectionForm.of(corrections.effectiveFields(id, scope)
                    .orElseThrow(() -> new RecordNotFoundException(id))));
        }
        if (!model.containsAttribute("correctionProblems")) {
            model.addAttribute("correctionProblems", List.of());
        }
        model.addAttribute("colorOptions", CorrectionTexts.COLOR_OPTIONS);
        model.addAttribute("vehicleTypes", VehicleType.values());
        model.addAttribute("releaseDecisions", ReleaseDecision.values());
    }

    private static boolean can(String permission) {
        return CurrentUsers.find().map(user -> user.can(permission)).orElse(false);
    }
}
