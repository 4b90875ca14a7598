package cn.overloadcontrol.weighing.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;

import cn.overloadcontrol.weighing.RegisteredMasses;

/**
 * A stored record as read back with its latest revision: what a correction starts from.
 *
 * @param latest the record's latest revision, or {@code null} when it was never corrected
 */
record StoredRecord(long id, long stationId, long unitId, long areaId, RecordContent content,
        RecordJudgement judgement, RegisteredMasses.Source massSource, RegisteredMasses registryMasses,
        String recordHash, StoredRevision latest) {

    /** Maps a row of {@link RevisionColumns#SELECT_WITH_LATEST}. */
    static StoredRecord of(ResultSet rs, int rowNum) throws SQLException {
        String massSource = rs.getString("registered_mass_source");
        return new StoredRecord(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("unit_id"),
                rs.getLong("area_id"), RecordColumns.content(rs), RecordColumns.judgement(rs),
                massSource == null ? null : RegisteredMasses.Source.valueOf(massSource),
                RevisionColumns.registryMasses(rs, ""), rs.getString("record_hash"),
                RevisionColumns.revision(rs, RevisionColumns.PREFIX));
    }

    /** Returns the values of the correctable fields in force: the latest revision's, else the stored ones. */
    CorrectableFields effectiveFields() {
        return latest == null ? CorrectableFields.of(content) : latest.fields();
    }

    RecordContent effectiveContent() {
        return latest == null ? content : latest.fields().applyTo(content);
    }

    RecordJudgement effectiveJudgement() {
        return latest == null ? judgement : latest.judgement();
    }

    RegisteredMasses.Source effectiveMassSource() {
        return latest == null ? massSource : latest.massSource();
    }

    RegisteredMasses effectiveRegistryMasses() {
        return latest == null ? registryMasses : latest.registryMasses();
    }

    int revisionCount() {
        return latest == null ? 0 : latest.revisionNo();
    }
}
