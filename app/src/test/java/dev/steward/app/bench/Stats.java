package dev.steward.app.bench;

import java.util.Arrays;
import java.util.Locale;

/** Order statistics of a sample of durations in nanoseconds, printed in milliseconds. */
record Stats(long[] nanos) {

    static Stats of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    double minMs() {
        return nanos[0] / 1e6;
    }

    double maxMs() {
        return nanos[nanos.length - 1] / 1e6;
    }

    double percentileMs(double p) {
        int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms, min %.2f ms, max %.2f ms (n=%d)",
                medianMs(), p95Ms(), minMs(), maxMs(), nanos.length);
    }
}
