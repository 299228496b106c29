package io.slakit.api.spi;

/**
 * A rule that counts whole downtime minutes from one resource's outages, compiled for a month
 * (incident minutes with a threshold and a whole-minute rounding). It counts a resource of one
 * unit whose incidents name no scope, the only shape the fleet path gives it: for that shape a
 * rule summing scopes over units (a fleet-wide rule) counts as a per-resource rule does.
 *
 * <p><b>Internal:</b> see {@link MetricKernel}.
 */
public non-sealed interface MinuteKernel extends MetricKernel {

    /**
     * The whole minutes counted for the outages {@code [starts[i], ends[i])}, {@code i < count}: epoch
     * nanoseconds, already clipped to the month, merged and with excluded time removed, so disjoint.
     * The sum is not capped at {@link #totalMinutes()}: rounding many short outages up can pass it.
     */
    long countedMinutes(long[] starts, long[] ends, int count);
}
