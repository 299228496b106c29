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
                        // 1.6 (11086-11090): a continuous failure of every attempt through the endpoint (100% loss)
                        // lasting five minutes or more is unavailable for its whole length; a shorter one is not counted.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99.95", 11098)
                        .tiers(11201,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 11141)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 11155)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 11157)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked, or its backend service fails"), 11159)
                .exclusion("4.4", "customer-misconfiguration", "The customer's network configuration (routes, ACLs, security groups) is wrong", 11161)
                .exclusion("4.5", "customer-backend-fault", "The instances behind the customer's endpoint service fail (CLB failure or misconfiguration)", 11163)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 11165)
                .exclusion("4.7", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software"), 11167)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 11169)
                .exclusion("4.9", "capacity-exceeded", "Delay or loss from use beyond the capacity of the paid version", 11171)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 11173)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 11175)
                .exclusion("4.12", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 11177)
                .note("Reading of 1.6 (11086-11090): \"在某五分钟内…通信尝试均失败…该五分钟计入不可用时间\" names a five-minute "
                        + "period of total failure, and the next sentence (11088) \"如连续尝试失败时间未持续五分钟，则不计入不可用时间\" "
                        + "makes the length of the continuous failure the test, and the month sums unavailable minutes (11088-11090). "
                        + "Reading chosen: an outage is a continuous span in which every attempt through the endpoint fails (100% loss); "
                        + "one lasting five minutes or more counts its whole length, since every five-minute period inside it is one the "
                        + "text counts, and a shorter one counts nothing. The periods are not aligned blocks: a 6-minute failure "
                        + "straddling 10:03-10:09 counts, which aligned windows would drop although it lasted five minutes. Partial "
                        + "minutes round up, as the month is counted in minutes. Give each such span as an incident.")
                .note("3.1(2): the monthly fee is the cash actually paid for the endpoint, excluding vouchers and discounts.")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 11100,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .build();
    }
}
