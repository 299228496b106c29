package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 负载均衡服务等级协议 (Cloud Load Balancer and Gateway Load Balancer), seed 002 line 10385. */
final class Clb {
    /** 1.4/1.5 (10414-10418): at most 1 minute is not counted; 1m01s counts 2 minutes. */
    private static final IncidentMinutes RULE = Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp();

    private Clb() {
    }

    static SlaDefinition definition() {
        return Sla.define("clb", Site.CN, Family.NETWORK)
                .names("负载均衡", "Cloud Load Balancer")
                .source(Seeds.CN, 10385, "负载均衡服务等级协议")
                .liabilityCapOverMonths(12, 10631)
                .updated("2024-11-11T11:09:32")
                .effectiveFromUpdatedDate()
                .edition("domain-public", "域名化公网负载均衡 CLB 和网关负载均衡 GWLB (domain-based public CLB, GWLB)",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.99", 10579)
                                .tiers(10602,
                                        tier("[99, 99.99)", "10"),
                                        tier("[95, 99)", "25"),
                                        tier("[0, 95)", "100")))
                .edition("other", "非域名化公网负载均衡 CLB 和内网负载均衡 CLB (non-domain public CLB, private CLB)",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.95", 10591)
                                .tiers(10610,
                                        tier("[99, 99.95)", "10"),
                                        tier("[95, 99)", "25"),
                                        tier("[0, 95)", "100")))
                .claim(5, 60, 10548)
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK, 10562)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 10564)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 10566)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION, 10568)
                .exclusion("4.5", "customer-backend-fault", "No backend server configured, or the backend servers failed", 10570)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 10572)
                .exclusion("4.7", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 10574)
                .exclusion("4.8", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or release for breach of the service agreement (arrears...)"), 10621)
                .exclusion("4.9", Clauses.ROUTINE_MAINTENANCE.worded("Brief interruptions from normal maintenance and upgrades described in the service agreement"), 10623)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 10625)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 10627)
                .note("The product type picks the commitment (2.2): the edition must be given, since the text makes neither the default.")
                .note("1.4 counts a minute as down when every connection to an instance with forwarding rules fails for more than 1 minute; "
                        + "downtime is resolved minus started, at most 1 minute is ignored and partial minutes round up (1.5).")
                .note("5.1 caps liability at the fees paid, or the past 12 months' fees once the service has been used for more than 12 months.")
                .allowanceExample("A 30-day month at 99.99% allows 43200 - 43195.68 = 4.32 minutes", 10583,
                        "domain-public", "availability", YearMonth.of(2024, 4), "4.32")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 10594,
                        "other", "availability", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 10416, "other", "availability", YearMonth.of(2024, 4),
                        Examples.outage("lb-example", Instant.parse("2024-04-05T02:00:00Z"), Duration.ofSeconds(61)), "2", null, null)
                .evaluationExample("An outage of at most 1 minute is not counted", 10418, "other", "availability", YearMonth.of(2024, 4),
                        Examples.outage("lb-example", Instant.parse("2024-04-05T02:00:00Z"), Duration.ofSeconds(60)), "0", null, null)
                .build();
    }
}
