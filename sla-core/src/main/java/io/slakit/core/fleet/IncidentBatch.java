package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.core.interval.TimeSet;

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
        this.currency = b.currency;
        this.ids = Arrays.copyOf(b.ids, b.resources);
        this.feeMinor = Arrays.copyOf(b.feeMinor, b.resources);
        this.offsets = Arrays.copyOf(b.offsets, b.resources + 1);
        this.offsets[b.resources] = b.incidents;
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
        private final Currency currency;
        private String[] ids = new String[16];
        private long[] feeMinor = new long[16];
        private int[] offsets = new int[17];
        private int resources;
        private long[] starts = new long[64];
        private long[] ends = new long[64];
        private int[] clauses = new int[64];
        private int incidents;
        private final List<String> codes = new ArrayList<>();
        private final Map<String, Integer> codeIndex = new HashMap<>();

        private Builder(Currency currency) {
            this.currency = currency;
        }

        /** Starts resource {@code id}; the fee must be in whole minor units of the batch's currency. */
        public Builder resource(String id, Money fee) {
            InvalidInputException.require(id, "id");
            InvalidInputException.require(fee, "fee");
            long minor;
            try {
                minor = Fees.minorUnits(fee, currency);
            } catch (InvalidInputException e) {
                throw e.under("resources[" + resources + "]");
            }
            if (resources == ids.length) {
                ids = Arrays.copyOf(ids, resources * 2);
                feeMinor = Arrays.copyOf(feeMinor, resources * 2);
                offsets = Arrays.copyOf(offsets, resources * 2 + 1);
            }
            ids[resources] = id;
            feeMinor[resources] = minor;
            offsets[resources++] = incidents;
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
            if (resources == 0) {
                throw new IllegalStateException("add a resource before its incidents");
            }
            if (end <= start) {
                throw new InvalidInputException("resources[" + (resources - 1) + "].incidents[" + (incidents - offsets[resources - 1]) + "].end",
                        TimeSet.instant(end), end == start ? "equals start; an incident must last" : "is before start \"" + TimeSet.instant(start) + "\"");
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
