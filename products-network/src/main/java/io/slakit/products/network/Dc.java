package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;
import io.slakit.core.rules.WindowedRate;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 专线接入服务等级协议 (Direct Connect), seed 002 line 11400. */
final class Dc {
    /**
     * 1.4 (11425-11431): per minute, 60 ICMP pings from Tencent Cloud's interconnect IP to the customer's; a minute in
     * which all of them are lost (100% loss) is down. Shorter failures never fill a minute and are not counted.
     */
    private static final WindowedRate RULE = Rules.everyAttemptFailed(Duration.ofMinutes(1));

    private Dc() {
    }

    static SlaDefinition definition() {
        return Sla.define("dc", Site.CN, Family.NETWORK)
                .names("专线接入", "Direct Connect")
                .source(Seeds.CN, 11400, "专线接入服务等级协议")
                .liabilityCapOverMonths(12, 11554)
                .updated("2024-09-06T17:19:41")
                .effectiveFromUpdatedDate()
                .edition("dual-line-dual-access-point", "双线双接入点 (two physical lines to two Tencent Cloud access points)",
                        metric("availability", "专线接入实例服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.95", 11479)
                                .tiers(11517,
                                        tier("[99.00, 99.95)", "10"),
                                        tier("[95.00, 99.00)", "25"),
                                        tier("[0, 95.00)", "100")))
                .edition("dual-line-single-access-point", "双线单接入点 (two physical lines to one Tencent Cloud access point)",
                        metric("availability", "专线接入实例服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.00", 11479)
                                .tiers(11527,
                                        tier("[95.00, 99.00)", "10"),
                                        tier("[90.00, 95.00)", "25"),
                                        tier("[0, 90.00)", "100")))
                .edition("single-line", "单线接入 (one physical line to one access point): no availability guarantee, no credit (11533)")
                .claim(5, 60, 11493)
                .exclusion("4(1)", Clauses.ANNOUNCED_MAINTENANCE, 11539)
                .exclusion("4(2)", Clauses.THIRD_PARTY_NETWORK, 11541)
                .exclusion("4(3)", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked by hackers"), 11543)
                .exclusion("4(4)", "customer-misconfiguration", "The customer's network devices or routes are misconfigured", 11545)
                .exclusion("4(5)", Clauses.CUSTOMER_CREDENTIALS, 11547)
                .exclusion("4(6)", "customer-os-upgrade", "The customer upgraded the operating system", 11549)
                .exclusion("4(7)", "customer-app-activity", "The customer's applications or installation activities", 11551)
                .exclusion("4(8)", Clauses.CUSTOMER_OPERATION, 11564)
                .exclusion("4(9)", Clauses.FORCE_MAJEURE, 11566)
                .exclusion("4(10)", "non-standard-architecture", "The customer did not follow Tencent Cloud's standard Direct Connect architecture", 11568)
                .exclusion("4(11)", Clauses.NOT_TENCENT_CAUSE, 11570)
                .exclusion("4(12)", Clauses.LEGAL_EXEMPTION, 11572)
                .note("The exclusion clauses of section 4 are not numbered in the text; they are cited as 4(1)..4(12) in the order written.")
                .note("The topology picks the commitment (2.2, 3.1): a single line has no SLA at all, so the edition single-line has no metric "
                        + "and evaluates to no credit. The edition must be given.")
                .note("Measured per Direct Connect instance (a Direct Connect gateway) and per minute: give one 1-minute window per minute "
                        + "observed, with the pings sent (60) and lost; only a minute with every ping lost is down.")
                .note("5.1 caps liability at the fees of the past 12 months.")
                .evaluationExample("April 2019 (30 days, 43200 minutes) with 15 minutes down: (43200 - 15) / 43200 = 99.97%", 11475,
                        "dual-line-dual-access-point", "availability", YearMonth.of(2019, 4),
                        Examples.windows("dc-example", Instant.parse("2019-04-10T02:00:00Z"), Duration.ofMinutes(1), 15, 60, 60),
                        "15", "99.97", "0")
                .build();
    }
}
