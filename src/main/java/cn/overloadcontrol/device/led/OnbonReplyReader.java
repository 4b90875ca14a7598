package cn.overloadcontrol.device.led;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts one reply frame out of a TCP stream: skips bytes before the first A5, then collects up to
 * and including 5A. The escaping guarantees that 5A appears nowhere else in a frame.
 */
final class OnbonReplyReader {

    /** Longer than any reply; a stream that exceeds it is not an Onbon card. */
    private static final int MAX_FRAME = 1024;

    private OnbonReplyReader() {
    }

    /**
     * Reads one frame. The socket's read timeout bounds each wait.
     *
     * @throws java.net.SocketTimeoutException when the card stays silent
     * @throws IOException when the connection closes or the frame exceeds {@value #MAX_FRAME} bytes
     */
    static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(64);
        int b = next(in);
        for (int skipped = 0; b != OnbonFrames.PREAMBLE; skipped++) {
            if (skipped > MAX_FRAME) {
                throw new IOException("more than " + MAX_FRAME + " bytes without a reply preamble A5");
            }
            b = next(in);
        }
        while (b != OnbonFrames.END) {
            frame.write(b);
            if (frame.size() > MAX_FRAME) {
                throw new IOException("reply longer than " + MAX_FRAME + " bytes without end byte 5A");
            }
            b = next(in);
        }
        frame.write(b);
        return frame.toByteArray();
    }

    private static int next(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new IOException("the card closed the connection before a complete reply");
        }
        return b;
    }
}
