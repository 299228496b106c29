package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 弹性公网 IP 服务等级协议 (Elastic IP), seed 002 line 10784. */
final class Eip {
    private Eip() {
    }

    static SlaDefinition definition() {
        return Sla.define("eip", Site.CN, Family.NETWORK)
                .names("弹性公网 IP", "Elastic IP")
                .source(Seeds.CN, 10784, "弹性公网 IP 服务等级协议")
                .updated("2020-05-25T17:37:37")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (10809-10811): a minute is down when every outbound packet of the EIP is dropped at
                        // Tencent Cloud's egress gateway; the month's down minutes are summed. No threshold, no rounding.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 10821)
                        .tiers(10908,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 10860)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 10874)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 10876)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application is attacked, including a DDoS attack that puts the IP in blackhole or scrubbing state"), 10878)
                .exclusion("4.4", "customer-backend-fault", "Problems caused by failing backend servers", 10880)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS, 10882)
                .exclusion("4.6", Clauses.CUSTOMER_OPERATION, 10884)
                .exclusion("4.7", Clauses.CUSTOMER_IGNORED_DOCS, 10886)
                .exclusion("4.8", Clauses.FORCE_MAJEURE.worded("Force majeure"), 10888)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 10890)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 10892)
                .note("Measured per minute (1.4): give one 1-minute window per minute observed, with the outbound packets sent and "
                        + "those dropped at the egress gateway; a minute is down only when all were dropped.")
                .note("1.5: a fee paid for several months at once is split evenly over the months bought; give that monthly share as the fee.")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 10823,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .build();
    }
}
