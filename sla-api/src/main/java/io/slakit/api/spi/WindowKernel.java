package io.slakit.api.spi;

/**
 * A rule that counts downtime from request counts in fixed windows, compiled for a month whose
 * windows all have the same length from its first instant (a zone with no offset change in the
 * month): window {@code k} starts {@code k x windowNanos()} after the month's start.
 *
 * <p><b>Internal:</b> see {@link MetricKernel}.
 */
public non-sealed interface WindowKernel extends MetricKernel {

    /** The window length in nanoseconds. */
    long windowNanos();

    /** The month's windows: 8,928 five-minute windows in 31 days. */
    int windowsPerMonth();

    /**
     * The downtime minutes counted for one resource's dense windows {@code [first, first +
     * windowsPerMonth())}: {@code totals[i]} requests of which {@code failures[i]} failed, 0 requests
     * where no sample was given (never bad, and it breaks a run of bad windows).
     */
    long countedMinutes(int[] totals, int[] failures, int first);
}
