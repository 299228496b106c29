package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯电子签服务等级协议 (Tencent Electronic Signature Service), seed 002 line 52037. */
final class Ess {
    private Ess() {
    }

    static SlaDefinition definition() {
        return Sla.define("ess", Site.CN, Family.SAAS)
                .names("腾讯电子签", "Tencent Electronic Signature Service")
                .source(Seeds.CN, 52037, "腾讯电子签服务等级协议")
                .updated("2025-05-26T14:07:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (52064-52066): a minute counts only when the user cannot use any of the service's functions throughout it.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 52074)
                        .tiers(52192,
                                tier("[99.5, 99.9)", "5"),
                                tier("[97, 99.5)", "10"),
                                tier("[95, 97)", "20"),
                                tier("[0, 95)", "50")))
                .metric(metric("durability", "数据存储持久性")
                        // 2.1 (52072): contract files stored on ESS's public cloud, 99.999999999% (11 nines).
                        .measuredBy(Rules.durability())
                        .commitment("99.999999999", 52072)
                        .noCredit("2.1 states the contract files' durability without any credit"))
                .claim(5, 60, 52126)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded(
                        "System maintenance ESS and Tencent Cloud notified in advance (cutover, repair, upgrade, failure drills)"), 52154)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Network or equipment failure or configuration change outside ESS's and Tencent Cloud's equipment, such as carrier failures"), 52156)
                .exclusion("4.3", "beyond-reasonable-control", "Suspension, interruption, delay or restriction of use from force majeure (fire, typhoon, earthquake, "
                        + "tsunami, government action, power cuts, war, terrorism, hackers, viruses), carriers or government control beyond reasonable control", 52158)
                .exclusion("4.4", "telecom-or-regulator", "Controls by the MIIT, communications administrations or other regulators and carriers", 52162)
                .exclusion("4.5", Clauses.CUSTOMER_APP_ATTACKED.worded(
                        "The user's application, interfaces or data are attacked, or other improper behaviour"), 52164)
                .exclusion("4.6", Clauses.CUSTOMER_FAULT.worded("The user's own network, system, software or equipment failed"), 52166)
                .exclusion("4.7", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded(
                        "Lower availability from a large traffic surge not announced in writing to Tencent Cloud or the service team"), 52168)
                .exclusion("4.8", Clauses.CUSTOMER_CREDENTIALS, 52170)
                .exclusion("4.9", SaasTerms.NEGLIGENT_AUTHORISATION, 52172)
                .exclusion("4.10", Clauses.CUSTOMER_IGNORED_DOCS, 52174)
                .exclusion("4.11", "capacity-exceeded", "Push delays or drops from use beyond the capacity rated for the paid version", 52176)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by ESS or Tencent Cloud"), 52178)
                .exclusion("4.13", Clauses.CONTENT_VIOLATION.worded("Errors from domains or content banned for the user's content violations or other reasons"), 52180)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION.worded("Exemptions under laws, agreements or rules ESS and Tencent Cloud publish"), 52182)
                .exclusion("4.15", "signature-law-breach", "Defects of contract validity or contract disputes from the user breaking the Electronic Signature Law, "
                        + "the Civil Code or other laws", 52186)
                .exclusion("4.16", "other-customer-fault",
                        "Other service defects or unavailability attributable to the user's fault", 52188)
                .note("Contracting parties: the text binds the user, Tencent E-Sign (腾讯电子签) and Tencent Cloud (52050); liability (5.1, "
                        + "52207-52209) is at most the fee paid to E-Sign for the service item breached. Signed in Nanshan, Shenzhen, under PRC law (5.4, 52221).")
                .note("The monthly fee (1.5, 52070) is the annual fee / 365 x the days actually used in the service month: give that as the resource's fee.")
                .note("3.2(2) (52136-52140): each failing month must be claimed within 60 calendar days after that month ends; a late claim "
                        + "loses that month's credit only. The claim window is computed per service month.")
                .note("2.3 (52084-52088): capacity is expanded when daily load passes 80%; a customer expecting daily volume of twice the "
                        + "previous week's daily mean should tell the ESS team 3 working days ahead. This removes no time by itself; an "
                        + "unannounced surge is clause 4.7.")
                .note("Give one window sample per minute (aligned to the minute, Beijing time): a minute with every attempt failed is one in "
                        + "which no function could be used. Minutes without a sample count as available.")
                .evaluationExample("April 2023, one day 23:01-23:05 with no function usable: 5 minutes unavailable, "
                                + "1 - 5 / (30 x 24 x 60) = 99.98%", 52080, null, "availability", YearMonth.of(2023, 4),
                        fiveDeadMinutes(), "5", "99.98843", null)
                .build();
    }

    /** April 10 2023, the minutes 23:01 to 23:05 Beijing time: every attempt failed. */
    static ResourceMonth fiveDeadMinutes() {
        ResourceMonth.Builder b = ResourceMonth.builder("org-example", Money.of("100.00", "CNY"));
        Instant start = Instant.parse("2023-04-10T15:01:00Z");
        for (int i = 0; i < 5; i++) {
            b.window(WindowSample.of(start.plus(Duration.ofMinutes(i)), 3, 3));
        }
        return b.build();
    }
}
