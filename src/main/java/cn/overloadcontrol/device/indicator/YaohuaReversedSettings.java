package cn.overloadcontrol.device.indicator;

import java.util.Objects;

import cn.overloadcontrol.device.ProtocolOption;
import cn.overloadcontrol.device.WeightUnit;

/** Settings of the Yaohua {@code =} formats: which of the two layouts, and the negative sign character. */
record YaohuaReversedSettings(WeightUnit unit, Layout layout, NegativeSign negativeSign) {

    /** Order of the 8 characters after {@code =}. */
    enum Layout implements Options.OptionValue {
        /** Display string reversed, then the sign (A22, A23P). */
        REVERSED_THEN_SIGN("1"),
        /** Sign, then the display string in normal order (A26). */
        SIGN_THEN_DISPLAY("2");

        private final String code;

        Layout(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Sign character of a negative weight. With either setting {@code 0} means positive. */
    enum NegativeSign implements Options.OptionValue {
        MINUS("-"),
        ONE("1");

        private final String code;

        NegativeSign(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        byte character() {
            return (byte) code.charAt(0);
        }
    }

    YaohuaReversedSettings {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(negativeSign, "negativeSign");
    }

    static YaohuaReversedSettings from(Options options) {
        return new YaohuaReversedSettings(options.unit(),
                options.choice(ProtocolOption.REVERSED_FORMAT, Layout.class),
                options.choice(ProtocolOption.NEGATIVE_SIGN, NegativeSign.class));
    }
}
