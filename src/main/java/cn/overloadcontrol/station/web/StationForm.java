package cn.overloadcontrol.station.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.overloadcontrol.station.LaneFields;
import cn.overloadcontrol.station.StationFields;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.StationView;

/**
 * The station create and edit form. It always offers a few empty lane rows, so lanes are added
 * without JavaScript; blank rows are dropped when the form becomes {@link StationFields}.
 */
public class StationForm {

    static final int EMPTY_LANE_ROWS = 3;

    private Long unitId;
    private String code;
    private String name;
    private StationStatus status = StationStatus.BUILDING;
    private long version;
    private List<LaneForm> lanes = new ArrayList<>();

    static StationForm forUnit(Long unitId) {
        StationForm form = new StationForm();
        form.unitId = unitId;
        form.padLanes();
        return form;
    }

    static StationForm of(StationView station) {
        StationForm form = new StationForm();
        form.unitId = station.unitId();
        form.code = station.code();
        form.name = station.name();
        form.status = station.status();
        form.version = station.version();
        station.lanes().forEach(lane -> form.lanes.add(new LaneForm(lane.laneNo(), lane.name(), lane.direction())));
        form.padLanes();
        return form;
    }

    /** Adds empty rows so that the form always has a few to fill in. */
    void padLanes() {
        long empty = lanes.stream().filter(LaneForm::blank).count();
        for (long i = empty; i < EMPTY_LANE_ROWS; i++) {
            lanes.add(new LaneForm());
        }
    }

    StationFields toFields() {
        List<LaneFields> lanesFields = new ArrayList<>();
        for (LaneForm lane : lanes) {
            if (!lane.blank()) {
                lanesFields.add(new LaneFields(lane.getLaneNo(), trim(lane.getName()), lane.getDirection()));
            }
        }
        return new StationFields(unitId, trim(code) == null ? null : trim(code).toUpperCase(Locale.ROOT),
                trim(name), status, lanesFields);
    }

    /** Form row of the n-th non-blank lane, so that a lane problem points at the row the user typed in. */
    int rowOfLane(int laneIndex) {
        int seen = -1;
        for (int row = 0; row < lanes.size(); row++) {
            if (!lanes.get(row).blank() && ++seen == laneIndex) {
                return row;
            }
        }
        return laneIndex;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StationStatus getStatus() {
        return status;
    }

    public void setStatus(StationStatus status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<LaneForm> getLanes() {
        return lanes;
    }

    public void setLanes(List<LaneForm> lanes) {
        this.lanes = lanes;
    }
}
