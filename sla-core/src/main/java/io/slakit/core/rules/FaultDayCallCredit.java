package io.slakit.core.rules;

import io.slakit.api.CreditTier;
import io.slakit.api.CreditUnit;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.UsageCredit;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Free calls for the failed requests of a period's fault events, capped by the calls of the days before
 * the fault (TAF 3.1: "故障事件内的失败请求数 × 10，作为次数赔偿。（赔偿次数上限为故障日期（T）前30日内调用总次数，
 * 即 T-1 至 T-31 期间的调用总次数）"). For each fault date T (the contract-zone day of a counted window), the
 * credit is {@code multiple} x the failed requests of the counted windows on T, at most the calls of the
 * {@code lookbackDays} days before T, read from {@link ResourceMonth#dailyCalls()}: a day needed and not
 * given is bad input naming it (the windows cannot prove it: a minute not given is a minute without
 * failures, not one without calls).
 *
 * <p>Monthly claims of a yearly measure: when the period's availability to the end of the month is below
 * the commitment, the credit covers the fault windows the earlier months did not cover. If the period was
 * already below the commitment at the end of the month before, those months were credited and this month
 * pays its own windows; otherwise this month is the first to fall below, and it pays every fault window of
 * the period to date. Each fault window of a breached period is so credited exactly once.
 */
public final class FaultDayCallCredit implements CreditRule {
    private final PeriodWindowedRate rate;
    private final CreditUnit unit;
    private final BigDecimal multiple;
    private final int lookbackDays;

    FaultDayCallCredit(PeriodWindowedRate rate, CreditUnit unit, BigDecimal multiple, int lookbackDays) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.multiple = Objects.requireNonNull(multiple, "multiple");
        this.lookbackDays = lookbackDays;
        if (multiple.signum() <= 0 || lookbackDays < 1) {
            throw new IllegalArgumentException("a multiple above zero and at least one day of look-back, were " + multiple + ", " + lookbackDays);
        }
    }

    public int lookbackDays() {
        return lookbackDays;
    }

    @Override
    public Optional<CreditUnit> unit() {
        return Optional.of(unit);
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public boolean readsDailyCalls() {
        return true;
    }

    @Override
    public String describe() {
        return "Credit in " + unit.description() + " when the period's availability to date is below the commitment: "
                + multiple.stripTrailingZeros().toPlainString() + " x the failed requests of the fault events on each fault date T, at "
                + "most the calls of T-1 .. T-" + lookbackDays + " (given as dailyCalls); the first month below the commitment pays "
                + "every fault event of the period to date, each later month its own.";
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        if (context.measured().availability().isAtLeast(context.commitment())) {
            return CreditDecision.inUnits(UsageCredit.zero(unit), zero, "The commitment " + context.commitment() + "% is met to date.");
        }
        ResourceMonth resource = context.resource().orElseThrow(() -> new IllegalStateException(
                "a credit capped by daily calls is decided with the resource's month"));
        PeriodWindowedRate.Tally tally = rate.tally(context.month(), resource);
        boolean earlierBreached = !tally.beforeMonth().isAtLeast(context.commitment());
        List<PeriodWindowedRate.CountedWindow> owed = earlierBreached ? tally.inMonth() : tally.counted();
        Map<LocalDate, Long> failedByDay = new TreeMap<>();
        for (PeriodWindowedRate.CountedWindow w : owed) {
            failedByDay.merge(w.start().atZone(context.month().zone()).toLocalDate(), w.failed(), Long::sum);
        }
        BigDecimal total = BigDecimal.ZERO;
        int capped = 0;
        for (Map.Entry<LocalDate, Long> day : failedByDay.entrySet()) {
            BigDecimal credit = multiple.multiply(BigDecimal.valueOf(day.getValue()));
            BigDecimal cap = BigDecimal.valueOf(callsBefore(resource, day.getKey()));
            if (credit.compareTo(cap) > 0) {
                credit = cap;
                capped++;
            }
            total = total.add(credit);
        }
        long failed = failedByDay.values().stream().mapToLong(Long::longValue).sum();
        String scope = earlierBreached ? "this month's fault events (the period was already below the commitment at the month's start)"
                : "the period's fault events to date (the first month below the commitment)";
        return CreditDecision.inUnits(new UsageCredit(unit, total), zero, failed + " failed request(s) in " + scope + " on "
                + failedByDay.size() + " fault date(s) x " + multiple.stripTrailingZeros().toPlainString()
                + (capped > 0 ? ", " + capped + " date(s) capped at the calls of their " + lookbackDays + " days before" : "")
                + " = " + total.stripTrailingZeros().toPlainString() + " " + unit.description() + ".");
    }

    /** The calls of T-1 .. T-lookback; each day must be given. */
    private long callsBefore(ResourceMonth resource, LocalDate faultDay) {
        long calls = 0;
        for (int back = 1; back <= lookbackDays; back++) {
            LocalDate day = faultDay.minusDays(back);
            Long given = resource.dailyCalls().get(day);
            if (given == null) {
                throw new InvalidInputException("dailyCalls." + day, null, "is required: the credit for the fault on " + faultDay
                        + " is capped by the calls of " + faultDay.minusDays(lookbackDays) + ".." + faultDay.minusDays(1)
                        + " (T-1 .. T-" + lookbackDays + "); give every one of those days (0 for a day without calls)");
            }
            calls = Math.addExact(calls, given);
        }
        return calls;
    }
}
