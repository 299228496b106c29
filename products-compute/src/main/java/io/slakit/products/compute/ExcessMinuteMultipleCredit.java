package io.slakit.products.compute;

import io.slakit.api.Band;
import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.math.MathContext;
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

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        if (context.measured().availability().isAtLeast(context.commitment())) {
            return CreditDecision.none(zero, "The commitment " + context.commitment() + "% is met.");
        }
        Optional<CreditTier> tier = multipleFor(context.measured().availability());
        BigDecimal total = context.measured().totalMinutes();
        BigDecimal down = context.measured().unavailableMinutes().orElseThrow(() ->
                new IllegalStateException("an excess-minute credit needs a minute-based measurement"));
        if (tier.isEmpty() || total.signum() == 0) {
            return CreditDecision.none(zero, "Below the commitment but in no band of the table; no credit.");
        }
        BigDecimal allowed = total.multiply(HUNDRED.subtract(context.commitment().value())).divide(HUNDRED);
        BigDecimal excess = down.subtract(allowed);
        BigDecimal creditMinutes = excess.multiply(tier.get().credit());
        Money amount = context.basis().times(creditMinutes.divide(total, MathContext.DECIMAL128));
        if (amount.compareTo(context.basis()) > 0) {
            amount = context.basis();
        }
        return new CreditDecision(Optional.empty(), amount, Optional.empty(),
                "Availability " + tier.get().band().describe() + " earns " + tier.get().credit().toPlainString() + " x the "
                        + excess.stripTrailingZeros().toPlainString() + " minutes beyond the allowed "
                        + allowed.stripTrailingZeros().toPlainString() + " = " + creditMinutes.stripTrailingZeros().toPlainString()
                        + " minutes of service, valued at the fee / " + total.toPlainString() + " minutes.");
    }
}
