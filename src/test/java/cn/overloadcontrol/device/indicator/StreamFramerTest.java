package cn.overloadcontrol.device.indicator;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.RejectionReason;
import cn.overloadcontrol.device.indicator.FrameGenerator.Expected;
import cn.overloadcontrol.device.indicator.FrameGenerator.Frame;

import static cn.overloadcontrol.device.indicator.Capture.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamFramerTest {

    private static final String A9_20_00 = "02 2B 30 30 32 30 30 30 32 31 42 03";
    private static final String A9_1560 = "02 2B 30 30 31 35 36 30 30 31 39 03";
    private static final long SEED = 20_261_204L;

    @Test
    void frameFedOneByteAtATime() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9);
        byte[] frame = hex(A9_20_00);

        for (int i = 0; i < frame.length - 1; i++) {
            capture.framer.accept(frame, i, 1);
            assertThat(capture.results).isEmpty();
        }
        capture.framer.accept(frame, frame.length - 1, 1);

        assertThat(capture.onlyReading().weight().toPlainString()).isEqualTo("20.00");
        assertThat(capture.framer.bufferedBytes()).isZero();
    }

    @Test
    void severalFramesInOneChunk() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9).feedHex(A9_20_00 + A9_1560 + A9_20_00);

        assertThat(capture.readings()).extracting(reading -> reading.weight().toPlainString())
                .containsExactly("20.00", "1560", "20.00");
    }

    @Test
    void noiseBeforeFrameReportedInOrder() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9).feedHex("FF 00 41 " + A9_1560);

        assertThat(capture.results).hasSize(2);
        assertThat(capture.rejections().get(0).reason()).isEqualTo(RejectionReason.NOISE);
        assertThat(capture.rejections().get(0).rawHex()).isEqualTo("FF 00 41");
        assertThat(capture.results.get(1)).isInstanceOf(IndicatorReading.class);
    }

    @Test
    void partialFrameResynchronizesOnNextStart() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9).feedHex("02 2B 30 30 31 " + A9_1560);

        assertThat(capture.rejections()).hasSize(1);
        assertThat(capture.rejections().get(0).reason()).isEqualTo(RejectionReason.MALFORMED);
        assertThat(capture.rejections().get(0).rawHex()).isEqualTo("02 2B 30 30 31");
        assertThat(capture.readings()).extracting(reading -> reading.weight().toPlainString()).containsExactly("1560");
    }

    @Test
    void longNoiseSplitIntoBoundedRuns() {
        byte[] noise = new byte[200];
        Arrays.fill(noise, (byte) 0x55);

        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9).feed(noise).flush();

        assertThat(capture.rejections()).extracting(rejection -> rejection.raw().length).containsExactly(64, 64, 64, 8);
        assertThat(capture.rejectionCodes()).containsOnly("noise");
    }

    @Test
    void flushReportsUnfinishedFrame() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9).feedHex("02 2B 30 30");

        assertThat(capture.results).isEmpty();
        assertThat(capture.framer.bufferedBytes()).isEqualTo(4);
        capture.flush();

        assertThat(capture.onlyRejection().reason()).isEqualTo(RejectionReason.INCOMPLETE);
        assertThat(capture.framer.bufferedBytes()).isZero();
    }

    @Test
    void countersPerOutcome() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9)
                .feedHex(A9_20_00 + "FF FF" + "02 2B 30 30 32 30 30 30 32 31 41 03" + A9_1560 + "02 2B").flush();

        FramerCounters counters = capture.framer.counters();
        assertThat(counters.readings()).isEqualTo(2);
        assertThat(counters.rejections(RejectionReason.BAD_CHECKSUM)).isEqualTo(1);
        assertThat(counters.rejections(RejectionReason.NOISE)).isEqualTo(1);
        assertThat(counters.rejections(RejectionReason.INCOMPLETE)).isEqualTo(1);
        assertThat(counters.rejections(RejectionReason.MALFORMED)).isZero();
        assertThat(counters.noiseBytes()).isEqualTo(2);
        assertThat(counters.droppedBytes()).isZero();
    }

    @Test
    void overlongLineDroppedAndCounted() {
        Capture capture = Capture.withCapacity(IndicatorProtocol.REGEX, 64);
        byte[] line = new byte[100];
        Arrays.fill(line, (byte) 'x');

        capture.feed(line).feedAscii("\r\nST,GS,+0012.345kg\r\n");

        assertThat(capture.rejectionCodes()).containsExactly("buffer_overflow", "malformed");
        assertThat(capture.rejections().get(0).raw()).hasSize(64);
        assertThat(capture.readings()).hasSize(1);
        assertThat(capture.framer.counters().droppedBytes()).isEqualTo(64);
        assertThat(capture.framer.counters().rejections(RejectionReason.BUFFER_OVERFLOW)).isEqualTo(1);
    }

    @Test
    void capacityBelowMinimumRejected() {
        assertThatThrownBy(() -> Capture.withCapacity(IndicatorProtocol.TOLEDO, 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("framer capacity 16 is below the minimum 64");
    }

    /** One row of the chunking test: a protocol, its options, a frame source and the noise bytes. */
    record StreamCase(String name, IndicatorProtocol protocol, String[] options, Function<Random, Frame> frames,
                      byte[] noiseAlphabet) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> streamCases() {
        byte[] anyByte = alphabet(0x00, 0xFF);
        // Protocols without a checksum cannot tell noise made of digits from a frame, so their
        // noise is control and high bytes only, and never CR, LF or the '=' start.
        byte[] quiet = without(concatRanges(alphabet(0x00, 0x1F), alphabet(0x80, 0xFF)), 0x0A, 0x0D);
        // Toledo masks bit 7, so its quiet noise must avoid STX and CR in the low 7 bits.
        byte[] toledoQuiet = without(alphabet(0x00, 0x1F), 0x02, 0x0A, 0x0D);
        return Stream.of(
                new StreamCase("yaohua-a9", IndicatorProtocol.YAOHUA_A9, new String[0],
                        FrameGenerator::yaohuaA9, anyByte),
                new StreamCase("yaohua-a9-poll", IndicatorProtocol.YAOHUA_A9_POLL, new String[0],
                        FrameGenerator::yaohuaPoll, anyByte),
                new StreamCase("yaohua-reversed format 1", IndicatorProtocol.YAOHUA_REVERSED, new String[0],
                        random -> FrameGenerator.yaohuaReversed(random, true), quiet),
                new StreamCase("yaohua-reversed format 2", IndicatorProtocol.YAOHUA_REVERSED,
                        new String[] {"reversed-format=2"},
                        random -> FrameGenerator.yaohuaReversed(random, false), quiet),
                new StreamCase("yaohua-a12", IndicatorProtocol.YAOHUA_A12, new String[0],
                        FrameGenerator::yaohuaA12, quiet),
                new StreamCase("toledo checksum on", IndicatorProtocol.TOLEDO, new String[] {"checksum=on"},
                        random -> FrameGenerator.toledo(random, true), anyByte),
                new StreamCase("toledo checksum off", IndicatorProtocol.TOLEDO, new String[] {"checksum=off"},
                        random -> FrameGenerator.toledo(random, false), toledoQuiet),
                new StreamCase("regex", IndicatorProtocol.REGEX, new String[0],
                        FrameGenerator::regexLine, quiet))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamCases")
    void noisyStreamSplitAnywhereYieldsEveryFrame(StreamCase streamCase) {
        Random random = new Random(SEED);
        List<Expected> expected = new ArrayList<>();
        byte[] stream = noisyStream(streamCase, random, 300, expected);

        for (ChunkPlan plan : ChunkPlan.values()) {
            Capture capture = Capture.of(streamCase.protocol(), streamCase.options());
            feedInChunks(capture, stream, plan, new Random(SEED + plan.ordinal()));
            capture.flush();

            List<Expected> decoded = capture.readings().stream()
                    .map(reading -> new Expected(reading.weight(), reading.stable(), reading.kind())).toList();
            assertThat(decoded).as("readings with %s chunks", plan).containsExactlyElementsOf(expected);
            assertThat(capture.framer.counters().readings()).isEqualTo(expected.size());
            assertThat(capture.rejectionCodes()).as("rejections with %s chunks", plan)
                    .isSubsetOf("noise", "malformed", "bad_digits", "bad_checksum");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamCases")
    void endlessGarbageKeepsBufferBounded(StreamCase streamCase) {
        Random random = new Random(SEED);
        Capture capture = Capture.withCapacity(streamCase.protocol(), 128, streamCase.options());
        byte[] garbage = new byte[1 << 20];
        random.nextBytes(garbage);

        int position = 0;
        while (position < garbage.length) {
            int size = Math.min(1 + random.nextInt(300), garbage.length - position);
            capture.framer.accept(garbage, position, size);
            position += size;
            assertThat(capture.framer.bufferedBytes()).isLessThanOrEqualTo(128 + StreamFramer.NOISE_RUN_LIMIT);
            capture.results.clear();
        }

        FramerCounters counters = capture.framer.counters();
        assertThat(counters.readings()).isZero();
        assertThat(counters.noiseBytes() + counters.droppedBytes()).isPositive();
    }

    @Test
    void garbageWithoutLineFeedOverflowsLineBuffer() {
        Capture capture = Capture.withCapacity(IndicatorProtocol.REGEX, 128);
        byte[] garbage = new byte[10_000];
        Arrays.fill(garbage, (byte) '7');

        capture.feed(garbage);

        assertThat(capture.framer.bufferedBytes()).isLessThan(128);
        assertThat(capture.framer.counters().droppedBytes()).isEqualTo(10_000 / 128 * 128);
        assertThat(capture.rejectionCodes()).hasSize(10_000 / 128).containsOnly("buffer_overflow");
    }

    /** How the stream is cut into reads. */
    enum ChunkPlan {
        ONE_BYTE,
        WHOLE_STREAM,
        /** Sizes from 1 to 80 bytes: single bytes, frame fragments and chunks holding several frames. */
        RANDOM
    }

    private static void feedInChunks(Capture capture, byte[] stream, ChunkPlan plan, Random random) {
        int position = 0;
        boolean sawSingleByte = false;
        boolean sawLargeChunk = false;
        while (position < stream.length) {
            int size = switch (plan) {
                case ONE_BYTE -> 1;
                case WHOLE_STREAM -> stream.length;
                case RANDOM -> random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(80);
            };
            size = Math.min(size, stream.length - position);
            sawSingleByte |= size == 1;
            sawLargeChunk |= size >= 40;
            capture.framer.accept(stream, position, size);
            position += size;
        }
        if (plan == ChunkPlan.RANDOM) {
            assertThat(sawSingleByte).as("random plan used one-byte chunks").isTrue();
            assertThat(sawLargeChunk).as("random plan used chunks of several frames").isTrue();
        }
    }

    /**
     * Builds {@code count} valid frames, each preceded at random by noise, by a frame cut short,
     * or by both.
     */
    private static byte[] noisyStream(StreamCase streamCase, Random random, int count, List<Expected> expected) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(3) == 0) {
                byte[] partial = streamCase.frames().apply(random).bytes();
                // Stop at least two bytes short, so the remains never form a frame of another shape.
                stream.write(partial, 0, 1 + random.nextInt(partial.length - 2));
            }
            if (random.nextInt(3) == 0) {
                for (int n = 1 + random.nextInt(20); n > 0; n--) {
                    stream.write(streamCase.noiseAlphabet()[random.nextInt(streamCase.noiseAlphabet().length)]);
                }
            }
            Frame frame = streamCase.frames().apply(random);
            stream.writeBytes(frame.bytes());
            expected.add(frame.expected());
        }
        return stream.toByteArray();
    }

    private static byte[] alphabet(int from, int to) {
        byte[] bytes = new byte[to - from + 1];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    private static byte[] concatRanges(byte[] first, byte[] second) {
        return FrameGenerator.concat(first, second);
    }

    private static byte[] without(byte[] bytes, int... excluded) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (Arrays.stream(excluded).noneMatch(value -> (byte) value == b)) {
                kept.write(b);
            }
        }
        return kept.toByteArray();
    }
}
