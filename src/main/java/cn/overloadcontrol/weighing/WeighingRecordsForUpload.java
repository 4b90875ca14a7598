package cn.overloadcontrol.weighing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.common.security.DataScope;

/** Read access to stored records and media for the uploads to the upper platforms. */
public interface WeighingRecordsForUpload {

    /** Returns the records with these ids; an unknown id is left out. */
    List<UploadRecord> records(Collection<Long> recordIds);

    /**
     * Returns the records weighed at or after {@code from} and before {@code to}, in weighing
     * order, for a backfill to a platform enabled after they were stored. A caller should ask
     * for a day or less at a time: the result is read into memory at once.
     */
    List<WeighingRecordStored> recordsWeighedBetween(Instant from, Instant to);

    /** Returns the media links with these ids; an unknown id is left out. */
    List<UploadMedia> media(Collection<Long> mediaIds);

    /** Returns the media linked to these records. */
    List<UploadMedia> mediaOfRecords(Collection<Long> recordIds);

    /** Reads the stored bytes of a media file, empty when the store no longer has them. */
    Optional<byte[]> content(String sha256);

    /** Whether the record exists and lies in {@code scope}. */
    boolean visible(long recordId, DataScope scope);
}
