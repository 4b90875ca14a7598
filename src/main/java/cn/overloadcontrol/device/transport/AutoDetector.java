package cn.overloadcontrol.device.transport;

import cn.overloadcontrol.device.IndicatorFramer;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorRejection;
import cn.overloadcontrol.device.transport.DetectionReport.Proposal;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the baud rate, character format and protocol of an unknown indicator by listening at
 * each usual setting and decoding the sample with every protocol. A setting is proposed only
 * after {@value #REQUIRED_RUN} consecutive valid frames, because a stray frame can decode by
 * chance from noise at a wrong baud rate.
 */
public final class AutoDetector {

    /** Valid frames in a row needed before a setting is proposed. */
    public static final int REQUIRED_RUN = 3;

    static final String MISWIRING_HINT = "If the indicator is a Yaohua A9, check that the cable is on its"
            + " communication port: the scoreboard port (大屏幕接口) sends a fixed 600-baud binary format"
            + " that no protocol here decodes.";

    private static final Logger log = LoggerFactory.getLogger(AutoDetector.class);

    // NOTE: command mode (yaohua-a9-poll) replies only to a request, so listening cannot detect it.
    private static final List<IndicatorProtocol> LISTENABLE = List.of(IndicatorProtocol.YAOHUA_A9,
            IndicatorProtocol.YAOHUA_REVERSED, IndicatorProtocol.YAOHUA_A12, IndicatorProtocol.TOLEDO,
            IndicatorProtocol.REGEX);

    private final SampleReader reader;
    private final Duration window;

    public AutoDetector(SampleReader reader, Duration window) {
        this.reader = reader;
        this.window = window;
    }

    /** Tries the usual settings in order and stops at the first that yields a proposal. */
    public DetectionReport detect() throws IOException {
        List<DetectionAttempt> attempts = new ArrayList<>();
        for (LineSetting setting : LineSetting.usual()) {
            byte[] sample = reader.read(setting, window);
            Map<String, Integer> runs = new LinkedHashMap<>();
            Optional<Proposal> proposal = decode(setting, sample, runs);
            attempts.add(DetectionAttempt.of(setting, sample, runs));
            log.info("Auto-detect at {}: {} bytes, longest runs of valid frames {}", setting, sample.length, runs);
            if (proposal.isPresent()) {
                return new DetectionReport(proposal, List.copyOf(attempts), proposalSummary(proposal.get()));
            }
        }
        return new DetectionReport(Optional.empty(), List.copyOf(attempts), failureSummary(attempts));
    }

    /** Decodes the sample with every protocol and proposes the one with the longest run, if long enough. */
    private Optional<Proposal> decode(LineSetting setting, byte[] sample, Map<String, Integer> runs) {
        Proposal best = null;
        for (IndicatorProtocol protocol : LISTENABLE) {
            List<IndicatorReading> run = longestRun(protocol, sample);
            runs.put(protocol.id(), run.size());
            if (run.size() >= REQUIRED_RUN && (best == null || run.size() > best.frames().size())) {
                best = new Proposal(setting, protocol, run);
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<IndicatorReading> longestRun(IndicatorProtocol protocol, byte[] sample) {
        List<IndicatorReading> current = new ArrayList<>();
        List<IndicatorReading> longest = new ArrayList<>();
        IndicatorFramer framer = protocol.newFramer(Map.of(), result -> {
            if (result instanceof IndicatorReading reading) {
                current.add(reading);
                if (current.size() > longest.size()) {
                    longest.clear();
                    longest.addAll(current);
                }
            } else if (result instanceof IndicatorRejection) {
                current.clear();
            }
        });
        framer.accept(sample);
        framer.flush();
        return List.copyOf(longest);
    }

    private static String proposalSummary(Proposal proposal) {
        return "Proposed " + proposal.setting() + " with protocol " + proposal.protocol().id() + " after "
                + proposal.frames().size() + " consecutive valid frames.";
    }

    private static String failureSummary(List<DetectionAttempt> attempts) {
        boolean silent = attempts.stream().allMatch(attempt -> attempt.sampleBytes() == 0);
        if (silent) {
            return "No bytes arrived at any setting: check power, cable and the device path. " + MISWIRING_HINT;
        }
        return "Bytes arrived but no protocol gave " + REQUIRED_RUN
                + " consecutive valid frames at any of the usual baud rates and formats. " + MISWIRING_HINT;
    }
}
