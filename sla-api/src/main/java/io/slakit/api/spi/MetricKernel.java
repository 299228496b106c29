package io.slakit.api.spi;

/**
 * A metric rule compiled for one service month into arithmetic on primitive arrays: what
 * {@link Measurement#compile} returns when the rule can be evaluated that way. The rule's own
 * {@code measure} uses the same kernel whenever its input allows, so the rule's arithmetic
 * (threshold, rounding, window criterion, runs of bad windows) is written once.
 *
 * <p><b>Internal:</b> for slakit's fleet path; not a stable API, and it may change in any release.
 * Implementations are immutable and thread-safe.
 */
public sealed interface MetricKernel permits MinuteKernel, WindowKernel {

    /** The service month's minutes: the most downtime the month can count. */
    long totalMinutes();
}
