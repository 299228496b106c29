package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 智能创作服务等级协议 (Cloud Media Editing / intelligent creation), seed 002 line 15517. */
final class Cme {
    private Cme() {
    }

    static SlaDefinition definition() {
        return Sla.define("cme", Site.CN, Family.MEDIA)
                .names("智能创作", "Intelligent Creation (CME)")
                .source(Seeds.CN, 15517, "智能创作服务等级协议")
                .updated("2025-06-25T17:28:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务年度的服务可用性")
                        // 1.2/2.1 (15536-15546): availability per service year, from the activation day; a month reads the
                        // year's downtime up to its end (earlier months' outages given as priorIncidents).
                        .measuredBy(Rules.serviceYearMinutes())
                        .commitment("99.9", 15548)
                        // 3.1 (15578-15584): the service year's availability picks a share of the MONTHLY fee;
                        // 2.2(2) (15556): each service month that misses the standard is credited on its own.
                        .tiers(15580,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 15591)
                .liabilityCapOverMonths(12, 15655)
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"), 15605)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application is attacked by hackers"), 15607)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 15609)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 15611)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the agreements, documentation or advice"), 15613)
                .exclusion("4.6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the user installed or third-party software or configuration"), 15615)
                .exclusion("4.7", Clauses.FORCE_MAJEURE.worded("Force majeure (natural disasters, government action, unrest, war, strikes)"), 15617)
                .exclusion("4.8", "telecom-or-regulator", "Changes of basic telecom resources, regulator or carrier controls, public network congestion, other causes beyond Tencent Cloud's control", 15623)
                .exclusion("4.9", Clauses.NON_PAYMENT_SUSPENSION.worded("Suspension or termination because the user did not buy or pay as agreed"), 15633)
                .exclusion("4.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of this or the service agreement"), 15635)
                .exclusion("4.11", Clauses.ROUTINE_MAINTENANCE, 15637)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE, 15639)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 15641)
                .exclusion("4.14", Clauses.ANNOUNCED_MAINTENANCE, 15647)
                .exclusion("4.15", Clauses.CONTENT_VIOLATION.worded("Domains banned for content violations or other reasons"), 15649)
                .exclusion("4.16", Clauses.TRAFFIC_SURGE_UNANNOUNCED, 15651)
                .note("Availability is measured per SERVICE YEAR (1.2, 2.1: 15536-15542) but credited as a share of the monthly fee and claimed per service month "
                        + "(2.2(2) 15556, 3.1 15580, 3.2 15591). A month is evaluated with the provider downtime of its service year from the year's first day "
                        + "to the month's end (this month's incidents plus the year's earlier outages, given as priorIncidents) against the whole year's minutes. "
                        + "Outages before the service year are rejected, not dropped.")
                .note("Credit reading chosen (3.1 with 2.2(2)): a service month misses the standard when the service year's availability at the month's end is "
                        + "below 99.9%; it earns the tier of that availability (10/25/50%) of its own monthly fee, whether or not the month had downtime of its own. "
                        + "The year-to-date availability only falls, so when a month's downtime takes the year across a tier, that month and every later month of the "
                        + "year earn the lower tier; earlier months keep what they earned at their end (no look-ahead, no re-crediting). A new service year starts again.")
                .note("1.2 calls service years 自然年度 (natural years) but its own example runs them from the activation day (2021-03-17 to 2022-03-16): the example "
                        + "is followed. Without an activation day the calendar year is the service year.")
                .note("Service months are calendar months cut at activation and termination (the text defines none). A calendar month holding the anniversary "
                        + "(March 2022 for activation on 2021-03-17) belongs to two service years: each is measured to its end within the month and the lower availability "
                        + "picks the tier.")
                .note("A term ending inside a service year (activeUntil) ends that year there: its total is the minutes of service in it (服务年度内服务总分钟数). "
                        + "Give the same activeUntil in every month of that year so the year's denominator stays the same.")
                .note("The text defines no unavailability event, threshold or rounding: downtime incidents count their exact duration.")
                .note("The example (15544) divides by 12 x 30 x 24 x 60 = 518,400 minutes (a 360-day year); the definition (2.1) says the service year's total minutes, "
                        + "which is what the rule uses (365 or 366 days). Both give 99.99% for 30 minutes.")
                .note("The liability cap (5.1) is the fees paid, or the past 12 months' fees after 12 months of use.")
                .evaluationExample("30 minutes of downtime in 2021: 1 - 30 / (12 x 30 x 24 x 60) = 99.99%", 15544, null, "availability",
                        YearMonth.of(2021, 4), thirtyMinutesIn2021(), "30", "99.99", "0")
                .build();
    }

    /** Activated 2021-03-17; 30 minutes down on 2021-04-10 from 10:00 Beijing time. */
    private static ResourceMonth thirtyMinutesIn2021() {
        Instant start = Instant.parse("2021-04-10T02:00:00Z");
        return ResourceMonth.builder("cme-example", Money.of("1000.00", "CNY"))
                .activeFrom(Instant.parse("2021-03-16T16:00:00Z"))
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(30))))
                .build();
    }
}
