package cn.overloadcontrol.device.camera;

import static cn.overloadcontrol.device.camera.CameraBodies.BOUNDARY;
import static cn.overloadcontrol.device.camera.CameraBodies.ascii;
import static cn.overloadcontrol.device.camera.CameraBodies.jpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.CameraPushException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    void binaryPartsStayByteIdentical() {
        byte[] first = jpeg(1);
        byte[] second = jpeg(2);
        byte[] body = new CameraBodies.Multipart()
                .part("anpr.xml", "application/xml", ascii("<a/>"), true)
                .part("detectionPicture.jpg", "image/jpeg", first, true)
                .part("licensePlatePicture.jpg", "image/jpeg", second, false)
                .end();

        List<Multipart.Part> parts = Multipart.parse(BOUNDARY, body);

        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).content()).isEqualTo(ascii("<a/>"));
        assertThat(parts.get(1).content()).isEqualTo(first);
        assertThat(parts.get(2).content()).isEqualTo(second);
        assertThat(parts.get(1).name()).isEqualTo("detectionPicture.jpg");
        assertThat(parts.get(1).filename()).isEqualTo("detectionPicture.jpg");
        assertThat(parts.get(1).contentType()).isEqualTo("image/jpeg");
        assertThat(parts.get(1).headers()).containsEntry("content-length", String.valueOf(first.length));
    }

    @Test
    void wrongContentLengthFallsBackToDelimiter() {
        byte[] picture = jpeg(3);
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"p.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\nContent-Length: 5\r\n\r\n";
        byte[] body = concat(ascii(head), picture, ascii("\r\n--" + BOUNDARY + "--\r\n"));

        List<Multipart.Part> parts = Multipart.parse(BOUNDARY, body);

        assertThat(parts.get(0).content()).isEqualTo(picture);
    }

    @Test
    void preambleBeforeFirstDelimiterIsSkipped() {
        byte[] body = concat(ascii("ignored preamble\r\n"), new CameraBodies.Multipart()
                .part("a", "text/plain", ascii("x"), false).end());

        assertThat(Multipart.parse(BOUNDARY, body)).hasSize(1);
    }

    @Test
    void boundaryFromContentType() {
        assertThat(Multipart.boundary("multipart/form-data; boundary=MIME_boundary")).isEqualTo("MIME_boundary");
        assertThat(Multipart.boundary("Multipart/Form-Data;boundary=\"a b;c\"")).isEqualTo("a b;c");
        assertThat(Multipart.boundary("application/xml")).isNull();
        assertThat(Multipart.boundary("multipart/form-data")).isNull();
        assertThat(Multipart.boundary(null)).isNull();
    }

    @Test
    void truncatedBodyIsRejected() {
        byte[] body = new CameraBodies.Multipart().part("p.jpg", "image/jpeg", jpeg(4), false).end();
        byte[] truncated = Arrays.copyOf(body, body.length - 30);

        assertThatThrownBy(() -> Multipart.parse(BOUNDARY, truncated))
                .isInstanceOf(CameraPushException.class)
                .hasMessage("invalid multipart body: part 1 does not end with the boundary;"
                        + " the body is truncated or the boundary is wrong");
    }

    @Test
    void bodyWithoutBoundaryIsRejected() {
        assertThatThrownBy(() -> Multipart.parse("other", ascii("<xml/>")))
                .hasMessage("invalid multipart body: the body does not contain the boundary from Content-Type");
    }

    @Test
    void headersWithoutBlankLineAreRejected() {
        byte[] body = ascii("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\n");

        assertThatThrownBy(() -> Multipart.parse(BOUNDARY, body))
                .hasMessage("invalid multipart body: part 1 has no blank line after its headers");
    }

    private static byte[] concat(byte[]... pieces) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }
}
