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

/** VPN 连接服务等级协议 (VPN Connections), seed 002 line 12325. */
final class Vpn {
    private Vpn() {
    }

    static SlaDefinition definition() {
        return Sla.define("vpn", Site.CN, Family.NETWORK)
                .names("VPN 连接", "VPN Connections")
                .source(Seeds.CN, 12325, "VPN 连接服务等级协议")
                .updated("2020-08-10T16:26:30")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单 VPN 网关实例服务可用性")
                        // 1.5 (12356-12358): a minute in which every attempt to connect to the VPN gateway fails is down;
                        // failures lasting less than 1 minute are not counted.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 12366)
                        .tiers(12455,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 12407)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 12421)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 12423)
                .exclusion("4.3", "customer-misconfiguration", "The customer's misconfiguration broke the VPN tunnel", 12425)
                .exclusion("4.4", "customer-backend-fault", "The customer's backend servers failed", 12427)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS, 12429)
                .exclusion("4.6", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software"), 12431)
                .exclusion("4.7", Clauses.CUSTOMER_IGNORED_DOCS, 12433)
                .exclusion("4.8", "capacity-exceeded", "Delay or loss from use beyond the capacity of the paid version", 12435)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 12437)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 12439)
                .note("Measured per VPN gateway and per minute: give one 1-minute window per minute observed, with the connection attempts "
                        + "and those that failed; a minute is down only when all failed. The text states no rounding clause; whole minutes count.")
                .note("The agreement does not apply to VPN gateway instances and features in beta (12330-12332).")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 12368,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .build();
    }
}
