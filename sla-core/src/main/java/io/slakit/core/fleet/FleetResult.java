package io.slakit.core.fleet;

import io.slakit.api.Availability;
import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditKernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * A fleet's decisions in columns: per resource the counted downtime minutes, the tier and the
 * credit in minor units. The exact availability, the tier's band and the credit as {@link Money}
 * are built when read, for output.
 */
public final class FleetResult {
    private final FleetPlan plan;
    private final Currency currency;
    private final String[] ids;
    private final long[] feeMinor;
    private final long[] downMinutes;
    private final byte[] tiers;
    private final long[] creditMinor;

    private FleetResult(FleetPlan plan, Currency currency, String[] ids, long[] feeMinor, long[] downMinutes, byte[] tiers, long[] creditMinor) {
        this.plan = plan;
        this.currency = currency;
        this.ids = ids;
        this.feeMinor = feeMinor;
        this.downMinutes = downMinutes;
        this.tiers = tiers;
        this.creditMinor = creditMinor;
    }

    /** Decides resource after resource: the tier from the plan's credit table, the capped credit. */
    static final class Builder {
        private final FleetPlan plan;
        private final CreditKernel table;
        private final long[] down;
        private final byte[] tiers;
        private final long[] credits;

        Builder(FleetPlan plan, int size) {
            this.plan = plan;
            this.table = plan.table();
            this.down = new long[size];
            this.tiers = new byte[size];
            this.credits = new long[size];
        }

        void decide(int resource, long feeMinor, long downMinutes) {
            int tier = table.tierIndex(downMinutes);
            down[resource] = downMinutes;
            tiers[resource] = (byte) tier;
            credits[resource] = plan.creditMinor(feeMinor, tier, downMinutes);
        }

        FleetResult build(Currency currency, String[] ids, long[] feeMinor) {
            return new FleetResult(plan, currency, ids, feeMinor, down, tiers, credits);
        }
    }

    public FleetPlan plan() {
        return plan;
    }

    public int size() {
        return ids.length;
    }

    /** {@code resource}, or an IndexOutOfBoundsException naming it and the fleet's size (not a bare array's). */
    private int checked(int resource) {
        if (resource < 0 || resource >= ids.length) {
            throw new IndexOutOfBoundsException("resource " + resource + " is out of range: the fleet has " + ids.length + " resources");
        }
        return resource;
    }

    public String id(int resource) {
        return ids[checked(resource)];
    }

    public Money fee(int resource) {
        return Fees.money(feeMinor[checked(resource)], currency);
    }

    public long unavailableMinutes(int resource) {
        return downMinutes[checked(resource)];
    }

    public long totalMinutes() {
        return plan.table().totalMinutes();
    }

    public Availability availability(int resource) {
        return Availability.fromDowntime(BigDecimal.valueOf(downMinutes[checked(resource)]), BigDecimal.valueOf(totalMinutes()));
    }

    public boolean met(int resource) {
        return tiers[checked(resource)] == CreditKernel.MET;
    }

    /** {@link CreditKernel#MET}, {@link CreditKernel#NO_TIER} or the index of the tier from the top. */
    public int tierIndex(int resource) {
        return tiers[checked(resource)];
    }

    /** The credit tier the resource fell in; empty when the commitment is met or no tier covers it. */
    public Optional<CreditTier> tier(int resource) {
        int index = tiers[checked(resource)];
        return index < 0 ? Optional.empty() : Optional.of(plan.table().tiers().get(index));
    }

    public long creditMinor(int resource) {
        return creditMinor[checked(resource)];
    }

    public Money credit(int resource) {
        return Fees.money(creditMinor[checked(resource)], currency);
    }

    public Money totalCredit() {
        long total = 0;
        for (int i = 0; i < creditMinor.length; i++) {
            try {
                total = Math.addExact(total, creditMinor[i]);
            } catch (ArithmeticException overflow) {
                // Past a long of minor units: finish the sum unbounded.
                java.math.BigInteger sum = java.math.BigInteger.valueOf(total);
                for (int j = i; j < creditMinor.length; j++) {
                    sum = sum.add(java.math.BigInteger.valueOf(creditMinor[j]));
                }
                return Money.of(new BigDecimal(sum, Math.max(0, currency.getDefaultFractionDigits())), currency);
            }
        }
        return Fees.money(total, currency);
    }

    public long totalUnavailableMinutes() {
        long total = 0;
        for (long minutes : downMinutes) {
            total += minutes;
        }
        return total;
    }

    /** Resources that missed the commitment. */
    public long breached() {
        long count = 0;
        for (byte tier : tiers) {
            count += tier == CreditKernel.MET ? 0 : 1;
        }
        return count;
    }
}
