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

/** 内容分发网络服务等级协议 (Content Delivery Network), seed 002 line 13422. */
final class Cdn {
    private Cdn() {
    }

    static SlaDefinition definition() {
        return Sla.define("cdn", Site.CN, Family.NETWORK)
                .names("内容分发网络", "Content Delivery Network")
                .source(Seeds.CN, 13422, "内容分发网络服务等级协议")
                .updated("2023-11-03T10:01:41")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "加速域名服务可用性")
                        // 1.8-1.10 (13459-13467): 5-minute units, 288 a day; a unit whose error rate (5XX and connection
                        // timeouts) is above 0.05% is abnormal; two consecutive abnormal units make 10 unavailable minutes.
                        .measuredBy(Rules.errorRateAbove("0.05", Duration.ofMinutes(5)).countingRunsOfAtLeast(2))
                        .commitment("99.9", 13587)
                        .tiers(13649,
                                tier("[99.0, 99.9)", "10"),
                                tier("[95.0, 99.0)", "25"),
                                tier("[0, 95.0)", "50")))
                .claim(5, 60, 13601)
                .exclusion("4.1", "origin-fault", "Request errors caused by a failure of the customer's origin", 13615)
                .exclusion("4.2", "domain-blocked", "Errors from a domain blocked for content violations or other reasons", 13617)
                .exclusion("4.3", "origin-change-unannounced", "The customer changed origin or DNS configuration without telling Tencent Cloud, so nodes cannot reach the origin", 13619)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 13621)
                .exclusion("4.5", "customer-os-upgrade", "The customer upgraded the operating system", 13623)
                .exclusion("4.6", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's website is attacked by hackers"), 13625)
                .exclusion("4.7", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A traffic surge of at least 30% of last month's billed bandwidth without 3 business days' written notice"), 13627)
                .exclusion("4.8", Clauses.ANNOUNCED_MAINTENANCE, 13631)
                .exclusion("4.9", Clauses.THIRD_PARTY_NETWORK, 13633)
                .exclusion("4.10", Clauses.FORCE_MAJEURE, 13658)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE.worded("Other unavailability not caused by Tencent Cloud"), 13660)
                .note("Availability and credit are per acceleration domain (2.1, 3.1(2)): give each domain as its own resource. Its fee is "
                        + "its total monthly fee (1.4-1.7): each service region's monthly fee shared out by the domain's usage in that region, "
                        + "summed over regions; io.slakit.core.rules.UsageShare.feeOf computes it from region fees and usage.")
                .note("Reading of 1.10 for runs longer than two units: a run of n >= 2 consecutive abnormal units counts n x 5 minutes; "
                        + "a lone abnormal unit counts nothing.")
                .build();
    }
}
