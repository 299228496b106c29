package io.slakit.products.observability;

import io.slakit.api.Band;
import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The credit of 腾讯云服务性能测试 3.1 (18344-18350): 1, 1.5 or 2 times "服务月度内不可用分钟数内的消耗 VUM", the
 * load-test VUM the customer consumed during the month's unavailable minutes (1.7, 18249: not VUM bought and unused).
 *
 * <p>That consumption is the customer's own figure, and the evaluation input carries none (no field of a resource's
 * month holds a VUM count, and a VUM is not money). The rule therefore decides the multiple, and states the credit
 * as that multiple of the consumed VUM ({@link CreditDecision#otherForm()}), with no money and no unit amount: the
 * customer multiplies its own figure. Nothing is approximated (a VUM is not minutes x some assumed number of users).
 *
 * <p>{@link #tiers()} is empty on purpose: the table's numbers are multiples, not percents of the fee, and consumers
 * read {@code tiers()} as percents. The table is {@link #multiples()}.
 */
final class ConsumedVumMultipleCredit implements CreditRule {
    private final List<CreditTier> multiples;

    private ConsumedVumMultipleCredit(List<CreditTier> multiples) {
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

    static ConsumedVumMultipleCredit of(CreditTier... multiples) {
        return new ConsumedVumMultipleCredit(List.of(multiples));
    }

    static CreditTier multiple(String band, String times) {
        return new CreditTier(Band.parse(band), new BigDecimal(times));
    }

    /** The table as written: availability band -> multiple of the VUM consumed during the unavailable minutes. */
    List<CreditTier> multiples() {
        return multiples;
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("Credit in load-test VUM: ");
        for (int i = 0; i < multiples.size(); i++) {
            CreditTier tier = multiples.get(i);
            out.append(i == 0 ? "" : "; ").append(tier.band().describe()).append(" -> ")
                    .append(tier.credit().toPlainString()).append(" x the VUM consumed during the month's unavailable minutes");
        }
        return out.append(". The consumption is the customer's own figure, not part of the input: the credit is stated as the multiple.")
                .toString();
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
        if (tier.isEmpty()) {
            return CreditDecision.none(zero, "Below the commitment but in no band of the table; no credit.");
        }
        String minutes = context.measured().unavailableMinutes().map(m -> m.stripTrailingZeros().toPlainString()).orElse("?");
        String owed = tier.get().credit().toPlainString() + " x the VUM consumed during the month's " + minutes + " unavailable minutes";
        return new CreditDecision(Optional.empty(), zero, Optional.of(owed), "Availability " + tier.get().band().describe()
                + " earns " + owed + " (the customer's consumption figure, not in the input).");
    }
}
