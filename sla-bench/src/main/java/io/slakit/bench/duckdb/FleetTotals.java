package io.slakit.bench.duckdb;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fleet's totals for one metric and month, as both slakit and DuckDB compute them: the resources
 * evaluated, the unavailable minutes counted (summed over resources, each capped at the month), the
 * resources that missed the commitment, how many fell in each credit tier (index 0 is the top tier,
 * the smallest percent: CVM 10 %, 25 %, 100 %; CDN 10 %, 25 %, 50 %) and the total credit (each
 * resource's credit rounded half-up to cents before summing).
 *
 * <p>{@link #equals} compares the tier counts element by element and the credit by value
 * ({@code 12.3} equals {@code 12.30}), so the benchmark can check that both engines agree.
 */
public record FleetTotals(long resources, long unavailableMinutes, long breached, long[] resourcesPerTier, BigDecimal totalCredit) {

    public FleetTotals {
        Objects.requireNonNull(resourcesPerTier, "resourcesPerTier");
        Objects.requireNonNull(totalCredit, "totalCredit");
        resourcesPerTier = resourcesPerTier.clone();
    }

    /** A copy: the record stays immutable. */
    @Override
    public long[] resourcesPerTier() {
        return resourcesPerTier.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FleetTotals t
                && resources == t.resources
                && unavailableMinutes == t.unavailableMinutes
                && breached == t.breached
                && Arrays.equals(resourcesPerTier, t.resourcesPerTier)
                && totalCredit.compareTo(t.totalCredit) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(resources, unavailableMinutes, breached, Arrays.hashCode(resourcesPerTier),
                totalCredit.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "FleetTotals[resources=" + resources + ", unavailableMinutes=" + unavailableMinutes + ", breached=" + breached
                + ", resourcesPerTier=" + Arrays.toString(resourcesPerTier) + ", totalCredit=" + totalCredit.toPlainString() + "]";
    }
}
