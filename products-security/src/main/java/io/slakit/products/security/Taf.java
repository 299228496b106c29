package io.slakit.products.security;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.PeriodWindowedRate;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.products.security.SecurityTerms.*;

/** 流量反欺诈服务等级协议 (Traffic Anti-Fraud, TAF), seed 002 line 16957. */
final class Taf {
    private Taf() {
    }

    static SlaDefinition definition() {
        // 1.2 (16974): the service period is a natural year; 1.6-1.7 (16982-16984): a minute whose error rate is above 1% is unavailable.
        PeriodWindowedRate availability = Rules.errorRateAboveOverCalendarYear("1", Duration.ofMinutes(1));
        return Sla.define("taf", Site.CN, Family.SECURITY)
                .names("流量反欺诈", "Traffic Anti-Fraud (TAF)")
                .source(Seeds.CN, 16957, "流量反欺诈服务等级协议")
                .updated("2022-08-03T11:43:44")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(availability)
                        .commitment("99", 16990)
                        // 3.1 (17021): 10 x the failed requests of the fault events, as free calls, capped by the calls of T-1 .. T-31.
                        .credit(Credits.perFailedRequestCappedByPriorCalls(availability, CreditUnit.API_CALLS, "10", 31), 17021))
                .creditForm(CreditForm.FREE_USAGE)
                .claimWithinMonths(5, 2, 17023)
                .exclusion("4.1", NOT_TENCENT_CAUSE.worded("Unavailability or a missed standard not caused by Tencent Cloud"), 17029)
                .exclusion("4.2", LEGAL_EXEMPTION, 17031)
                .note("The headings of 3.x and 4.x (17045-17049) are displaced below the clauses by the PDF extraction: 3.1 赔偿标准 is 17021, "
                        + "3.2 赔偿申请时限 17023-17025, 4 免责条款 17027-17031.")
                .note("Period (1.2-1.3, 16974-16976): a service period is a calendar year (Beijing time); its minutes are its days x 1440 "
                        + "(525,600 in 365 days, 527,040 in 366). Availability (2.1, 16988) = (period minutes - unavailable minutes) / period minutes.")
                .note("Unavailability (1.6-1.8, 16982-16986): a natural minute whose error rate (failed / valid requests) is above 1% is "
                        + "unavailable (1% itself is not; a minute without requests is not). Give one window per minute with requests as "
                        + "(valid requests received, failed requests); failed requests are normal requests that never reached the server "
                        + "because of a TAF failure (16978), so count them in both.")
                .note("Reading of the fault events (1.7, 16984): \"服务连续1分钟以上不可用的，计为一次故障事件\" - 以上 is read as inclusive, as "
                        + "Captcha reads the same wording (17109): every unavailable minute belongs to a fault event, and adjacent unavailable "
                        + "minutes are one event. Unavailable minutes (1.8, 16986) are the events' minutes, so every unavailable minute counts.")
                .note("Monthly evaluation of a yearly measure (16974 with 3.2, 17023-17025: claims are monthly): a month reports the calendar "
                        + "year's availability to date, the unavailable minutes from January 1 to the month's end (this month's windows and the "
                        + "year's earlier ones, given as priorWindows) over the whole year's minutes, so December's value is the year's. Windows "
                        + "before January 1 are rejected, not dropped.")
                .note("Reading of the credit (3.1, 17021, with 2.2, 16990): a month owes a credit when the year's availability to its end is "
                        + "below 99%. The first such month pays every fault event of the year to date; a later month (the year already below 99% "
                        + "at its start) pays only its own, so each fault event of a breached year is credited exactly once. The credit is 10 x "
                        + "the failed requests of the events, as free calls, never money.")
                .note("Reading of the cap (3.1, 17021): \"故障日期（T）前30日内调用总次数，即 T-1 至 T-31 期间的调用总次数\" says 30 days and "
                        + "then spells out T-1 to T-31, 31 days. The spelled-out range is taken (it names the exact days, after 即): the credit "
                        + "for the fault events on date T is at most the calls of the 31 days T-1 .. T-31. The cap is by fault date, so several "
                        + "events on one day share it and an event over midnight is capped day by day.")
                .note("The calls of those days are given as dailyCalls ({\"2024-03-04\": 120000, ...}, every day T-1 .. T-31 of each fault "
                        + "date; a missing day is an error naming it). They are not taken from the windows: a minute not given is a minute "
                        + "without failures, not one without calls, so windows cannot prove the days' totals.")
                .note("Exclusions (4, 17027-17031): a minute overlapping excluded time counts as a minute without failures: it is not "
                        + "unavailable, not in a fault event, and its failed requests are not credited. Give earlier months' excluded time as "
                        + "priorIncidents with the clause's code.")
                .note("Claims (3.2, 17023-17025): after the 5th working day of each calendar month for the month before, within two calendar "
                        + "months after that month ends.")
                .note("Liability (5.1, 17033-17035): Tencent Cloud's total liability for breach is at most the fees paid for the service in breach.")
                .build();
    }
}
