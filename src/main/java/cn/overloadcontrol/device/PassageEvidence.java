package cn.overloadcontrol.device;

import java.util.List;

/**
 * The pictures and videos of one passage, from every camera of the lane that responded in time.
 *
 * @param snapshots one per camera whose snapshot succeeded
 * @param clips     one per camera whose clip succeeded
 * @param failures  every snapshot and clip that failed
 */
public record PassageEvidence(List<CameraSnapshot> snapshots, List<CameraClip> clips, List<CameraFailure> failures) {

    public PassageEvidence {
        snapshots = List.copyOf(snapshots);
        clips = List.copyOf(clips);
        failures = List.copyOf(failures);
    }

    /** Returns true when a camera has no snapshot, so the record goes out flagged "photo missing". */
    public boolean photoMissing() {
        return failures.stream().anyMatch(failure -> !failure.clip());
    }
}
