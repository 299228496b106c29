package io.slakit.core.rules;

import io.slakit.api.CreditTier;
import io.slakit.api.LateItem;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit by which kind of deadline was missed rather than by how many: "服务有效期超时 服务费的10%;
 * 服务响应时长超时 服务费的30%" (managed security, penetration testing, risk assessment). Each milestone
 * a deadline rule checks ({@link DeadlineCommitments.Milestone}: response, delivery) earns its own
 * percent of the basis when at least one of its deadlines was missed in the month. A month that
 * missed both kinds earns the higher percent once, not the sum: the texts list the cases as
 * alternatives ("出现服务有效期超时或者服务响应时长超时的情况"). Reads
 * {@link io.slakit.api.spi.Measured#lateItems()}, so it pays only on a rule that checks deadlines.
 */
public final class MilestoneCredit implements CreditRule {
    private final Map<DeadlineCommitments.Milestone, BigDecimal> percents;

    MilestoneCredit(Map<DeadlineCommitments.Milestone, BigDecimal> percents) {
        if (percents.isEmpty()) {
            throw new IllegalArgumentException("a credit by missed milestone needs at least one milestone");
        }
        percents.values().forEach(p -> {
            if (Objects.requireNonNull(p, "percent").signum() < 0) {
                throw new IllegalArgumentException("credit percent is negative: " + p);
            }
        });
        this.percents = new LinkedHashMap<>(percents);
    }

    /** The percent a missed deadline of {@code milestone} earns, if the table names it. */
    public Optional<BigDecimal> percentFor(DeadlineCommitments.Milestone milestone) {
        return Optional.ofNullable(percents.get(milestone));
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("Credit by the kind of deadline missed in the month: ");
        int i = 0;
        for (Map.Entry<DeadlineCommitments.Milestone, BigDecimal> e : percents.entrySet()) {
            out.append(i++ == 0 ? "" : "; ").append("a late ").append(e.getKey() == DeadlineCommitments.Milestone.RESPONSE
                    ? "response" : "delivery").append(" -> ").append(e.getValue().toPlainString()).append("%");
        }
        return out.append(" of the credit basis; a month with several kinds missed earns the highest once; none missed earns nothing.")
                .toString();
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        List<LateItem> late = context.measured().lateItems().orElseThrow(() -> new IllegalStateException(
                "a credit by missed milestone needs a rule that checks deadlines"));
        Money zero = Money.zero(context.basis().currency());
        Optional<DeadlineCommitments.Milestone> worst = Optional.empty();
        for (LateItem item : late) {
            DeadlineCommitments.Milestone milestone = milestoneOf(item);
            BigDecimal percent = percents.get(milestone);
            if (percent == null) {
                throw new IllegalStateException("deadline " + item.commitment() + " was missed, but the credit table names no percent for a late "
                        + item.milestone());
            }
            if (worst.isEmpty() || percent.compareTo(percents.get(worst.get())) > 0) {
                worst = Optional.of(milestone);
            }
        }
        if (worst.isEmpty()) {
            return CreditDecision.percent(BigDecimal.ZERO, zero, "No deadline missed.");
        }
        BigDecimal percent = percents.get(worst.get());
        long responses = late.stream().filter(i -> milestoneOf(i) == DeadlineCommitments.Milestone.RESPONSE).count();
        long deliveries = late.size() - responses;
        return CreditDecision.percent(percent, context.basis().times(percent.movePointLeft(2)),
                responses + " late response(s) and " + deliveries + " late delivery(ies): the highest case earns "
                        + percent.toPlainString() + "% of the basis.");
    }

    private static DeadlineCommitments.Milestone milestoneOf(LateItem item) {
        for (DeadlineCommitments.Milestone m : DeadlineCommitments.Milestone.values()) {
            if (m.field().equals(item.milestone())) {
                return m;
            }
        }
        throw new IllegalStateException("unknown milestone " + item.milestone());
    }
}
