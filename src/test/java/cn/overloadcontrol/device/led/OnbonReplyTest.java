package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.HexBytes;
import org.junit.jupiter.api.Test;

class OnbonReplyTest {

    /** The vendor's ACK, with nine leading A5. */
    static final String VENDOR_ACK = "a5 a5 a5 a5 a5 a5 a5 a5 a5 00 80 fe ff 00 00 00 00 00 00 fe 02 05 00"
            + " a0 00 00 00 00 14 ac 5a";

    static byte[] nack(int code) {
        return OnbonFrames.frame(0x8000, new byte[] {(byte) 0xA0, 0x01, (byte) code, 0x00, 0x00});
    }

    @Test
    void vendorAckWithNineA5() {
        assertThat(OnbonReply.parse(HexBytes.parse(VENDOR_ACK))).isEqualTo(new OnbonReply(true, 0));
    }

    @Test
    void ackWithOneA5() {
        byte[] frame = HexBytes.parse(VENDOR_ACK.substring("a5 ".length() * 8));

        assertThat(OnbonReply.parse(frame).acknowledged()).isTrue();
    }

    @Test
    void nackCarriesErrorCode() {
        assertThat(OnbonReply.parse(nack(5))).isEqualTo(new OnbonReply(false, OnbonReply.ERROR_CRC));
        assertThat(OnbonReply.parse(nack(3))).isEqualTo(new OnbonReply(false, OnbonReply.ERROR_BUSY));
        assertThat(OnbonReply.parse(nack(12))).isEqualTo(new OnbonReply(false, OnbonReply.ERROR_FONT_MISSING));
    }

    @Test
    void badCrcIsRejected() {
        byte[] frame = HexBytes.parse(VENDOR_ACK.replace("14 ac", "14 ad"));

        assertThatThrownBy(() -> OnbonReply.parse(frame)).hasMessageContaining("CRC AD14 does not match the computed AC14");
    }

    @Test
    void lengthMismatchIsRejected() {
        byte[] frame = HexBytes.parse(VENDOR_ACK.replace("fe 02 05 00", "fe 02 06 00"));

        assertThatThrownBy(() -> OnbonReply.parse(frame)).hasMessageContaining("gives 6 data bytes but 5 follow");
    }

    @Test
    void missingEndIsRejected() {
        byte[] frame = HexBytes.parse(VENDOR_ACK.substring(0, VENDOR_ACK.length() - 3));

        assertThatThrownBy(() -> OnbonReply.parse(frame)).hasMessageContaining("no end byte 5A");
    }

    @Test
    void brokenEscapeIsRejected() {
        byte[] frame = HexBytes.parse("a5 a6 07 5a");

        assertThatThrownBy(() -> OnbonReply.parse(frame)).hasMessageContaining("escape A6 at byte 1");
    }
}
