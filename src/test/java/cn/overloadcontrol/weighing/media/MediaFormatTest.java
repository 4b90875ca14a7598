package cn.overloadcontrol.weighing.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The format of an upload is decided by its first bytes, whatever the file is called. */
class MediaFormatTest {

    @Test
    void recognisesJpegPngAndMp4() {
        assertThat(MediaFormat.detect(MediaSamples.jpeg())).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.detect(MediaSamples.png())).contains(MediaFormat.PNG);
        assertThat(MediaFormat.detect(MediaSamples.mp4())).contains(MediaFormat.MP4);
    }

    @Test
    void rejectsTextGifAndTruncatedJpeg() {
        assertThat(MediaFormat.detect(MediaSamples.text())).isEmpty();
        assertThat(MediaFormat.detect(MediaSamples.gif())).isEmpty();
        assertThat(MediaFormat.detect(MediaSamples.truncatedJpeg())).isEmpty();
        assertThat(MediaFormat.detect(new byte[0])).isEmpty();
    }

    @Test
    void rejectsFtypBoxLargerThanTheFile() {
        byte[] mp4 = MediaSamples.mp4();
        mp4[3] = (byte) 0xF0;
        assertThat(MediaFormat.detect(mp4)).isEmpty();
    }

    @Test
    void contentTypesFollowTheFormat() {
        assertThat(MediaFormat.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(MediaFormat.PNG.contentType()).isEqualTo("image/png");
        assertThat(MediaFormat.MP4.contentType()).isEqualTo("video/mp4");
    }
}
