package dev.dockmentor.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Runs a piece of work and asserts it stayed within a wall-clock budget and an allocation budget (bytes
 * the calling thread allocated, an upper bound on how much heap the work can have needed). The
 * budgets are generous for a loaded 2-core CI machine; docs/hardening.md states them.
 */
final class Bounds {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    record Measured<T>(T value, long millis, long allocatedBytes) {}

    private Bounds() {}

    static <T> Measured<T> within(String what, long maxMillis, long maxAllocatedMb, Supplier<T> work) {
        long tid = Thread.currentThread().getId();
        long a0 = THREADS.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        T v = work.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long bytes = THREADS.getThreadAllocatedBytes(tid) - a0;
        if (Boolean.getBoolean("dockmentor.bounds.print")) {
            System.out.printf("BOUNDS | %s | %d | %d | %d | %d |%n", what, ms, maxMillis, bytes >> 20, maxAllocatedMb);
        }
        assertTrue(ms <= maxMillis, what + " took " + ms + " ms (budget " + maxMillis + " ms)");
        assertTrue(bytes <= maxAllocatedMb << 20, what + " allocated " + (bytes >> 20) + " MB (budget " + maxAllocatedMb + " MB)");
        return new Measured<>(v, ms, bytes);
    }
}
