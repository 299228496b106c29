package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.InputErrors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fleet's resources and their incidents in columns: resource {@code r} owns incidents
 * {@code [offsets[r], offsets[r + 1])}; times are epoch nanoseconds; {@code clauses[i]} is -1 for
 * the provider's outage or the index of its exclusion code in {@link #codes()}. Built once and
 * read by {@link FleetPlan#evaluate(IncidentBatch)}; about 20 bytes an incident.
 */
public final class IncidentBatch {
    private final Currency currency;
    private final String[] ids;
    private final long[] feeMinor;
    private final int[] offsets;
    private final long[] starts;
    private final long[] ends;
    private final int[] clauses;
    private final List<String> codes;

    private IncidentBatch(Builder b) {
        this.currency = b.resources.currency();
        this.ids = b.resources.ids();
        this.feeMinor = b.resources.feesMinor();
        this.offsets = Arrays.copyOf(b.offsets, b.resources.size() + 1);
        this.offsets[b.resources.size()] = b.incidents;
        this.starts = Arrays.copyOf(b.starts, b.incidents);
        this.ends = Arrays.copyOf(b.ends, b.incidents);
        this.clauses = Arrays.copyOf(b.clauses, b.incidents);
        this.codes = List.copyOf(b.codes);
    }

    public static Builder builder(Currency currency) {
        return new Builder(Objects.requireNonNull(currency, "currency"));
    }

    public int size() {
        return ids.length;
    }

    public int incidentCount() {
        return starts.length;
    }

    public Currency currency() {
        return currency;
    }

    public List<String> codes() {
        return codes;
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

    int[] offsets() {
        return offsets;
    }

    long[] starts() {
        return starts;
    }

    long[] ends() {
        return ends;
    }

    int[] clauses() {
        return clauses;
    }

    /** Appends resources and their incidents; incidents belong to the resource added last. */
    public static final class Builder {
        private final ResourceColumns resources;
        private int[] offsets = new int[17];
        private long[] starts = new long[64];
        private long[] ends = new long[64];
        private int[] clauses = new int[64];
        private int incidents;
        private final List<String> codes = new ArrayList<>();
        private final Map<String, Integer> codeIndex = new HashMap<>();

        private Builder(Currency currency) {
            this.resources = new ResourceColumns(currency);
        }

        /** Starts resource {@code id}; the fee must be in whole minor units of the batch's currency. */
        public Builder resource(String id, Money fee) {
            int index = resources.add(id, fee);
            if (index + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[index] = incidents;
            return this;
        }

        /** The provider's outage {@code [start, end)} of the current resource, in epoch nanoseconds. */
        public Builder incident(long startNanos, long endNanos) {
            return add(startNanos, endNanos, -1);
        }

        public Builder incident(Instant start, Instant end) {
            return incident(TimeSet.nanos(start), TimeSet.nanos(end));
        }

        /** Time {@code [start, end)} excluded by clause {@code code}. */
        public Builder excluded(long startNanos, long endNanos, String code) {
            InvalidInputException.require(code, "exclusion");
            Integer index = codeIndex.get(code);
            if (index == null) {
                index = codes.size();
                codes.add(code);
                codeIndex.put(code, index);
            }
            return add(startNanos, endNanos, index);
        }

        public Builder excluded(Instant start, Instant end, String code) {
            return excluded(TimeSet.nanos(start), TimeSet.nanos(end), code);
        }

        private Builder add(long start, long end, int clause) {
            int current = resources.size() - 1;
            if (current < 0) {
                throw new IllegalStateException("add a resource before its incidents");
            }
            if (end <= start) {
                throw InputErrors.incidentEndNotAfterStart("resources[" + current + "].incidents[" + (incidents - offsets[current]) + "].end",
                        TimeSet.instant(end), TimeSet.instant(start), end == start);
            }
            if (incidents == starts.length) {
                starts = Arrays.copyOf(starts, incidents * 2);
                ends = Arrays.copyOf(ends, incidents * 2);
                clauses = Arrays.copyOf(clauses, incidents * 2);
            }
            starts[incidents] = start;
            ends[incidents] = end;
            clauses[incidents++] = clause;
            return this;
        }

        public IncidentBatch build() {
            return new IncidentBatch(this);
        }
    }
}
