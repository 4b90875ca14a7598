package cn.overloadcontrol.weighing.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.station.LaneDirection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads records for lists. Callers check the data scope of the station first. */
@Service
public class RecordQueries {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final JdbcTemplate jdbc;

    RecordQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the station's newest records by weighing time, at most {@code limit}. */
    public List<RecordRow> latestOfStation(long stationId, int limit) {
        return jdbc.query("select " + RevisionColumns.SELECT_WITH_LATEST + " from weighing_record r"
                + RevisionColumns.LATEST_JOIN + " where r.station_id = ? order by r.weighed_at desc, r.id desc limit ?",
                RecordQueries::row, stationId, limit);
    }

    /** Maps a row of {@link RevisionColumns#SELECT_WITH_LATEST} with the latest revision's values in force. */
    static RecordRow row(ResultSet rs, int rowNum) throws SQLException {
        StoredRevision latest = RevisionColumns.revision(rs, RevisionColumns.PREFIX);
        RecordJudgement judgement = latest == null ? RecordColumns.judgement(rs) : latest.judgement();
        String plateNumber = latest == null ? rs.getString("plate_number") : latest.fields().plateNumber();
        String direction = rs.getString("direction");
        int laneValue = rs.getInt("lane_no");
        Integer laneNo = rs.wasNull() ? null : laneValue;
        return new RecordRow(rs.getLong("id"), rs.getString("record_number"),
                RecordColumns.instant(rs, "weighed_at").atOffset(CHINA), laneNo,
                direction == null ? null : LaneDirection.valueOf(direction), plateNumber,
                rs.getInt("gross_kg"), judgement.limitKg(), judgement.excessKg(), judgement.excessRate(),
                judgement.verdict(), judgement.flags(), PersonalData.maskName(rs.getString("driver_name")),
                PersonalData.maskPhone(rs.getString("driver_phone")),
                PersonalData.maskIdNumber(rs.getString("driver_id_number")),
                latest == null ? null : latest.revisionNo());
    }
}
