package cn.overloadcontrol.weighing.ingest;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the record list and its export, bound from the query string. */
public class RecordFilter {

    private Long areaId;
    private Long unitId;
    private Long stationId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String plate;
    private RecordVerdict verdict;
    private RecordFlag flag;

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate == null || plate.isBlank() ? null : plate.strip().toUpperCase();
    }

    public RecordVerdict getVerdict() {
        return verdict;
    }

    public void setVerdict(RecordVerdict verdict) {
        this.verdict = verdict;
    }

    public RecordFlag getFlag() {
        return flag;
    }

    public void setFlag(RecordFlag flag) {
        this.flag = flag;
    }

    /** The filters that are set, as "name=value" pairs for the audit log of an export. */
    public String describe() {
        java.util.StringJoiner text = new java.util.StringJoiner(" ");
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("areaId", areaId);
        fields.put("unitId", unitId);
        fields.put("stationId", stationId);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("plate", plate);
        fields.put("verdict", verdict);
        fields.put("flag", flag);
        fields.forEach((name, value) -> {
            if (value != null) {
                text.add(name + "=" + value);
            }
        });
        return text.toString();
    }
}
