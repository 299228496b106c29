package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 私有连接服务等级协议 (PrivateLink), seed 002 line 11055. */
final class PrivateLink {
    private PrivateLink() {
    }

    static SlaDefinition definition() {
        return Sla.define("privatelink", Site.CN, Family.NETWORK)
                .names("私有连接", "PrivateLink")
                .source(Seeds.CN, 11055, "私有连接服务等级协议")
                .updated("2023-10-09T16:28:01")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单终端节点服务可用性")
                        // 1.6 (11086-11090): a five-minute period in which every attempt through the endpoint fails
                        // (100% loss) is down and counts 5 minutes; failures lasting less than five minutes are not counted.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(5)))
                        .commitment("99.95", 11098)
                        .tiers(11201,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 11141)
                .exclusion("4.1", "announced-maintenance", "System maintenance notified in advance (cutover, repair, upgrade, failure drills)", 11155)
                .exclusion("4.2", "third-party-network", "Network or equipment failure or configuration change outside Tencent Cloud's equipment", 11157)
                .exclusion("4.3", "customer-app-attacked", "The customer's application or data is attacked, or its backend service fails", 11159)
                .exclusion("4.4", "customer-misconfiguration", "The customer's network configuration (routes, ACLs, security groups) is wrong", 11161)
                .exclusion("4.5", "customer-backend-fault", "The instances behind the customer's endpoint service fail (CLB failure or misconfiguration)", 11163)
                .exclusion("4.6", "customer-credentials", "Data, passwords or keys lost or leaked through the customer's maintenance or confidentiality", 11165)
                .exclusion("4.7", "customer-operation", "The customer's negligent authorisation, wrong operations, own devices or third-party software", 11167)
                .exclusion("4.8", "customer-ignored-docs", "The customer did not follow the product documentation or advice", 11169)
                .exclusion("4.9", "capacity-exceeded", "Delay or loss from use beyond the capacity of the paid version", 11171)
                .exclusion("4.10", "not-tencent-cause", "Unavailability not caused by Tencent Cloud", 11173)
                .exclusion("4.11", "legal-exemption", "Exemptions under laws, agreements or rules Tencent Cloud publishes", 11175)
                .exclusion("4.12", "force-majeure", "Force majeure: natural disasters, war, government action, trunk line outages, network congestion", 11177)
                .note("The text states no effective date; the last-updated day 2023-10-09 stands in.")
                .note("Reading of 1.6: the five-minute periods are the aligned 5-minute windows from 00:00:00; a window is down only when "
                        + "every attempt through the endpoint in it failed, and then counts 5 minutes. A failure that straddles two windows "
                        + "without filling either is not counted.")
                .note("3.1(2): the monthly fee is the cash actually paid for the endpoint, excluding vouchers and discounts.")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 11100,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .build();
    }
}
