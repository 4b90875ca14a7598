package cn.overloadcontrol.device.indicator;

import java.util.Objects;

import cn.overloadcontrol.device.WeightUnit;

/** Settings of a Yaohua A9 in continuous output. The frame has no unit, so it is configured. */
record YaohuaA9Settings(WeightUnit unit) {

    YaohuaA9Settings {
        Objects.requireNonNull(unit, "unit");
    }

    static YaohuaA9Settings from(Options options) {
        return new YaohuaA9Settings(options.unit());
    }
}
