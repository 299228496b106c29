package io.slakit.core.rules;

import io.slakit.api.spi.MinuteKernel;
import io.slakit.core.interval.TimeSet;

import java.util.Objects;

/**
 * {@link IncidentMinutes} per resource in whole minutes, compiled for a month: each outage the
 * {@link Threshold} does not ignore counts its {@link Rounding#wholeMinutes whole minutes}. The rule's
 * {@code measure} and the fleet path both count with it (internal); immutable and thread-safe.
 */
final class WholeMinuteKernel implements MinuteKernel {
    private final Threshold threshold;
    private final Rounding rounding;
    private final long totalMinutes;

    WholeMinuteKernel(Threshold threshold, Rounding rounding, long totalMinutes) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        if (rounding == Rounding.EXACT) {
            throw new IllegalArgumentException("exact durations are not whole minutes");
        }
        this.totalMinutes = totalMinutes;
    }

    /** The minutes one outage of {@code nanos} counts: 0 when the threshold ignores it. */
    static long outageMinutes(long nanos, Threshold threshold, Rounding rounding) {
        return threshold.ignores(nanos) ? 0 : rounding.wholeMinutes(nanos);
    }

    @Override
    public long totalMinutes() {
        return totalMinutes;
    }

    @Override
    public long countedMinutes(long[] starts, long[] ends, int count) {
        long minutes = 0;
        for (int i = 0; i < count; i++) {
            minutes += outageMinutes(ends[i] - starts[i], threshold, rounding);
        }
        return minutes;
    }

    /** As {@link #countedMinutes(long[], long[], int)}, for the outages of a set (every whole-minute rule counts so). */
    static long countedMinutes(TimeSet outages, Threshold threshold, Rounding rounding) {
        long minutes = 0;
        for (int i = 0; i < outages.size(); i++) {
            minutes += outageMinutes(outages.end(i) - outages.start(i), threshold, rounding);
        }
        return minutes;
    }
}
