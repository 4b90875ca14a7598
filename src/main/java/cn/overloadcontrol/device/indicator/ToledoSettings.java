package cn.overloadcontrol.device.indicator;

import java.util.Objects;

import cn.overloadcontrol.device.ProtocolOption;
import cn.overloadcontrol.device.WeightUnit;

/**
 * Settings of a Mettler Toledo continuous output, where clones differ: checksum presence,
 * the meaning of the motion bit and of decimal code 000. Defaults follow Mettler Toledo.
 */
record ToledoSettings(WeightUnit unit, ChecksumMode checksum, MotionBit motionBit, DecimalMap decimalMap) {

    enum ChecksumMode implements Options.OptionValue {
        /** 18-byte frames, where the byte after CR is always the checksum. */
        ON("on"),
        /** 17-byte frames ending with CR. */
        OFF("off"),
        /** Decided per frame from the byte after CR. */
        AUTO("auto");

        private final String code;

        ChecksumMode(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Polarity of status B bit 3. */
    enum MotionBit implements Options.OptionValue {
        MOTION_WHEN_SET("motion-when-set"),
        STABLE_WHEN_SET("stable-when-set");

        private final String code;

        MotionBit(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        boolean stable(boolean bitSet) {
            return this == MOTION_WHEN_SET ? !bitSet : bitSet;
        }
    }

    /** Meaning of status A bits 0-2, the decimal position. */
    enum DecimalMap implements Options.OptionValue {
        /** 000 x100, 001 x10, 010 integer, 011..111 one to five decimals. */
        STANDARD("standard"),
        /**
         * As standard except 000, which means no decimal, as one Chinese clone documents.
         * NOTE: that sheet is silent on the other codes, so they are assumed standard.
         */
        CLONE("clone");

        private final String code;

        DecimalMap(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        /** Decimal places for a code 0..7, where -2 and -1 mean the x100 and x10 factors. */
        int decimals(int code) {
            if (this == CLONE && code == 0) {
                return 0;
            }
            return code - 2;
        }
    }

    ToledoSettings {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(motionBit, "motionBit");
        Objects.requireNonNull(decimalMap, "decimalMap");
    }

    static ToledoSettings from(Options options) {
        return new ToledoSettings(options.unit(),
                options.choice(ProtocolOption.CHECKSUM, ChecksumMode.class),
                options.choice(ProtocolOption.MOTION_BIT, MotionBit.class),
                options.choice(ProtocolOption.DECIMAL_MAP, DecimalMap.class));
    }
}
