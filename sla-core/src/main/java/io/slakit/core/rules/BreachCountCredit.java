package io.slakit.core.rules;

import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credit by the month's count of breaches (missed deadlines) rather than by availability: "1-2
 * breaches: 10 % of the monthly fee; 3 or more: 30 %". Rows are whole counts {@code "1-2"},
 * {@code "3"} or {@code "3+"}, contiguous from 1, the last one open ({@code "N+"}, so every count
 * is covered and none is guessed); no breach earns nothing. Reads
 * {@link io.slakit.api.spi.Measured#lateItems()}, so it pays only on a rule that checks deadlines.
 */
public final class BreachCountCredit implements CreditRule {
    private static final Pattern ROW = Pattern.compile("(\\d+)(?:-(\\d+)|(\\+))?");

    /** One row: breaches in {@code [from, to]} ({@code to} empty: and more) earn {@code percent} of the basis. */
    public record CountTier(long from, OptionalLong to, BigDecimal percent) {
        public CountTier {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(percent, "percent");
            if (from < 1) {
                throw new IllegalArgumentException("a breach count row starts at 1 or more, was " + from);
            }
            if (to.isPresent() && to.getAsLong() < from) {
                throw new IllegalArgumentException("breach count row " + from + "-" + to.getAsLong() + " ends before it starts");
            }
            if (percent.signum() < 0) {
                throw new IllegalArgumentException("credit percent is negative: " + percent);
            }
        }

        /** {@code of("1-2", "10")}, {@code of("3", "20")}, {@code of("4+", "50")}. */
        public static CountTier of(String counts, String percent) {
            Matcher m = ROW.matcher(counts.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("breach counts \"" + counts + "\" are not N, N-M or N+");
            }
            long from = Long.parseLong(m.group(1));
            OptionalLong to = m.group(3) != null ? OptionalLong.empty()
                    : OptionalLong.of(m.group(2) != null ? Long.parseLong(m.group(2)) : from);
            return new CountTier(from, to, new BigDecimal(percent));
        }

        boolean contains(long count) {
            return count >= from && (to.isEmpty() || count <= to.getAsLong());
        }

        String describe() {
            return to.isEmpty() ? from + " or more" : to.getAsLong() == from ? String.valueOf(from) : from + " to " + to.getAsLong();
        }
    }

    private final List<CountTier> tiers;
    private final java.util.Optional<io.slakit.api.CreditUnit> unit;

    BreachCountCredit(List<CountTier> tiers) {
        this(tiers, java.util.Optional.empty());
    }

    private BreachCountCredit(List<CountTier> tiers, java.util.Optional<io.slakit.api.CreditUnit> unit) {
        this.unit = unit;
        List<CountTier> ordered = new ArrayList<>(tiers);
        ordered.sort(Comparator.comparingLong(CountTier::from));
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("a breach count table needs at least one row");
        }
        if (ordered.get(0).from() != 1) {
            throw new IllegalArgumentException("the breach count table starts at " + ordered.get(0).from() + ", not at 1");
        }
        for (int i = 0; i + 1 < ordered.size(); i++) {
            CountTier a = ordered.get(i);
            CountTier b = ordered.get(i + 1);
            if (a.to().isEmpty() || a.to().getAsLong() + 1 != b.from()) {
                throw new IllegalArgumentException("breach count rows " + a.describe() + " and " + b.describe() + " leave a gap or overlap");
            }
        }
        if (ordered.get(ordered.size() - 1).to().isPresent()) {
            throw new IllegalArgumentException("the last breach count row " + ordered.get(ordered.size() - 1).describe()
                    + " must be open (\"N+\"): say what more breaches earn");
        }
        this.tiers = List.copyOf(ordered);
    }

    /** The same table, its values read as quantities of {@code unit} (extra service days...) instead of percents of the basis. */
    public BreachCountCredit inUnits(io.slakit.api.CreditUnit unit) {
        return new BreachCountCredit(tiers, java.util.Optional.of(unit));
    }

    @Override
    public java.util.Optional<io.slakit.api.CreditUnit> unit() {
        return unit;
    }

    public List<CountTier> countTiers() {
        return tiers;
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("Credit by the month's count of missed deadlines: ");
        for (int i = 0; i < tiers.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(tiers.get(i).describe()).append(" -> ").append(tiers.get(i).percent().toPlainString())
                    .append(unit.map(u -> " " + u.code()).orElse("%"));
        }
        return out.append(unit.map(u -> " (" + u.description() + ")").orElse(" of the credit basis")).append("; none missed earns nothing.").toString();
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    /** The row a count of breaches falls in; none for 0. */
    public java.util.Optional<CountTier> tierFor(long breaches) {
        return tiers.stream().filter(t -> t.contains(breaches)).findFirst();
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        long breaches = context.measured().lateItems().orElseThrow(() -> new IllegalStateException(
                "a credit by breach count needs a rule that checks deadlines")).size();
        Money zero = Money.zero(context.basis().currency());
        java.util.Optional<CountTier> tier = tierFor(breaches);
        if (unit.isPresent()) {
            io.slakit.api.UsageCredit owed = tier.map(t -> new io.slakit.api.UsageCredit(unit.get(), t.percent()))
                    .orElse(io.slakit.api.UsageCredit.zero(unit.get()));
            return CreditDecision.inUnits(owed, zero, tier.isEmpty() ? "No deadline missed."
                    : breaches + " missed deadline(s) (" + tier.get().describe() + ") earn " + owed + ".");
        }
        if (tier.isEmpty()) {
            return CreditDecision.percent(BigDecimal.ZERO, zero, "No deadline missed.");
        }
        BigDecimal percent = tier.get().percent();
        return CreditDecision.percent(percent, context.basis().times(percent.movePointLeft(2)),
                breaches + " missed deadline(s) (" + tier.get().describe() + ") earn " + percent.toPlainString() + "% of the basis.");
    }
}
