package io.slakit.core.rules;

import io.slakit.api.spi.WindowKernel;

/**
 * {@link WindowedRate} compiled for a month of equal windows from its first instant: the rule's
 * {@link RateCriterion} and its run rule ({@link #windowsCountedAt}) over dense arrays of counts
 * (internal); immutable and thread-safe.
 */
final class DenseWindowKernel implements WindowKernel {
    private final RateCriterion criterion;
    private final int consecutive;
    private final long windowNanos;
    private final long windowMinutes;
    private final int windowsPerMonth;
    private final long totalMinutes;

    DenseWindowKernel(RateCriterion criterion, int consecutive, long windowNanos, int windowsPerMonth, long totalMinutes) {
        this.criterion = criterion;
        this.consecutive = consecutive;
        this.windowNanos = windowNanos;
        this.windowMinutes = windowNanos / 60_000_000_000L;
        this.windowsPerMonth = windowsPerMonth;
        this.totalMinutes = totalMinutes;
    }

    /**
     * The windows that start counting when a run of bad windows reaches {@code run}: none before the
     * run is {@code consecutive} long, then the whole run at once, then each further window.
     */
    static long windowsCountedAt(long run, int consecutive) {
        return run == consecutive ? consecutive : run > consecutive ? 1 : 0;
    }

    @Override
    public long totalMinutes() {
        return totalMinutes;
    }

    @Override
    public long windowNanos() {
        return windowNanos;
    }

    @Override
    public int windowsPerMonth() {
        return windowsPerMonth;
    }

    @Override
    public long countedMinutes(int[] totals, int[] failures, int first) {
        long counted = 0;
        int run = 0;
        final int c = consecutive;
        for (int i = first, end = first + windowsPerMonth; i < end; i++) {
            if (criterion.isBad(totals[i], failures[i])) {
                run++;
                counted += windowsCountedAt(run, c);
            } else {
                run = 0;
            }
        }
        return counted * windowMinutes;
    }
}
