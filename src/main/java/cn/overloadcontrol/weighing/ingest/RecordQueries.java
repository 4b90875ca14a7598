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
        return jdbc.query("""
                select * from weighing_record where station_id = ? order by weighed_at desc, id desc limit ?
                """, RecordQueries::row, stationId, limit);
    }

    static RecordRow row(ResultSet rs, int rowNum) throws SQLException {
        RecordJudgement judgement = RecordColumns.judgement(rs);
        String direction = rs.getString("direction");
        int laneNo = rs.getInt("lane_no");
        return new RecordRow(rs.getLong("id"), rs.getString("record_number"),
                RecordColumns.instant(rs, "weighed_at").atOffset(CHINA), rs.wasNull() ? null : laneNo,
                direction == null ? null : LaneDirection.valueOf(direction), rs.getString("plate_number"),
                rs.getInt("gross_kg"), judgement.limitKg(), judgement.excessKg(), judgement.excessRate(),
                judgement.verdict(), judgement.flags(), PersonalData.maskName(rs.getString("driver_name")),
                PersonalData.maskPhone(rs.getString("driver_phone")),
                PersonalData.maskIdNumber(rs.getString("driver_id_number")));
    }
}
