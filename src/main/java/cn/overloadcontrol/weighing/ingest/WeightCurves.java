package cn.overloadcontrol.weighing.ingest;

import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the weight curves stored with records. Callers check the record's data scope first. */
@Service
public class WeightCurves {

    private final NamedParameterJdbcTemplate jdbc;

    WeightCurves(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the curve sent with record {@code recordId}, empty when the station sent none. */
    public Optional<WeightCurve> ofRecord(long recordId) {
        return jdbc.query("select curve_json from weighing_record_curve where record_id = :recordId",
                new MapSqlParameterSource("recordId", recordId),
                (rs, rowNum) -> WeightCurve.fromJson(rs.getString(1))).stream().findFirst();
    }
}
