package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 全站加速网络服务等级协议 (Edge Content Delivery Network, whole-site acceleration), seed 002 line 13679. */
final class Ecdn {
    private Ecdn() {
    }

    static SlaDefinition definition() {
        return Sla.define("ecdn", Site.CN, Family.NETWORK)
                .names("全站加速网络", "Edge Content Delivery Network")
                .source(Seeds.CN, 13679, "全站加速网络服务等级协议")
                .updated("2023-10-10T15:14:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "加速域名服务可用性")
                        // 1.10-1.12 (13726, 13753-13759): 5-minute units, 288 a day; a unit whose error rate (5XX and connection
                        // timeouts) is above 0.05% is abnormal; two consecutive abnormal units make 10 unavailable minutes.
                        .measuredBy(Rules.errorRateAbove("0.05", Duration.ofMinutes(5)).countingRunsOfAtLeast(2))
                        .commitment("99.9", 13773)
                        .tiers(13819,
                                tier("[99.0, 99.9)", "10"),
                                tier("[95.0, 99.0)", "25"),
                                tier("[0, 95.0)", "50")))
                .claim(5, 60, 13789)
                .exclusion("4.1", "origin-fault", "Request errors caused by a failure of the customer's origin", 13830)
                .exclusion("4.2", "domain-blocked", "Errors from a domain blocked for content violations or other reasons", 13832)
                .exclusion("4.3", "origin-change-unannounced", "The customer changed origin or DNS configuration without telling Tencent Cloud, so nodes cannot reach the origin", 13834)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 13836)
                .exclusion("4.5", "customer-os-upgrade", "The customer upgraded the operating system", 13838)
                .exclusion("4.6", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's website is attacked by hackers"), 13840)
                .exclusion("4.7", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A traffic surge of at least 30% of last month's billed bandwidth without 3 business days' written notice"), 13842)
                .exclusion("4.8", Clauses.ANNOUNCED_MAINTENANCE, 13846)
                .exclusion("4.9", Clauses.THIRD_PARTY_NETWORK, 13848)
                .exclusion("4.10", Clauses.FORCE_MAJEURE, 13850)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE.worded("Other unavailability not caused by Tencent Cloud"), 13852)
                .note("Availability and credit are per acceleration domain (2.1, 3.1(2)): give each domain as its own resource. Its fee is "
                        + "its monthly platform fee (1.4-1.9, 1.13): each service region's monthly fee shared out by the domain's usage in that region, "
                        + "summed over regions; io.slakit.core.rules.UsageShare.feeOf computes it from region fees and usage.")
                .note("Reading of 1.12 for runs longer than two units: a run of n >= 2 consecutive abnormal units counts n x 5 minutes; "
                        + "a lone abnormal unit counts nothing.")
                .note("1.5, 1.8 and 2.1 also define daily platform fees and a daily availability (13710-13722, 13769); no commitment or "
                        + "credit uses them, so only the monthly availability is evaluated.")
                .build();
    }
}
