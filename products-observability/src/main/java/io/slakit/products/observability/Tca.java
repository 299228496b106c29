package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云代码分析 TCA 服务等级协议 (Tencent Cloud Code Analysis), seed 002 line 41695. */
final class Tca {
    private Tca() {
    }

    static SlaDefinition definition() {
        return Sla.define("tca", Site.CN, Family.OBSERVABILITY)
                .names("腾讯云代码分析", "Tencent Cloud Code Analysis")
                .source(Seeds.CN, 41695, "腾讯云代码分析 TCA 服务等级协议")
                .updated("2024-10-14T10:42:21")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 (41728-41730): unavailable when every request the user sends fails for 5 minutes or more in a row;
                        // 1.6 (41732-41736): partial minutes count 1 minute. Exactly 5 minutes: see the note.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99.5", 41744)
                        .tiers(41842,
                                tier("[99, 99.5)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 41780)
                .exclusion("1.4-note", "rate-limit-or-upgrade", "Requests rate-limited, or failing because the service is upgraded, "
                        + "changed or shut down, are not failed requests", 41726)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance Tencent Cloud or the service team notified in "
                        + "advance (cutover, repair, upgrade, failure drills)"), 41794)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 41796)
                .exclusion("4.3", "routine-maintenance-or-dependencies", "The service's routine maintenance, or the implicit dependencies "
                        + "CVM, cloud disks, CLB, VPC and the observability platform", 41798)
                .exclusion("4.4", "customer-repositories-unreachable", "Analysis failing or blocked because the customer's code or "
                        + "third-party repositories, image registries, analysis nodes or custom tools cannot be reached", 41802)
                .exclusion("4.5", ObservabilityTerms.INTERFACES_ATTACKED, 41806)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 41808)
                .exclusion("4.7", ObservabilityTerms.NEGLIGENT_AUTHORISATION, 41810)
                .exclusion("4.8", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A large traffic surge not notified in writing in advance "
                        + "to Tencent Cloud or the service team"), 41812)
                .exclusion("4.9", Clauses.CUSTOMER_IGNORED_DOCS, 41814)
                .exclusion("4.10", "account-banned", "The account or team banned for content violations or other reasons", 41816)
                .exclusion("4.11", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Requests failing, or the service suspended or terminated, "
                        + "because the customer breached the service agreement, terms or usage rules"), 41818)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 41820)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 41822)
                .note("1.5 (41728-41730) contradicts itself at exactly 5 minutes: \"连续 5 分钟及以上 ... 视为服务不可用\" counts it, "
                        + "\"5分钟以内（含5分钟），不属于服务不可用\" ignores it. " + ObservabilityTerms.FAVOURABLE_READING
                        + " An outage of exactly 5 minutes counts 5 minutes; 4 min 59 s counts nothing; 5 min 01 s counts 6.")
                .note("1.4 (41724-41726): only 500 Internal Error and 503 Service Unavailable answers are failed requests; an outage "
                        + "counts only while every request fails.")
                .note("1.3 (41720-41722): the monthly fee is what was actually consumed in the service month, excluding "
                        + "purchased-but-unconsumed amounts and voucher, coupon or fee-waiver deductions; 3.1(2) (41776-41778) caps the voucher at it.")
                .note("5.1 (41824-41826): total liability is at most the fees paid for the service concerned.")
                .evaluationExample("Unusable from 14:01:01 to 15:01:29 on 10 January: 60 min 28 s counts 61 minutes", 41732, null,
                        "availability", YearMonth.of(2024, 1),
                        ObservabilityTerms.outage("2024-01-10T14:01:01", "2024-01-10T15:01:29"), "61", null, "0")
                .evaluationExample("Three outages of 15, 20 and 30 minutes: 65 unavailable minutes in the month", 41738, null,
                        "availability", YearMonth.of(2024, 4), ObservabilityTerms.outagesOfMinutes(YearMonth.of(2024, 4), 15, 20, 30),
                        "65", null, "0")
                .build();
    }
}
