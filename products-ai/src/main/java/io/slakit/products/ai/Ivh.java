package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云智能数智人服务等级协议 (Intelligent Virtual Human, IVH), seed 002 line 34323. */
final class Ivh {
    /** 2.1 note (2) (34376): a unit with fewer than 2 valid requests adds no error rate. */
    static final long MINIMUM_VALID_REQUESTS = 2;

    private Ivh() {
    }

    static SlaDefinition definition() {
        return Sla.define("ivh", Site.CN, Family.AI)
                .names("腾讯云智能数智人", "Intelligent Virtual Human (IVH)")
                .source(Seeds.CN, 34323, "腾讯云智能数智人服务等级协议")
                .liabilityCapOverMonths(12, 34447)
                .updated("2023-07-03T11:31:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 / 1.6 / 2.1 (34350, 34366-34376): 288 five-minute units a day; mean of their failed / valid rates over
                        // 12 x 24 x days units; a unit with fewer than 2 valid requests adds no rate but still counts.
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate().countingRatesOfWindowsWithAtLeast(MINIMUM_VALID_REQUESTS))
                        .commitment("99", 34399)
                        .tiers(34461,
                                tier("[97, 99)", "5"),
                                tier("[95, 97)", "10"),
                                tier("[0, 95)", "20")))
                .claim(5, 60, 34411)
                .exclusion("1.4(1)", Clauses.CONTENT_VIOLATION.worded("Failures from accounts or domains banned for violating or non-compliant content"), 34356)
                .exclusion("1.4(2)", Clause.of("hotlink-or-auth-failure", "Hotlinking and failed authentication not caused by the service"), 34358)
                .exclusion("1.4(3)", Clause.of("docs-not-followed-failures", "Unavailability from not following the product documentation or advice"), 34360)
                .exclusion("1.4(4)", Clause.of("service-initiated-upgrade",
                        "Errors or unavailability from reasonable upgrades, changes or shutdowns the service initiates"), 34362)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 34425)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 34427)
                .exclusion("4.3", AiTerms.INTERFACE_OR_DATA_ATTACKED, 34429)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 34431)
                .exclusion("4.5", AiTerms.NEGLIGENCE_OR_OWN_EQUIPMENT, 34433)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 34435)
                .exclusion("4.7", Clause.of("domain-banned", "Errors from a domain banned for the customer's content violations or other reasons"), 34437)
                .exclusion("4.8", AiTerms.OVER_CAPACITY, 34439)
                .exclusion("4.9", AiTerms.NOT_TENCENT, 34441)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 34443)
                .note(AiTerms.failedRequests(34354, "video-production or stream-creation requests that failed through a service fault, i.e. the interface "
                        + "returned an internal-error type; 1.4(1) to 1.4(4) take out bans for content violations, hotlinking or authentication failures "
                        + "not caused by the service, not following the documentation, and service-initiated upgrades."))
                .note("Valid requests (1.5, 34364): video-production and stream-creation requests the server received, except requests sent by hackers "
                        + "attacking the platform (not the customer's application). Each window's total is its valid requests, the rate's denominator (34366).")
                .note("A 5-minute unit with fewer than 2 valid requests adds no error rate; the number of units stays 12 x 24 x days (34374-34376). "
                        + "A unit with 0 or 1 valid request therefore counts with a rate of 0.")
                .note(AiTerms.serviceMonths17("1.2, 34344-34348; the text calls it 服务周期 at 34382"))
                .note("The credit is capped at the month's fee for the service without vouchers, coupons or waivers (3.1(2), 34407-34409); "
                        + "the text does not define the monthly fee.")
                .note("The service terms add that a free public-beta version carries no concurrency or availability promise during its free period "
                        + "(服务条款 3.1, 34642): such use has no credit; stated outside the SLA's numbered exclusions, it is a note.")
                .note("Liability cap (5.1, 34445-34447): the fees paid for the service in the past 12 months.")
                .build();
    }
}
