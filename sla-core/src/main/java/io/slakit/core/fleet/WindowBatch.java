package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.InputErrors;

import java.time.Instant;
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
        private final FleetPlan plan;
        private final int windowsPerResource;
        private int[] totals;
        private int[] failures;
        private boolean[] seen;

        Builder(Currency currency, FleetPlan plan) {
            this.resources = new ResourceColumns(currency);
            this.plan = plan;
            this.windowsPerResource = plan.windowsPerMonth();
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
            // The field path is built only for an error: this runs once a window.
            if (index < 0 || index >= windowsPerResource) {
                throw InputErrors.windowOutsideMonth(path(current) + ".start", startOf(index), plan.month());
            }
            if (!FleetInput.validWindowCounts(total, failed)) {
                FleetInput.checkWindowCounts(path(current) + ".", total, failed);
            }
            if (seen[index]) {
                throw InputErrors.windowTwice(path(current), startOf(index));
            }
            seen[index] = true;
            int slot = current * windowsPerResource + index;
            totals[slot] = (int) total;
            failures[slot] = (int) failed;
            return this;
        }

        private static String path(int resource) {
            return "resources[" + resource + "].windows";
        }

        /** Window {@code index}'s first instant, for error messages. */
        private Instant startOf(int index) {
            return plan.month().start().plusNanos(index * plan.windowNanos());
        }

        /** The current resource's window starting at {@code start} (aligned to the window length from 00:00 in the contract's zone). */
        public Builder window(Instant start, long total, long failed) {
            int slot = plan.windowSlot(TimeSet.nanos(start));
            if (slot < 0) {
                throw plan.windowError(slot, path(resources.size() - 1) + ".start", start);
            }
            return window(slot, total, failed);
        }

        public WindowBatch build() {
            return new WindowBatch(this);
        }
    }
}
