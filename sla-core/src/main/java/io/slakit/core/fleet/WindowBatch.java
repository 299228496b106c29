package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.core.interval.TimeSet;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;

/**
 * A fleet's window counts in columns, dense: resource {@code r}'s window {@code k} (the month's
 * k-th window from its first instant) is slot {@code r x windowsPerResource + k}. A window with no
 * sample holds 0 requests, which is never bad and breaks a run, as a missing sample does. Counts
 * are ints (8 bytes a window); a window with more than 2,147,483,647 requests is rejected.
 * Made by {@link FleetPlan#windowBatch}.
 */
public final class WindowBatch {
    private final Currency currency;
    private final String[] ids;
    private final long[] feeMinor;
    private final int windowsPerResource;
    private final int[] totals;
    private final int[] failures;

    private WindowBatch(Builder b) {
        this.currency = b.resources.currency();
        this.ids = b.resources.ids();
        this.feeMinor = b.resources.feesMinor();
        this.windowsPerResource = b.windowsPerResource;
        long slots = (long) ids.length * b.windowsPerResource;
        this.totals = b.totals.length == slots ? b.totals : Arrays.copyOf(b.totals, (int) slots);
        this.failures = b.failures.length == slots ? b.failures : Arrays.copyOf(b.failures, (int) slots);
    }

    public int size() {
        return ids.length;
    }

    public int windowsPerResource() {
        return windowsPerResource;
    }

    public long windowCount() {
        return (long) ids.length * windowsPerResource;
    }

    public Currency currency() {
        return currency;
    }

    long feeMinor(int resource) {
        return feeMinor[resource];
    }

    String[] ids() {
        return ids;
    }

    long[] feesMinor() {
        return feeMinor;
    }

    int[] totals() {
        return totals;
    }

    int[] failures() {
        return failures;
    }

    /** Appends resources and their windows; windows belong to the resource added last. */
    public static final class Builder {
        private final ResourceColumns resources;
        private final long monthStart;
        private final long windowNanos;
        private final int windowsPerResource;
        private final ZoneId zone;
        private int[] totals;
        private int[] failures;
        private boolean[] seen;

        Builder(Currency currency, long monthStart, long windowNanos, int windowsPerResource, ZoneId zone) {
            this.resources = new ResourceColumns(currency);
            this.monthStart = monthStart;
            this.windowNanos = windowNanos;
            this.windowsPerResource = windowsPerResource;
            this.zone = zone;
            this.totals = new int[windowsPerResource * 4];
            this.failures = new int[windowsPerResource * 4];
            this.seen = new boolean[windowsPerResource];
        }

        public Builder resource(String id, Money fee) {
            long slots = (long) (resources.size() + 1) * windowsPerResource;
            if (slots > Integer.MAX_VALUE - 8) {
                throw new InvalidInputException("resources", resources.size() + 1, "exceed what one window batch holds ("
                        + (Integer.MAX_VALUE / windowsPerResource) + " resources); split the fleet into batches");
            }
            resources.add(id, fee);
            if (slots > totals.length) {
                int size = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(slots, totals.length * 2L));
                totals = Arrays.copyOf(totals, size);
                failures = Arrays.copyOf(failures, size);
            }
            Arrays.fill(seen, false);
            return this;
        }

        /** The current resource's window {@code index} (0 = the month's first window). */
        public Builder window(int index, long total, long failed) {
            int current = resources.size() - 1;
            if (current < 0) {
                throw new IllegalStateException("add a resource before its windows");
            }
            String path = "resources[" + current + "].windows";
            if (index < 0 || index >= windowsPerResource) {
                throw new InvalidInputException(path + ".start", TimeSet.instant(monthStart + index * windowNanos),
                        "is outside the service month (window " + index + " of " + windowsPerResource + ")");
            }
            if (total < 0 || total > Integer.MAX_VALUE) {
                throw new InvalidInputException(path + ".total", total, total < 0 ? "is negative" : "exceeds 2,147,483,647 requests in a window");
            }
            if (failed < 0 || failed > total) {
                throw new InvalidInputException(path + ".failed", failed, failed < 0 ? "is negative" : "is greater than total \"" + total + "\"");
            }
            if (seen[index]) {
                throw new InvalidInputException(path, TimeSet.instant(monthStart + index * windowNanos), "appears twice: one sample per window");
            }
            seen[index] = true;
            int slot = current * windowsPerResource + index;
            totals[slot] = (int) total;
            failures[slot] = (int) failed;
            return this;
        }

        /** The current resource's window starting at {@code start} (aligned to the window length from 00:00 in the contract's zone). */
        public Builder window(Instant start, long total, long failed) {
            long offset = TimeSet.nanos(start) - monthStart;
            if (Math.floorMod(offset, windowNanos) != 0) {
                throw new InvalidInputException("resources[" + (resources.size() - 1) + "].windows.start", start,
                        "is not aligned to a " + (windowNanos / 60_000_000_000L) + "-minute window starting at 00:00:00 " + zone);
            }
            long index = Math.floorDiv(offset, windowNanos);
            if (index < 0 || index >= windowsPerResource) {
                throw new InvalidInputException("resources[" + (resources.size() - 1) + "].windows.start", start, "is outside the service month");
            }
            return window((int) index, total, failed);
        }

        public WindowBatch build() {
            return new WindowBatch(this);
        }
    }
}
