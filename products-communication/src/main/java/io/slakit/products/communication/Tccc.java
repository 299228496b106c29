package io.slakit.products.communication;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云云联络中心 TCCC 服务等级协议 (Tencent Cloud Contact Center), seed 002 line 45402. */
final class Tccc {
    static final Duration MINUTE = Duration.ofMinutes(1);

    private Tccc() {
    }

    static SlaDefinition definition() {
        return Sla.define("tccc", Site.CN, Family.COMMUNICATION)
                .names("云联络中心", "Tencent Cloud Contact Center (TCCC)")
                .source(Seeds.CN, 45402, "腾讯云云联络中心 TCCC 服务等级协议")
                .liabilityCapOverMonths(12, 45650)
                .updated("2023-10-30T16:01:02")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4/1.5 (45437-45441, 45465): each minute (00:00:00 stands for 00:00:00-00:00:59) whose call
                        // success rate is below 99% is unavailable; every such unit is one whole minute, so
                        // "低于1分钟不计入" never drops a counted unit.
                        .measuredBy(Rules.successRateBelow("99", MINUTE))
                        .commitment("99.5", 45520)
                        .tiers(45629,
                                tier("[99, 99.5)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .metric(metric("durability", "数据存储持久性")
                        .measuredBy(Rules.durability())
                        .commitment("99.99999", 45445)
                        .noCredit("1.7 states the storage durability (at most 1 of 10,000,000 files lost a month) without any credit"))
                .claim(5, 60, 45559)
                .exclusion("5.1", "customer-fault", "The customer's own network, system, software or equipment failed", 45595)
                .exclusion("5.2", Clauses.CUSTOMER_CREDENTIALS, 45597)
                .exclusion("5.3", "customer-app-attacked", "The customer's application or data was attacked by hackers", 45599)
                .exclusion("5.4", "customer-ignored-docs", "The customer did not follow the product documentation or advice, including exceeding the maximum call frequency", 45601)
                .exclusion("5.5", "customer-operation", "The customer's negligence or operations the customer authorised", 45603)
                .exclusion("5.6", "illegal-content", "Illegal content such as pornography, gambling, drugs or fraud", 45605)
                .exclusion("5.7", "traffic-surge-unannounced", "A large concurrency demand not announced in advance, reaching 5.0 QPS or more", 45607)
                .exclusion("5.8", "trial-feature", "Products, features or permissions in trial operation, not publicly released", 45609)
                .exclusion("5.9", "regulator-or-carrier-control", "Controls imposed by the MIIT, telecom regulators or the carriers", 45611)
                .exclusion("5.10", "invalid-number", "Requests that failed because the customer passed an invalid number (unregistered, no billing number, barred, malicious calls)", 45613)
                .exclusion("5.11", "announced-event", "Major events or promotions Tencent Cloud announced in advance", 45615)
                .exclusion("5.12", "announced-maintenance", "System maintenance notified in advance (cutover, repair, upgrade, failure drills)", 45617)
                .exclusion("5.13", "third-party-network", "Network or equipment failure or configuration change outside Tencent Cloud's network and equipment", 45619)
                .exclusion("5.14", Clauses.FORCE_MAJEURE, 45621)
                .exclusion("5.15", "not-tencent-cause", "Unavailability or missed targets not caused by Tencent Cloud", 45623)
                .exclusion("5.16", "legal-exemption", "Exemptions under laws, agreements, service terms or rules Tencent Cloud publishes", 45625)
                .exclusion("5.17", "telephony-rules-breach", "Improper use in breach of laws or the telephone service access rules (电话业务接入准则)", 45644)
                .exclusion("5.18", "outbound-rules-breach", "Phone numbers made unusable because the customer did not follow the outbound calling rules", 45646)
                .note("A one-minute unit with no call requests has no success rate and is not counted as unavailable (1.4, 45437).")
                .note("The durability of 1.7 (45445) is stated without credit: it is evaluated when durability counts are given and never earns a credit.")
                .note("3.1(1) (45524): the credit is a voucher usable only for this service; 3.1(2) (45555) caps it at the month's fee for the service.")
                .note("6.1 (45648-45652) also caps the total liability at the fees paid for the service, and for use over 12 months at the fees of the "
                        + "past 12 months (45650); declared as the 12-month liability cap, applied when several months are evaluated together.")
                .note("3.3 (45571-45577): a claim must come with an incident report, the dates, times and durations with the failed inbound or "
                        + "outbound call records, and other information Tencent Cloud reasonably asks for.")
                .note("7.5 (45672-45676): after termination the account's data is kept 15 days, then deleted.")
                .note("4.3 (45589) disclaims disputes caused by third-party software in the service; it removes no time and is not an exclusion clause.")
                .note("The text states no effective date; the last-updated day 2023-10-30 stands in. Earlier months are evaluated under this version with a warning.")
                .evaluationExample("March 2019, a 98% call success rate every minute from 10:00 to 10:30: 30 minutes unavailable, "
                                + "1 - 30 / (31 x 24 x 60) = 99.93%", 45516, null, "availability", YearMonth.of(2019, 3),
                        halfHourAtNinetyEightPercent(), "30", "99.93", "0")
                .build();
    }

    /** Thirty one-minute units, 10:00 to 10:30 Beijing time on 2019-03-12, each with 98 of 100 calls reaching the server. */
    private static ResourceMonth halfHourAtNinetyEightPercent() {
        ResourceMonth.Builder builder = ResourceMonth.builder("tccc-example", Money.of("1000.00", "CNY"));
        Instant tenOClock = Instant.parse("2019-03-12T02:00:00Z");
        for (int i = 0; i < 30; i++) {
            builder.window(WindowSample.of(tenOClock.plus(MINUTE.multipliedBy(i)), 100, 2));
        }
        return builder.build();
    }
}
