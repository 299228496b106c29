package io.slakit.products.compute;

import io.slakit.api.Availability;
import io.slakit.api.Band;
import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditKernel;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A credit of "N 倍超出服务可用性标准的不可用分钟数" (THCC 3.1): the availability band picks a multiple N,
 * the excess minutes are the counted downtime minus the downtime the commitment allows, and the
 * credit is N x the excess minutes of service.
 *
 * <p>The text never says how minutes of service become a voucher amount. The reading chosen: a
 * minute of service is worth the credit basis (the month's fee) divided by the month's total
 * minutes the availability is computed against (for THCC: all nodes x month minutes), so the
 * voucher is {@code fee x N x excess / total}, never more than the fee.
 *
 * <p>{@link #tiers()} is empty on purpose: the table's numbers are multiples, not percents of the
 * fee, and consumers read {@code tiers()} as percents. The table is {@link #multiples()}.
 *
 * <p>For the fleet path the rule {@link #compile compiles} into a kernel on whole minutes that
 * decides with the same {@link #excess} arithmetic as {@link #decide}.
 */
final class ExcessMinuteMultipleCredit implements CreditRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<CreditTier> multiples;

    private ExcessMinuteMultipleCredit(List<CreditTier> multiples) {
        List<CreditTier> ordered = new ArrayList<>(multiples);
        ordered.sort(Comparator.comparing((CreditTier t) -> t.band().upper()).reversed());
        for (int i = 0; i + 1 < ordered.size(); i++) {
            if (!ordered.get(i).band().sitsDirectlyAbove(ordered.get(i + 1).band())) {
                throw new IllegalArgumentException("bands " + ordered.get(i).band() + " and " + ordered.get(i + 1).band()
                        + " leave a gap or overlap");
            }
        }
        this.multiples = List.copyOf(ordered);
    }

    /** {@code of(multiple("[99, 99.9)", "2"), ...)}. */
    static ExcessMinuteMultipleCredit of(CreditTier... multiples) {
        return new ExcessMinuteMultipleCredit(List.of(multiples));
    }

    static CreditTier multiple(String band, String times) {
        return new CreditTier(Band.parse(band), new BigDecimal(times));
    }

    /** The table as written: availability band -> multiple of the excess minutes. */
    List<CreditTier> multiples() {
        return multiples;
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("Credit in minutes of service: ");
        for (int i = 0; i < multiples.size(); i++) {
            CreditTier tier = multiples.get(i);
            out.append(i == 0 ? "" : "; ").append(tier.band().describe()).append(" -> ")
                    .append(tier.credit().toPlainString()).append(" x the minutes beyond the commitment's allowance");
        }
        return out.append("; a minute of service is valued at the month's fee / the month's total minutes.").toString();
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    Optional<CreditTier> multipleFor(io.slakit.api.Availability availability) {
        return multiples.stream().filter(t -> t.band().contains(availability)).findFirst();
    }

    /** What a month below the commitment earns: its band, the allowed and excess minutes, and the share of the basis. */
    private record Excess(CreditTier tier, BigDecimal allowed, BigDecimal excess, BigDecimal creditMinutes, BigDecimal share) {
    }

    /** The excess of {@code down} of {@code total} minutes (availability {@code availability}) beyond the commitment's allowance. */
    private Optional<Excess> excess(Availability availability, BigDecimal down, BigDecimal total, Percent commitment) {
        Optional<CreditTier> tier = multipleFor(availability);
        if (tier.isEmpty() || total.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal allowed = total.multiply(HUNDRED.subtract(commitment.value())).divide(HUNDRED);
        BigDecimal excess = down.subtract(allowed);
        BigDecimal creditMinutes = excess.multiply(tier.get().credit());
        return Optional.of(new Excess(tier.get(), allowed, excess, creditMinutes, creditMinutes.divide(total, MathContext.DECIMAL128)));
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        if (context.measured().availability().isAtLeast(context.commitment())) {
            return CreditDecision.none(zero, "The commitment " + context.commitment() + "% is met.");
        }
        BigDecimal total = context.measured().totalMinutes();
        BigDecimal down = context.measured().unavailableMinutes().orElseThrow(() ->
                new IllegalStateException("an excess-minute credit needs a minute-based measurement"));
        Optional<Excess> found = excess(context.measured().availability(), down, total, context.commitment());
        if (found.isEmpty()) {
            return CreditDecision.none(zero, "Below the commitment but in no band of the table; no credit.");
        }
        Excess e = found.get();
        Money amount = context.basis().times(e.share());
        if (amount.compareTo(context.basis()) > 0) {
            amount = context.basis();
        }
        return new CreditDecision(Optional.empty(), amount, Optional.empty(),
                "Availability " + e.tier().band().describe() + " earns " + e.tier().credit().toPlainString() + " x the "
                        + e.excess().stripTrailingZeros().toPlainString() + " minutes beyond the allowed "
                        + e.allowed().stripTrailingZeros().toPlainString() + " = " + e.creditMinutes().stripTrailingZeros().toPlainString()
                        + " minutes of service, valued at the fee / " + total.toPlainString() + " minutes.");
    }

    /**
     * A kernel that decides on whole minutes as {@link #decide} does: met or not, and the credit in
     * minor units, the basis x the share rounded half up as the engine rounds a credit. It names no
     * tier ({@link CreditKernel#NO_TIER} for every miss), as the rule's {@link #tiers()} has none.
     */
    @Override
    public Optional<CreditKernel> compile(long totalMinutes, Percent commitment) {
        return Optional.of(new Kernel(totalMinutes, commitment));
    }

    private final class Kernel implements CreditKernel {
        private final long totalMinutes;
        private final BigDecimal total;
        private final Percent commitment;

        Kernel(long totalMinutes, Percent commitment) {
            if (totalMinutes <= 0) {
                throw new IllegalArgumentException("a month has a positive number of minutes: " + totalMinutes);
            }
            this.totalMinutes = totalMinutes;
            this.total = BigDecimal.valueOf(totalMinutes);
            this.commitment = commitment;
        }

        @Override
        public long totalMinutes() {
            return totalMinutes;
        }

        @Override
        public long allowedMinutes() {
            return total.multiply(HUNDRED.subtract(commitment.value())).divide(HUNDRED).setScale(0, RoundingMode.FLOOR).longValueExact();
        }

        @Override
        public List<CreditTier> tiers() {
            return List.of();
        }

        @Override
        public int tierIndex(long downMinutes) {
            return availability(downMinutes).isAtLeast(commitment) ? MET : NO_TIER;
        }

        @Override
        public long creditMinor(long basisMinor, int tierIndex, long downMinutes) {
            if (tierIndex == MET) {
                return 0;
            }
            BigDecimal down = BigDecimal.valueOf(downMinutes);
            BigDecimal basis = BigDecimal.valueOf(basisMinor);
            return excess(availability(downMinutes), down, total, commitment)
                    .map(e -> basis.multiply(e.share()).min(basis).setScale(0, RoundingMode.HALF_UP).longValueExact()).orElse(0L);
        }

        private Availability availability(long downMinutes) {
            return Availability.fromDowntime(BigDecimal.valueOf(downMinutes), total);
        }
    }
}
