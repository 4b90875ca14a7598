package cn.overloadcontrol.agent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Raw frames of bounded number: the first {@code headCapacity} frames of a passage and the
 * latest {@code tailCapacity}, because the approach and the end of a passage matter for audit
 * and the middle of a long stand-still repeats itself.
 */
final class FrameBuffer {

    private final int headCapacity;
    private final int tailCapacity;
    private final List<RawFrame> head = new ArrayList<>();
    private final Deque<RawFrame> tail = new ArrayDeque<>();

    FrameBuffer(int headCapacity, int tailCapacity) {
        if (headCapacity < 0 || tailCapacity < 1) {
            throw new IllegalArgumentException("frame capacities " + headCapacity + "/" + tailCapacity
                    + " are invalid: expected a head of 0 or more and a tail of 1 or more");
        }
        this.headCapacity = headCapacity;
        this.tailCapacity = tailCapacity;
    }

    void add(RawFrame frame) {
        if (head.size() < headCapacity) {
            head.add(frame);
            return;
        }
        if (tail.size() == tailCapacity) {
            tail.pollFirst();
        }
        tail.addLast(frame);
    }

    List<RawFrame> snapshot() {
        List<RawFrame> copy = new ArrayList<>(head.size() + tail.size());
        copy.addAll(head);
        copy.addAll(tail);
        return copy;
    }
}
