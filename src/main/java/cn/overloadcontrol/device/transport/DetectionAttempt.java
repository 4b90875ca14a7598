package cn.overloadcontrol.device.transport;

import cn.overloadcontrol.device.HexBytes;
import java.util.Arrays;
import java.util.Map;

/**
 * Result of listening at one line setting.
 *
 * @param setting     the baud rate and character format tried
 * @param sampleBytes how many bytes arrived in the window
 * @param sampleHead  the first bytes as hex, for the installer to compare with the manual
 * @param longestRuns per protocol id, the longest run of consecutive valid frames
 */
public record DetectionAttempt(LineSetting setting, int sampleBytes, String sampleHead,
                               Map<String, Integer> longestRuns) {

    private static final int HEAD_BYTES = 32;

    static DetectionAttempt of(LineSetting setting, byte[] sample, Map<String, Integer> longestRuns) {
        byte[] head = Arrays.copyOf(sample, Math.min(sample.length, HEAD_BYTES));
        return new DetectionAttempt(setting, sample.length, HexBytes.format(head), Map.copyOf(longestRuns));
    }
}
