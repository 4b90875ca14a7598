package cn.overloadcontrol.device;

import java.util.List;

/**
 * The pictures and videos of one passage, from every camera of the lane that answered in time.
 *
 * @param snapshots one per camera that answered
 * @param clips     one per camera whose clip succeeded
 * @param failures  every snapshot and clip that failed
 */
public record PassageEvidence(List<CameraSnapshot> snapshots, List<CameraClip> clips, List<CameraFailure> failures) {

    public PassageEvidence {
        snapshots = List.copyOf(snapshots);
        clips = List.copyOf(clips);
        failures = List.copyOf(failures);
    }

    /** Whether at least one camera has no snapshot: the record goes out flagged "photo missing". */
    public boolean photoMissing() {
        return failures.stream().anyMatch(failure -> !failure.clip());
    }
}
