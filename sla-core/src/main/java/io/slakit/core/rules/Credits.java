package io.slakit.core.rules;

import io.slakit.api.CreditTier;

import java.util.List;

/** The shared credit rules, by name. */
public final class Credits {
    private Credits() {
    }

    /** A percent of the basis per availability band: {@code tiered(tier("[99, 99.975)", "10"), ...)}. */
    public static TieredCredit tiered(CreditTier... tiers) {
        return TieredCredit.of(List.of(tiers));
    }

    /** {@code CreditTier.of(band, percent)}, named to read like the table. */
    public static CreditTier tier(String band, String percent) {
        return CreditTier.of(band, percent);
    }

    /** A percent of the basis by the month's count of missed deadlines: {@code byBreachCount(breaches("1-2", "10"), breaches("3+", "25"))}. */
    public static BreachCountCredit byBreachCount(BreachCountCredit.CountTier... rows) {
        return new BreachCountCredit(List.of(rows));
    }

    /**
     * A percent of the basis by the kind of deadline missed: {@code byMissedMilestone("30", "10")} pays 30 % when a
     * response was late, 10 % when only a delivery was; the highest case once ({@link MilestoneCredit}).
     */
    public static MilestoneCredit byMissedMilestone(String latePercentResponse, String latePercentDelivery) {
        java.util.Map<DeadlineCommitments.Milestone, java.math.BigDecimal> m = new java.util.LinkedHashMap<>();
        m.put(DeadlineCommitments.Milestone.RESPONSE, new java.math.BigDecimal(latePercentResponse));
        m.put(DeadlineCommitments.Milestone.DELIVERY, new java.math.BigDecimal(latePercentDelivery));
        return new MilestoneCredit(m);
    }

    /** A percent of the basis when any response deadline was missed ({@link MilestoneCredit} with responses only). */
    public static MilestoneCredit byLateResponse(String percent) {
        return new MilestoneCredit(java.util.Map.of(DeadlineCommitments.Milestone.RESPONSE, new java.math.BigDecimal(percent)));
    }

    /** A row of a breach count table: {@code "1-2"}, {@code "3"} or {@code "3+"} breaches earn {@code percent}. */
    public static BreachCountCredit.CountTier breaches(String counts, String percent) {
        return BreachCountCredit.CountTier.of(counts, percent);
    }

    /**
     * {@code moneyRule}'s amount paid as {@code unit} at {@code unitPrice} (in the basis currency) per
     * unit, rounded to {@code scale} digits with {@code rounding}: SMS pays the credit as messages at
     * the list price, whole messages.
     */
    public static UnitCredit convertedToUnits(io.slakit.api.spi.CreditRule moneyRule, io.slakit.api.CreditUnit unit, String unitPrice,
                                              int scale, java.math.RoundingMode rounding) {
        return UnitCredit.converted(moneyRule, unit, unitPrice, scale, rounding);
    }

    /**
     * A money credit paid as units at the list price the resource's month gives
     * ({@code deliveries.unitPrice}, exact), for texts that convert at a list price (刊例价) they do not
     * state; a month with an amount to convert and no price is a typed error naming the field.
     */
    public static UnitCredit convertedToUnitsAtListPrice(io.slakit.api.spi.CreditRule moneyRule, io.slakit.api.CreditUnit unit,
                                                         int scale, java.math.RoundingMode rounding) {
        return UnitCredit.convertedAtInputPrice(moneyRule, unit, scale, rounding);
    }

    /**
     * {@code moneyRule}'s amount paid as {@code unit} at the list price of one unit the resource gives as its own
     * {@code unitPrice} (exact), for a product that reads no deliveries (Qidian Marketing's page views, 3.1(1)).
     */
    public static UnitCredit convertedToUnitsAtResourceListPrice(io.slakit.api.spi.CreditRule moneyRule, io.slakit.api.CreditUnit unit,
                                                                 int scale, java.math.RoundingMode rounding) {
        return UnitCredit.convertedAtResourcePrice(moneyRule, unit, scale, rounding);
    }

    /** A quantity of {@code unit} per availability tier: {@code unitsByAvailability(SERVICE_DAYS, tier("[99, 99.9)", "3"), ...)}. */
    public static UnitCredit unitsByAvailability(io.slakit.api.CreditUnit unit, CreditTier... tiers) {
        return UnitCredit.byAvailability(unit, List.of(tiers));
    }

    /**
     * A credit of {@code multiple} units per failed request in the windows the measurement counted as unavailable
     * (captcha: "按照服务月度内故障事件中的失败请求次数的10倍，向您赔偿相应的服务次数"); needs a measurement that reports
     * {@link io.slakit.api.spi.Measured#failedRequests()} ({@link WindowedRate}).
     */
    public static FailedRequestCredit perFailedRequest(io.slakit.api.CreditUnit unit, String multiple) {
        return new FailedRequestCredit(unit, new java.math.BigDecimal(multiple));
    }

    /**
     * {@code multiple} units per failed request of a period's fault events on each fault date T, at most the calls of
     * T-1 .. T-{@code lookbackDays} (given as dailyCalls); the first month the period falls below the commitment pays
     * the period's events to date, each later month its own (TAF 3.1).
     */
    public static FaultDayCallCredit perFailedRequestCappedByPriorCalls(PeriodWindowedRate rate, io.slakit.api.CreditUnit unit,
                                                                        String multiple, int lookbackDays) {
        return new FaultDayCallCredit(rate, unit, new java.math.BigDecimal(multiple), lookbackDays);
    }

    /**
     * Extra service days, a percent of the period's days by the tier of the period's availability, decided in the month
     * holding the period's last day: {@code shareOfPeriod(rate, tier("[95, 99)", "10"), ...)} (微搭建站资源包 3.1).
     */
    public static PeriodShareCredit shareOfPeriod(PeriodWindowedRate rate, CreditTier... shares) {
        return new PeriodShareCredit(rate, List.of(shares));
    }

    public static NoCredit none(String reason) {
        return NoCredit.because(reason);
    }
}
