package cn.overloadcontrol.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Plates that no other test uses, so queue and history assertions see only their own records. */
public final class Plates {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    private Plates() {
    }

    /** A valid blue-plate number 晋K plus five digits, different on each call of this run. */
    public static String unique() {
        return "晋K" + String.format("%05d", 10_000 + SEQUENCE.incrementAndGet() % 90_000);
    }
}
