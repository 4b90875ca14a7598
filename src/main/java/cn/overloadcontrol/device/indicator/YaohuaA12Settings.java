package cn.overloadcontrol.device.indicator;

import java.util.Objects;

import cn.overloadcontrol.device.WeightUnit;

/** Settings of a Yaohua A12: the unit for {@code ww}/{@code wn} lines that omit it. WG/WN frames carry their own. */
record YaohuaA12Settings(WeightUnit unit) {

    YaohuaA12Settings {
        Objects.requireNonNull(unit, "unit");
    }

    static YaohuaA12Settings from(Options options) {
        return new YaohuaA12Settings(options.unit());
    }
}
