package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 应用性能监控服务等级协议 (Application Performance Management), seed 002 line 42433. */
final class Apm {
    private Apm() {
    }

    static SlaDefinition definition() {
        return Sla.define("apm", Site.CN, Family.OBSERVABILITY)
                .names("应用性能监控", "Application Performance Management")
                .source(Seeds.CN, 42433, "应用性能监控服务等级协议")
                .updated("2025-06-23T15:59:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 and 2.1 (42466-42476): availability = 1 - sum of the month's 5-minute failure rates / (12 x 24 x days).
                        .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)))
                        .commitment("99.9", 42478)
                        .tiers(42558,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 42514)
                .exclusion("4(1)", Clauses.ANNOUNCED_MAINTENANCE, 42528)
                .exclusion("4(2)", Clauses.THIRD_PARTY_NETWORK, 42530)
                .exclusion("4(3)", ObservabilityTerms.INTERFACES_ATTACKED, 42532)
                .exclusion("4(4)", Clauses.CUSTOMER_CREDENTIALS, 42534)
                .exclusion("4(5)", ObservabilityTerms.NEGLIGENT_AUTHORISATION, 42536)
                .exclusion("4(6)", Clauses.CUSTOMER_IGNORED_DOCS, 42538)
                .exclusion("4(7)", Clauses.NOT_TENCENT_CAUSE, 42540)
                .exclusion("4(8)", Clauses.LEGAL_EXEMPTION, 42542)
                .note("1.3-1.4 (42458-42464): a request is the application reporting monitoring data to the APM server; a failed request "
                        + "is one the server did not receive and process because of APM: a failure status code, or not reaching the server. "
                        + "Give one window sample per 5-minute window (aligned to 00:00:00 Beijing time) with the reports sent and failed; "
                        + "windows without reports add a rate of 0 and still count.")
                .note("The text numbers its exclusion clauses (1) to (8) under section 4 (42528-42542); they are cited as 4(1) to 4(8).")
                .note("3.1 2 (42510-42512): the voucher is capped at the month's fee, excluding voucher, coupon or fee-waiver deductions. "
                        + "5.1 (42544-42546): total liability is at most the fees paid for the service concerned.")
                .build();
    }
}
