package cn.overloadcontrol.weighing.ingest;

/**
 * Something odd about a record that is still a real weighing: the record is stored with the
 * flag, never dropped, and reviewers see it. Stored by name.
 */
public enum RecordFlag {
    /** No plate was read: the plate is missing or a camera's placeholder such as 无车牌. */
    NO_READABLE_PLATE,
    /**
     * A plate text was sent but fails GA 36, for example a misread character, a wrong length, or
     * a plate this product does not recognise (embassy, military, civil aviation).
     */
    PLATE_INVALID,
    /** The rear camera read a plate that is neither the front plate nor the trailer plate. */
    PLATE_MISMATCH,
    /** No axle count was sent, so no limit could be derived. */
    AXLE_COUNT_UNKNOWN,
    /** The limit table has no single row for the vehicle, for example 3 axles without a vehicle type. */
    LIMIT_UNDETERMINED,
    /** The lane number is not one of the station's lanes. */
    LANE_UNKNOWN,
    /** The direction differs from the direction configured for the lane. */
    DIRECTION_MISMATCH,
    /** The station reported a camera snapshot that failed, so a photo of the passage is missing. */
    PHOTO_MISSING,
    /** The station reported a clip that failed, so the video of the passage is missing. */
    CLIP_MISSING
}
