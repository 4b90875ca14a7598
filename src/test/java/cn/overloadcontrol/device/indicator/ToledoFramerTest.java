package cn.overloadcontrol.device.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

import static cn.overloadcontrol.device.indicator.Capture.hex;
import static org.assertj.core.api.Assertions.assertThat;

class ToledoFramerTest {

    /** 0 kg gross, stable, no checksum, captured; status A 0x31 is x10 with increment 2. */
    private static final String ZERO_WITHOUT_CHECKSUM = "02 31 30 20 20 20 20 20 20 30 20 20 20 20 20 30 0D";
    /** 25,360 kg gross, tare 1,500 kg, stable, with checksum 6A. */
    private static final String GROSS_25360 = "02 31 30 20 20 20 32 35 33 36 20 20 20 31 35 30 0D 6A";

    @Test
    void decodesCapturedZeroWithoutChecksum() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO).feedHex(ZERO_WITHOUT_CHECKSUM).flush().onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("0");
        assertThat(reading.unit()).isEqualTo(WeightUnit.KG);
        assertThat(reading.stable()).isTrue();
        assertThat(reading.kind()).isEqualTo(WeightKind.GROSS);
        assertThat(reading.division().toPlainString()).isEqualTo("20");
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.NONE);
        assertThat(reading.raw()).isEqualTo(hex(ZERO_WITHOUT_CHECKSUM));
    }

    @Test
    void decodesGrossWithTareAndChecksum() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO).feedHex(GROSS_25360).onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("25360");
        assertThat(reading.tare().toPlainString()).isEqualTo("1500");
        assertThat(reading.stable()).isTrue();
        assertThat(reading.kind()).isEqualTo(WeightKind.GROSS);
        assertThat(reading.division().toPlainString()).isEqualTo("20");
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.OK);
    }

    @Test
    void checksumOffEmitsWithoutWaitingForNextFrame() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO, "checksum=off")
                .feedHex(ZERO_WITHOUT_CHECKSUM).onlyReading();

        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.NONE);
    }

    @Test
    void checksumOnValidatesZeroFrame() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO, "checksum=on")
                .feedHex(ZERO_WITHOUT_CHECKSUM + " 50").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("0");
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.OK);
    }

    @Test
    void parityBitOf7E1IsMasked() {
        // The same frame as a 7E1 device sends it to a port opened as 8N1: even parity in bit 7.
        byte[] frame = hex(GROSS_25360);
        byte[] withParity = new byte[frame.length];
        for (int i = 0; i < frame.length; i++) {
            boolean oddOnes = Integer.bitCount(frame[i]) % 2 == 1;
            withParity[i] = (byte) (oddOnes ? frame[i] | 0x80 : frame[i]);
        }

        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO).feed(withParity).onlyReading();

        assertThat(withParity).isNotEqualTo(frame);
        assertThat(reading.weight().toPlainString()).isEqualTo("25360");
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.OK);
    }

    @ParameterizedTest(name = "status A code {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            02 28 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 7A | 1234500
            02 29 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 79 | 123450
            02 2A 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 78 | 12345
            02 2B 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 77 | 1234.5
            02 2C 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 76 | 123.45
            02 2D 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 75 | 12.345
            02 2E 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 74 | 1.2345
            02 2F 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 73 | 0.12345
            """)
    void standardDecimalMap(String frame, String weight) {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO).feedHex(frame).onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo(weight);
    }

    @Test
    void cloneDecimalMapReadsCodeZeroAsInteger() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO, "decimal-map=clone")
                .feedHex("02 28 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 7A").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("12345");
    }

    @Test
    void cloneDecimalMapKeepsOtherCodes() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO, "decimal-map=clone")
                .feedHex("02 2D 30 20 30 31 32 33 34 35 20 20 20 20 20 30 0D 75").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("12.345");
    }

    @Test
    void motionBitMeansMotionByDefault() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO)
                .feedHex("02 31 38 20 20 20 32 35 33 36 20 20 20 31 35 30 0D 62").onlyReading();

        assertThat(reading.stable()).isFalse();
        assertThat(reading.weight().toPlainString()).isEqualTo("25360");
    }

    @Test
    void motionBitPolarityInvertedForClones() {
        Capture moving = Capture.of(IndicatorProtocol.TOLEDO, "motion-bit=stable-when-set").feedHex(GROSS_25360);
        Capture settled = Capture.of(IndicatorProtocol.TOLEDO, "motion-bit=stable-when-set")
                .feedHex("02 31 38 20 20 20 32 35 33 36 20 20 20 31 35 30 0D 62");

        assertThat(moving.onlyReading().stable()).isFalse();
        assertThat(settled.onlyReading().stable()).isTrue();
    }

    @Test
    void netBitMarksNetWeight() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO)
                .feedHex("02 31 31 20 20 20 31 30 33 36 20 20 20 31 35 30 0D 6F").onlyReading();

        assertThat(reading.kind()).isEqualTo(WeightKind.NET);
        assertThat(reading.weight().toPlainString()).isEqualTo("10360");
    }

    @Test
    void negativeBitNegatesWeight() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.TOLEDO)
                .feedHex("02 31 32 20 20 20 20 20 34 30 20 20 20 20 20 30 0D 3A").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("-400");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            02 31 34 20 20 20 32 35 33 36 20 20 20 20 20 30 0D 0C | overload     | out-of-range bit
            02 31 30 20 20 20 32 35 33 36 20 20 20 31 35 30 0D 6B | bad_checksum | checksum off by one
            02 31 30 20 20 32 35 20 33 36 20 20 20 20 20 30 0D 10 | bad_digits   | space between digits
            02 31 30 20 20 20 20 20 20 20 20 20 20 20 20 30 0D 60 | bad_digits   | blank weight
            02 31 30 20 20 20 32 35 33 36 20 20 20 31 35 30 0A 6A | malformed    | LF where CR is due
            """)
    void rejectsFrame(String frame, String reason, String description) {
        Capture capture = Capture.of(IndicatorProtocol.TOLEDO).feedHex(frame);

        assertThat(capture.onlyRejection().reason().code()).isEqualTo(reason);
    }

    @Test
    void autoChecksumReadsBackToBackFramesWithout() {
        Capture capture = Capture.of(IndicatorProtocol.TOLEDO)
                .feedHex(ZERO_WITHOUT_CHECKSUM + ZERO_WITHOUT_CHECKSUM + ZERO_WITHOUT_CHECKSUM).flush();

        assertThat(capture.readings()).hasSize(3).allMatch(reading -> reading.checksum() == ChecksumStatus.NONE);
        assertThat(capture.rejections()).isEmpty();
    }

    @Test
    void autoChecksumReadsBackToBackFramesWith() {
        Capture capture = Capture.of(IndicatorProtocol.TOLEDO).feedHex(GROSS_25360 + GROSS_25360 + GROSS_25360);

        assertThat(capture.readings()).hasSize(3).allMatch(reading -> reading.checksum() == ChecksumStatus.OK);
        assertThat(capture.rejections()).isEmpty();
    }

    @Test
    void autoChecksumResolvesChecksumThatEqualsStx() {
        // 7-bit sum of the first 17 bytes is 0x7E, so the checksum byte is 0x02 like a frame start.
        String frame = "02 31 30 20 20 20 33 39 39 39 20 20 20 20 20 30 0D";
        Capture withChecksum = Capture.of(IndicatorProtocol.TOLEDO)
                .feedHex(frame + " 02" + frame + " 02" + frame + " 02").flush();
        Capture withoutChecksum = Capture.of(IndicatorProtocol.TOLEDO).feedHex(frame + frame + frame).flush();

        assertThat(withChecksum.readings()).hasSize(3).allMatch(reading -> reading.checksum() == ChecksumStatus.OK)
                .allMatch(reading -> reading.weight().toPlainString().equals("39990"));
        assertThat(withChecksum.rejections()).isEmpty();
        assertThat(withoutChecksum.readings()).hasSize(3).allMatch(reading -> reading.checksum() == ChecksumStatus.NONE);
        assertThat(withoutChecksum.rejections()).isEmpty();
    }

    @Test
    void checksumOffTreatsChecksumByteAsNoise() {
        Capture capture = Capture.of(IndicatorProtocol.TOLEDO, "checksum=off").feedHex(GROSS_25360).flush();

        assertThat(capture.readings()).hasSize(1);
        assertThat(capture.readings().get(0).checksum()).isEqualTo(ChecksumStatus.NONE);
        assertThat(capture.rejectionCodes()).containsExactly("noise");
    }
}
