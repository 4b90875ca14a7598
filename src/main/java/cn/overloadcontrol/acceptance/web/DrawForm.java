package cn.overloadcontrol.acceptance.web;

import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.acceptance.SamplingLevel;
import cn.overloadcontrol.acceptance.Stratification;

/** The sampling draw form: level, strata, optional seed, the units to draw from, and a redraw reason. */
public class DrawForm {

    private SamplingLevel level;
    private Stratification stratifyBy = Stratification.NONE;
    private String seed;
    private String redrawReason;
    private List<Long> unitIds = new ArrayList<>();

    public SamplingLevel getLevel() {
        return level;
    }

    public void setLevel(SamplingLevel level) {
        this.level = level;
    }

    public Stratification getStratifyBy() {
        return stratifyBy;
    }

    public void setStratifyBy(Stratification stratifyBy) {
        this.stratifyBy = stratifyBy;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }

    public String getRedrawReason() {
        return redrawReason;
    }

    public void setRedrawReason(String redrawReason) {
        this.redrawReason = redrawReason;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }
}
