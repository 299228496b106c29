package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditKernel;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The common credit table: the availability falls in one band, which earns a percent of the
 * credit basis (CVM: [99, 99.975) 10 %, [95, 99) 25 %, [0, 95) 100 %). Meeting the commitment
 * earns nothing, whatever the table says above it.
 *
 * <p>The table must be contiguous: ordered from the top, each band starts exactly where the next
 * one ends (one side inclusive, the other not), the top band ends at or below the commitment and
 * the bottom band reaches 0 %. A gap or overlap is a definition bug and fails at build time.
 *
 * <p>The table compiles, for a month length and commitment, into downtime limits in whole minutes
 * ({@link #compile}); {@link #decide} finds the tier with that table whenever the availability is
 * a ratio of whole minutes, and with the bands otherwise.
 */
public final class TieredCredit implements CreditRule {
    private final List<CreditTier> tiers;
    /** The table {@link #decide} compiled last: a fleet's resources mostly share one month length. */
    private volatile DecisionTable lastTable;

    TieredCredit(List<CreditTier> tiers) {
        List<CreditTier> ordered = new ArrayList<>(tiers);
        ordered.sort(Comparator.comparing((CreditTier t) -> t.band().upper()).reversed());
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("a credit table needs at least one tier");
        }
        for (int i = 0; i + 1 < ordered.size(); i++) {
            if (!ordered.get(i).band().sitsDirectlyAbove(ordered.get(i + 1).band())) {
                throw new IllegalArgumentException("credit tiers " + ordered.get(i).band() + " and "
                        + ordered.get(i + 1).band() + " leave a gap or overlap");
            }
        }
        CreditTier bottom = ordered.get(ordered.size() - 1);
        if (!(bottom.band().lower().value().signum() == 0 && bottom.band().lowerInclusive())) {
            throw new IllegalArgumentException("the bottom credit tier " + bottom.band() + " does not reach [0");
        }
        this.tiers = List.copyOf(ordered);
    }

    public static TieredCredit of(List<CreditTier> tiers) {
        return new TieredCredit(tiers);
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("Credit by availability: ");
        for (int i = 0; i < tiers.size(); i++) {
            CreditTier tier = tiers.get(i);
            out.append(i == 0 ? "" : "; ").append(tier.band().describe()).append(" -> ").append(tier.credit().toPlainString()).append('%');
        }
        return out.append(" of the credit basis.").toString();
    }

    @Override
    public List<CreditTier> tiers() {
        return tiers;
    }

    /** The tier the availability falls in, if any. */
    public Optional<CreditTier> tierFor(Availability availability) {
        for (CreditTier tier : tiers) {
            if (tier.band().contains(availability)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<CreditKernel> compile(long totalMinutes, Percent commitment) {
        return Optional.of(DecisionTable.of(totalMinutes, commitment, tiers));
    }

    /**
     * The tier below {@code commitment} that {@code availability} falls in, if any, found by the
     * compiled table when the availability is whole minutes available of whole minutes.
     */
    private Optional<CreditTier> missedTier(Availability availability, Percent commitment) {
        long total = wholeOrMinus(availability.total());
        long available = wholeOrMinus(availability.available());
        if (total <= 0 || available < 0) {
            return tierFor(availability);
        }
        DecisionTable table = lastTable;
        if (table == null || table.totalMinutes() != total || table.commitment().compareTo(commitment) != 0) {
            table = DecisionTable.of(total, commitment, tiers);
            lastTable = table;
        }
        int index = table.tierIndex(total - available);
        return index < 0 ? Optional.empty() : Optional.of(tiers.get(index));
    }

    /** The value as a long when it is a whole number from 0 to a long's maximum, else -1. */
    private static long wholeOrMinus(BigDecimal value) {
        if (value.signum() < 0 || value.scale() > 0 && value.stripTrailingZeros().scale() > 0 || value.compareTo(LONG_MAX) > 0) {
            return -1;
        }
        return value.longValueExact();
    }

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        if (context.measured().availability().isAtLeast(context.commitment())) {
            return CreditDecision.percent(BigDecimal.ZERO, zero, "The commitment " + context.commitment() + "% is met.");
        }
        Optional<CreditTier> tier = missedTier(context.measured().availability(), context.commitment());
        if (tier.isEmpty()) {
            // Only between the commitment and the top band (Chinese IM: 99.99 % promised, credits from below 99.9 %).
            return CreditDecision.percent(BigDecimal.ZERO, zero, "Below the commitment " + context.commitment()
                    + "% but above every credit tier; the text grants no credit there.");
        }
        BigDecimal percent = tier.get().credit();
        return CreditDecision.percent(percent, context.basis().times(percent.movePointLeft(2)),
                "Availability " + tier.get().band().describe() + " earns " + percent.toPlainString() + "% of the basis.").withTier(tier.get());
    }
}
