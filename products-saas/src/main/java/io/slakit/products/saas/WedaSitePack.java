package io.slakit.products.saas;

import io.slakit.api.CreditForm;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.PeriodWindowedRate;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 微搭建站资源包服务等级协议 (WeDa site-building resource pack), seed 002 line 39221. */
final class WedaSitePack {
    private WedaSitePack() {
    }

    static SlaDefinition definition() {
        // 1.2 (39240-39242): availability per service year from the activation day; 1.3 (39244-39246): a natural day whose
        // search-box request failure rate is above 1% is wholly unavailable.
        PeriodWindowedRate availability = Rules.errorRateAboveOverServiceYear("1", Duration.ofDays(1));
        return Sla.define("weda-site-pack", Site.CN, Family.SAAS)
                .names("微搭建站资源包", "WeDa site-building resource pack")
                .source(Seeds.CN, 39221, "微搭建站资源包服务等级协议")
                .updated("2023-05-19T17:04:33")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务年度的服务可用性")
                        .measuredBy(availability)
                        .commitment("99", 39256)
                        // 3.1 (39290, the table displaced to 39351-39355): extra service time, a share of the year's service duration.
                        .credit(Credits.shareOfPeriod(availability,
                                tier("[95, 99)", "10"),
                                tier("[90, 95)", "25"),
                                tier("[0, 90)", "50")), 39351))
                .creditForm(CreditForm.SERVICE_DAYS)
                .claimAfterServiceYear(5, 60, 39295)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance Tencent Cloud notified in advance"), 39319)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 39321)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interfaces or data are attacked or "
                        + "otherwise misused"), 39323)
                .exclusion("4.4", SaasTerms.CREDENTIALS, 39325)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent misoperation or operations the customer authorised"), 39327)
                .exclusion("4.6", SaasTerms.IGNORED_DOCS, 39329)
                .exclusion("4.7", SaasTerms.CAPACITY_EXCEEDED, 39331)
                .exclusion("4.8", SaasTerms.NOT_TENCENT, 39333)
                .exclusion("4.9", SaasTerms.LEGAL, 39335)
                .note("Service year (1.2, 39240-39242): from the activation day to the day before its anniversary (activated 2022-03-17: "
                        + "2022-03-17 .. 2023-03-16), each year accounted separately (服务可用性按服务年度单独核算). Give activeFrom; without it "
                        + "the calendar year is the service year. A term ending inside a year (activeUntil) ends that year there.")
                .note("Unavailability (1.3-1.5, 39244-39252): the unit time is one natural day (Beijing time); a day whose search-box "
                        + "request failure rate (failed / valid requests, 39248) is above 1% is wholly unavailable (1% itself is not; the "
                        + "example, 2% in a day, 39244-39246). Give one window per day (starting 00:00) as (valid requests, failed requests).")
                .note("Availability (2.1, 39254) = (1 - unavailable time / the service year's total time) x 100%: unavailable days x 1440 "
                        + "over the year's days x 1440 (525,600 minutes in 365 days, 527,040 in 366).")
                .note("Monthly evaluation of a yearly measure (39242 with 3.2, 39295-39301: claims only after the service year ends): a month "
                        + "reports the service year's availability to date, the unavailable days from the year's first day to the month's end "
                        + "(this month's windows and the year's earlier ones, given as priorWindows) over the whole year. The year is decided "
                        + "in the month that holds its last day; other months owe nothing yet and say the year is not over. A month holding "
                        + "the anniversary measures the year that ends in it; the new year's days in it are read as priorWindows next month.")
                .note("Credit (3.1, 39262-39266 with the table displaced to 39351-39355): extra service time of 10% (below 99%, at least 95%), "
                        + "25% (below 95%, at least 90%) or 50% (below 90%) of the year's service duration, in days, exact (10% of a 365-day "
                        + "year is 36.5 days), at most the year's paid service duration (39264-39266; 50% never reaches it).")
                .note("Claims (3.2, 39295-39305): from the day after the 5th working day after the service year ends, at the latest 60 "
                        + "calendar days after it ends, through the ticket system. A service year runs from each resource's activation "
                        + "day, so the window is per resource: in the month holding a resource's year end, its report carries its own "
                        + "window (activated 2023-03-17: the year ends 2024-03-16, claims open 2024-03-23, close 2024-05-15); the "
                        + "report states no window of its own, and every format says the windows are per resource.")
                .note("Exclusions (4, 39315-39335): a day overlapping excluded time counts as a day without failures, so it is never "
                        + "unavailable. Give earlier months' excluded time as priorIncidents with the clause's code.")
                .note("Liability (5.1, 39337-39339): total compensation is at most the fees paid, or the service duration obtained, for the "
                        + "service in breach.")
                .build();
    }
}
