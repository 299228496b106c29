package io.slakit.core.rules;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The shared measurement rules, by name. Product modules pick one per metric and fill in the
 * numbers the text gives:
 *
 * <pre>{@code
 * Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp()   // CVM
 * Rules.successRateBelow("99", Duration.ofMinutes(5))                            // TRTC
 * Rules.errorRateAbove("0.05", Duration.ofMinutes(5)).countingRunsOfAtLeast(2)   // CDN
 * Rules.meanWindowErrorRate(Duration.ofMinutes(5)).countingRatesOfWindowsWithAtLeast(100)   // CSS
 * Rules.deadlines(ServiceClock.businessHours(calendar, "10:00-12:00", "14:00-17:00"))
 *      .respondWithin("emergency", "critical", Duration.ofMinutes(30))
 *      .deliverWithinWorkingDays("report", 5)                                      // managed services
 * }</pre>
 */
public final class Rules {
    private Rules() {
    }

    /** Downtime minutes from incidents; no threshold, partial minutes round up, until told otherwise. */
    public static IncidentMinutes incidentMinutes() {
        return new IncidentMinutes(Threshold.none(), Rounding.UP_TO_MINUTE, false);
    }

    /**
     * Downtime counting only the part of each outage beyond its first {@code deductible}, exact durations
     * (ACE: "超过5分钟的阈值部分计入", a 6-minute failure counts 1 minute); see {@link IncidentMinutesBeyond}.
     */
    public static IncidentMinutesBeyond incidentMinutesBeyond(Duration deductible) {
        return new IncidentMinutesBeyond(deductible, Rounding.EXACT);
    }

    /** Fleet-wide downtime: each unit's minutes summed, against units x month minutes. */
    public static IncidentMinutes fleetIncidentMinutes() {
        return incidentMinutes().acrossUnits();
    }

    /**
     * Downtime minutes with each outage's time multiplied by its charged / all requests (HTTPDNS);
     * no threshold, the weighted time's partial minutes round up, until told otherwise.
     */
    public static RequestWeightedMinutes requestWeightedMinutes() {
        return new RequestWeightedMinutes(Threshold.none(), Rounding.UP_TO_MINUTE);
    }

    /**
     * Downtime of the service year to date (from the activation day; this month's incidents and the
     * year's earlier ones) against the whole service year's minutes, exact durations (CME).
     */
    public static ServiceYearMinutes serviceYearMinutes() {
        return new ServiceYearMinutes();
    }

    /**
     * A window whose error rate is above {@code percent} is wholly unavailable, measured over the calendar year to
     * date (this month's windows and the year's earlier ones, given as priorWindows) against the year's minutes (TAF).
     */
    public static PeriodWindowedRate errorRateAboveOverCalendarYear(String percent, Duration window) {
        return new PeriodWindowedRate(errorRateAbove(percent, window), PeriodWindowedRate.Period.CALENDAR_YEAR);
    }

    /**
     * A window whose error rate is above {@code percent} is wholly unavailable, measured over the service year
     * (from the activation day) to date against the service year's minutes (微搭建站资源包: one-day windows).
     */
    public static PeriodWindowedRate errorRateAboveOverServiceYear(String percent, Duration window) {
        return new PeriodWindowedRate(errorRateAbove(percent, window), PeriodWindowedRate.Period.SERVICE_YEAR);
    }

    /** Single-region multi-AZ unavailability. */
    public static MultiZoneMinutes multiZoneMinutes() {
        return new MultiZoneMinutes(Threshold.none(), Rounding.UP_TO_MINUTE);
    }

    /** A window is bad when its success rate is below {@code percent}. */
    public static WindowedRate successRateBelow(String percent, Duration window) {
        return new WindowedRate(window, WindowedRate.Criterion.SUCCESS_RATE_BELOW, new BigDecimal(percent), 0, 1);
    }

    /** A window is bad when its error rate is above {@code percent}. */
    public static WindowedRate errorRateAbove(String percent, Duration window) {
        return new WindowedRate(window, WindowedRate.Criterion.ERROR_RATE_ABOVE, new BigDecimal(percent), 0, 1);
    }

    /** A window is bad when its error rate is {@code percent} or more. */
    public static WindowedRate errorRateAtLeast(String percent, Duration window) {
        return new WindowedRate(window, WindowedRate.Criterion.ERROR_RATE_AT_LEAST, new BigDecimal(percent), 0, 1);
    }

    /** A window (usually a minute) is down only when every attempt in it failed. */
    public static WindowedRate everyAttemptFailed(Duration window) {
        return new WindowedRate(window, WindowedRate.Criterion.EVERY_ATTEMPT_FAILED, null, 0, 1);
    }

    /**
     * A window (usually a minute) is down when {@code count} or more requests in it failed, whatever
     * the total (RUM: "一分钟内调用 ... API 出现5次及以上服务不可用"); options as for the other windowed rates.
     */
    public static WindowedRate failedAtLeast(long count, Duration window) {
        if (count < 1) {
            throw new IllegalArgumentException("a failed count must be at least 1, was " + count);
        }
        return new WindowedRate(window, WindowedRate.Criterion.FAILED_COUNT_AT_LEAST, BigDecimal.valueOf(count), 0, 1);
    }

    /** 1 - mean of the month's window error rates; empty windows count as 0 (options: a minimum of requests, one event's span). */
    public static MeanWindowErrorRate meanWindowErrorRate(Duration window) {
        return new MeanWindowErrorRate(window);
    }

    /** 1 - failed / total over the month. */
    public static MonthlyRatio monthlyRatio(Duration window) {
        return new MonthlyRatio(window);
    }

    /**
     * Deadline commitments on {@code clock} (service hours or calendar time, read in the contract's
     * zone): add one per kind and severity with {@code respondWithin}, {@code deliverWithin},
     * {@code deliverWithinWorkingDays}. Reads the month's tickets.
     */
    public static DeadlineCommitments deadlines(io.slakit.core.time.ServiceClock clock) {
        return new DeadlineCommitments(clock, java.util.List.of());
    }

    /** Deadlines on several clocks, each ticket checked by the set committing to its kind ({@link DeadlineRoutes}). */
    public static DeadlineRoutes deadlinesByKind(DeadlineCommitments... sets) {
        return DeadlineRoutes.byKind(java.util.List.of(sets));
    }

    /**
     * Deadlines by opening time: tickets opened in {@code hours}' service time are checked by {@code inHours}, the others
     * by {@code otherwise} (emergency response: 1 hour in service hours, 4 hours otherwise; {@link DeadlineRoutes}).
     */
    public static DeadlineRoutes deadlinesByOpening(io.slakit.core.time.ServiceClock hours, DeadlineCommitments inHours,
                                                    DeadlineCommitments otherwise) {
        return DeadlineRoutes.byOpening(hours, inHours, otherwise);
    }

    /**
     * Composite unavailable minutes: the provider's incidents by signal, combined by {@code expression}
     * ({@link Signals#all}, {@link Signals#any}, {@link Signals#lastingAtLeast}); no threshold, partial
     * minutes round up, until told otherwise. Reads each incident's {@code signal}.
     */
    public static CompositeMinutes compositeMinutes(Signals expression) {
        return new CompositeMinutes(expression, Threshold.none(), Rounding.UP_TO_MINUTE);
    }

    /**
     * Unavailable minutes of several components (each incident's scope names one), each with its own
     * threshold, added up rather than merged, against the month's minutes; exact durations until told
     * otherwise. Declare the components with {@code scope(name, threshold)} (CAT, PTS, MPM, MPM-Pro).
     */
    public static SummedScopeMinutes summedScopeMinutes() {
        return new SummedScopeMinutes(java.util.Map.of(), Rounding.EXACT);
    }

    /** Messages delivered / messages sent in the month, from the resource's monthly delivery counts (SMS, voice, email). */
    public static DeliveryRatio deliveryRatio() {
        return new DeliveryRatio();
    }

    /** Intact units / all units. */
    public static Durability durability() {
        return new Durability(false);
    }
}
