package cn.overloadcontrol.station.web;

import cn.overloadcontrol.station.LaneDirection;

/** One lane row of the station form; a row left entirely blank is ignored. */
public class LaneForm {

    private Integer laneNo;
    private String name;
    private LaneDirection direction;

    public LaneForm() {
    }

    LaneForm(Integer laneNo, String name, LaneDirection direction) {
        this.laneNo = laneNo;
        this.name = name;
        this.direction = direction;
    }

    boolean blank() {
        return laneNo == null && (name == null || name.isBlank()) && direction == null;
    }

    public Integer getLaneNo() {
        return laneNo;
    }

    public void setLaneNo(Integer laneNo) {
        this.laneNo = laneNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LaneDirection getDirection() {
        return direction;
    }

    public void setDirection(LaneDirection direction) {
        this.direction = direction;
    }
}
