package io.slakit.products.network;

import io.slakit.api.Family;
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

/** NAT 网关服务等级协议 (NAT Gateway), seed 002 line 10647. */
final class Nat {
    private Nat() {
    }

    static SlaDefinition definition() {
        return Sla.define("nat", Site.CN, Family.NETWORK)
                .names("NAT 网关", "NAT Gateway")
                .source(Seeds.CN, 10647, "NAT 网关服务等级协议")
                .updated("2020-08-10T16:27:53")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3/1.4 (10668-10674): down while every packet in both directions is dropped; downtime is
                        // resolved minus started, at most 1 minute is not counted, 1m01s counts 2 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.99", 10688)
                        .tiers(10773,
                                tier("[99.95, 99.99)", "10"),
                                tier("[99.50, 99.95)", "25"),
                                tier("[0, 99.50)", "100")))
                .claim(5, 60, 10725)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 10739)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded("Network or equipment failure or configuration change outside Tencent Cloud's, e.g. a carrier failure"), 10741)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked by hackers"), 10743)
                .exclusion("4.4", "customer-misconfiguration", "The customer's routes, firewall or other policies are misconfigured", 10745)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS, 10747)
                .exclusion("4.6", "customer-app-activity", "The customer's applications or installation activities", 10749)
                .exclusion("4.7", Clauses.CUSTOMER_OPERATION, 10751)
                .exclusion("4.8", Clauses.FORCE_MAJEURE, 10753)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 10755)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 10757)
                .note("An incident is a period in which the NAT gateway dropped every packet in both directions (1.3, per Tencent Cloud "
                        + "monitoring); its length is resolved minus started (1.4), so the rule reads incidents rather than per-minute packet counts.")
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 10670, null, "availability", YearMonth.of(2024, 4),
                        Examples.outage("nat-example", Instant.parse("2024-04-05T02:00:00Z"), Duration.ofSeconds(61)), "2", null, null)
                .evaluationExample("An outage of at most 1 minute is not counted", 10672, null, "availability", YearMonth.of(2024, 4),
                        Examples.outage("nat-example", Instant.parse("2024-04-05T02:00:00Z"), Duration.ofSeconds(60)), "0", null, null)
                .build();
    }
}
