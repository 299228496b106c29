package io.slakit.core.rules;

import io.slakit.api.CreditTier;
import io.slakit.api.CreditUnit;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.UsageCredit;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;
import io.slakit.core.rules.ServiceYearMinutes.ServiceYear;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Extra service time as a share of the measured period, decided when the period ends (微搭建站资源包 3.1:
 * "赔偿以...延长服务时间的形式实现", 低于99%但等于或高于95%: 年度服务时长的10%, ...). The tier of the period's
 * availability gives a percent of the period's days, paid exactly in {@link CreditUnit#SERVICE_DAYS}
 * (10 % of a 365-day year is 36.5 days), at most the period's days ("不超过...相应年度服务时长").
 *
 * <p>A month before the period's last month reports the availability to date and owes nothing yet: the
 * explanation says the period is not over and in which month it is decided, so a zero there is never final.
 */
public final class PeriodShareCredit implements CreditRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final PeriodWindowedRate rate;
    private final TieredCredit shares;

    PeriodShareCredit(PeriodWindowedRate rate, List<CreditTier> shares) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.shares = TieredCredit.of(shares);
    }

    @Override
    public Optional<CreditUnit> unit() {
        return Optional.of(CreditUnit.SERVICE_DAYS);
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("Credit in extra service days, decided in the month holding the period's last day: ");
        for (int i = 0; i < shares.tiers().size(); i++) {
            CreditTier t = shares.tiers().get(i);
            out.append(i == 0 ? "" : "; ").append(t.band().describe()).append(" -> ").append(t.credit().toPlainString())
                    .append("% of the period's days");
        }
        return out.append(" (exact; at most the period's days).").toString();
    }

    /** None as a percent of a fee: the shares are of the period's days, given by {@link #shares()} and in {@link #describe()}. */
    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    /** The table of shares: each band's percent of the period's days. */
    public List<CreditTier> shares() {
        return shares.tiers();
    }

    /** The tier the availability falls in, if any. */
    public Optional<CreditTier> tierFor(io.slakit.api.Availability availability) {
        return shares.tierFor(availability);
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        ResourceMonth resource = context.resource().orElseThrow(() -> new IllegalStateException(
                "a credit of a period's share is decided with the resource's month"));
        ServiceYear period = rate.periodOf(context.month(), resource);
        boolean endsInMonth = !period.lastDay().isBefore(context.month().firstDay()) && !period.lastDay().isAfter(context.month().lastDay());
        if (!endsInMonth) {
            return CreditDecision.inUnits(UsageCredit.zero(CreditUnit.SERVICE_DAYS), zero, "No credit yet: the period "
                    + period.firstDay() + ".." + period.lastDay() + " is not over; its credit is decided in "
                    + java.time.YearMonth.from(period.lastDay()) + ", the month holding its last day.");
        }
        if (context.measured().availability().isAtLeast(context.commitment())) {
            return CreditDecision.inUnits(UsageCredit.zero(CreditUnit.SERVICE_DAYS), zero, "The period " + period.firstDay() + ".."
                    + period.lastDay() + " met the commitment " + context.commitment() + "%.");
        }
        Optional<CreditTier> tier = shares.tierFor(context.measured().availability());
        if (tier.isEmpty()) {
            return CreditDecision.inUnits(UsageCredit.zero(CreditUnit.SERVICE_DAYS), zero, "Below the commitment but above every credit tier.");
        }
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(period.firstDay(), period.endExclusive()));
        BigDecimal credit = days.multiply(tier.get().credit()).divide(HUNDRED).min(days).stripTrailingZeros();
        return CreditDecision.inUnits(new UsageCredit(CreditUnit.SERVICE_DAYS, credit), zero, "The period " + period.firstDay() + ".."
                + period.lastDay() + " ended in " + tier.get().band().describe() + ": " + tier.get().credit().toPlainString() + "% of its "
                + days.toPlainString() + " days = " + credit.toPlainString() + " extra service days.");
    }
}
