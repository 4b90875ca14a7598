package cn.overloadcontrol.device.indicator;

import java.util.Objects;

import cn.overloadcontrol.device.ProtocolOption;
import cn.overloadcontrol.device.WeightUnit;
import cn.overloadcontrol.device.YaohuaPollCommand;

/** Settings of a Yaohua indicator in command mode: its unit and its bus address 1..26. */
record YaohuaPollSettings(WeightUnit unit, int address) {

    YaohuaPollSettings {
        Objects.requireNonNull(unit, "unit");
        if (address < YaohuaPollCommand.MIN_ADDRESS || address > YaohuaPollCommand.MAX_ADDRESS) {
            throw Options.invalid(ProtocolOption.ADDRESS, Integer.toString(address),
                    "expected a whole number from 1 to 26");
        }
    }

    static YaohuaPollSettings from(Options options) {
        return new YaohuaPollSettings(options.unit(), options.integer(ProtocolOption.ADDRESS,
                YaohuaPollCommand.MIN_ADDRESS, YaohuaPollCommand.MAX_ADDRESS));
    }

    /** The address as it appears in frames, {@code A} for indicator 1. */
    byte addressByte() {
        return (byte) ('A' + address - 1);
    }
}
