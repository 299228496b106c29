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

/** 边缘安全加速平台 EO 服务等级协议 (EdgeOne), seed 002 line 13240. */
final class Eo {
    private Eo() {
    }

    static SlaDefinition definition() {
        return Sla.define("eo", Site.CN, Family.NETWORK)
                .names("边缘安全加速平台 EO", "EdgeOne")
                .source(Seeds.CN, 13240, "边缘安全加速平台 EO 服务等级协议")
                .liabilityCapOverMonths(12, 13399)
                .updated("2023-09-27T09:46:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "站点(实例)服务可用性")
                        // 1.5/1.6 (13269-13285): 5-minute units, 288 a day; a unit whose error rate is above 0.1% is abnormal;
                        // two consecutive abnormal units make 10 unavailable minutes, fewer are not counted.
                        .measuredBy(Rules.errorRateAbove("0.1", Duration.ofMinutes(5)).countingRunsOfAtLeast(2))
                        .commitment("99.9", 13314)
                        .tiers(13384,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 13328)
                .exclusion("4.1", "customer-security-threat", "The customer or its end users threaten security, commit fraud or act illegally", 13342)
                .exclusion("4.2", "customer-equipment", "Equipment, software or technology of the customer or a third party outside Tencent Cloud's control", 13344)
                .exclusion("4.3", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not configure the product as Tencent Cloud specifies"), 13346)
                .exclusion("4.4", "arrears", "Non-payment or arrears", 13348)
                .exclusion("4.5", "carrier-outage", "A severe failure of a network carrier", 13350)
                .exclusion("4.6", "origin-fault", "Request errors caused by a failure of the customer's origin", 13352)
                .exclusion("4.7", "domain-blocked", "Errors from a domain blocked for content violations or other reasons", 13354)
                .exclusion("4.8", "origin-change-unannounced", "The customer changed origin or DNS configuration without telling Tencent Cloud, so nodes cannot reach the origin", 13356)
                .exclusion("4.9", Clauses.CUSTOMER_CREDENTIALS, 13358)
                .exclusion("4.10", "customer-os-upgrade", "The customer upgraded the operating system", 13360)
                .exclusion("4.11", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A traffic surge of at least 30% of last month's billed bandwidth without 3 business days' written notice"), 13362)
                .exclusion("4.12", "origin-problem", "Problems of the customer's origins (bandwidth full, IP exposed, data-centre failure, link jitter)", 13366)
                .exclusion("4.13", Clauses.ANNOUNCED_MAINTENANCE.worded("Maintenance notified in advance, or maintenance and upgrades of network, hardware or service"), 13368)
                .exclusion("4.14", Clauses.ROUTINE_MAINTENANCE.worded("Brief interruptions from normal maintenance and upgrades described in the service agreement"), 13372)
                .exclusion("4.15", Clauses.FORCE_MAJEURE.worded("Force majeure"), 13374)
                .exclusion("4.16", Clauses.NOT_TENCENT_CAUSE, 13393)
                .exclusion("4.17", Clauses.LEGAL_EXEMPTION, 13395)
                .note("Availability is per acceleration site (instance) (2.1, 13310-13312): give each site as its own resource with its fee.")
                .note("An error is a request that, through EO's own fault, cannot reach the origin or gets a 4xx/5xx from it, or L4 proxy "
                        + "loss above 20% or TCP success below 30% (13275-13279); give per 5-minute window the requests and those errors.")
                .note("Reading of 1.6 for runs longer than two units (the text says only that two consecutive abnormal units count 10 "
                        + "minutes): a run of n >= 2 consecutive abnormal units counts n x 5 minutes; a lone abnormal unit counts nothing.")
                .note("1.6 (13281-13283): availability covers EO only, not failures of services outside EO (the customer's origin bandwidth "
                        + "full, its data centre failing); those are the causes of clauses 4.6 and 4.12 (origin-fault, origin-problem), so "
                        + "the sentence adds no code of its own.")
                .note("3.1(2): the monthly fee is the cash actually paid, excluding vouchers and discounts. 5.1 caps liability at the fees "
                        + "paid, or the past 12 months' cash once the service has been used for more than 12 months.")
                .build();
    }
}
