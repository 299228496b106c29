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

/** 日志服务服务等级协议 (Cloud Log Service), seed 002 line 7011. */
final class Cls {
    private Cls() {
    }

    static SlaDefinition definition() {
        return Sla.define("cls", Site.CN, Family.OBSERVABILITY)
                .names("日志服务", "Cloud Log Service")
                .source(Seeds.CN, 7011, "日志服务服务等级协议")
                .updated("2025-03-27T10:32:12")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (7044): 5-minute error rate = failed (5xx) / user requests of the 5 minutes; 2.1 (7050): the number
                        // of 5-minute units is 12 x 24 x days. The formula itself is an image lost in extraction: see the note.
                        .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)))
                        .commitment("99.95", 7052)
                        .tiers(7131,
                                tier("[99, 99.95)", "15"),
                                tier("[95, 99)", "30"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 7083)
                .exclusion("4.1", ObservabilityTerms.MAINTENANCE, 7097)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 7099)
                .exclusion("4.3", ObservabilityTerms.INTERFACES_ATTACKED, 7101)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 7103)
                .exclusion("4.5", ObservabilityTerms.NEGLIGENT_AUTHORISATION, 7105)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 7107)
                .exclusion("4.7", Clauses.NOT_TENCENT_CAUSE, 7109)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, 7111)
                .note("The availability formula of 2.1 and the error-rate formula of 1.4 are images missing from the text (7044-7050); "
                        + "only \"5 分钟总个数 = 12 x 24 x 该服务月度的天数\" survives. Reading chosen: availability = 1 - (sum of the month's "
                        + "5-minute error rates / number of 5-minute units in the month), as COS, CI and APM state it; units without "
                        + "requests add 0 but still count.")
                .note("1.3 (7036-7042): only 5xx answers are failed requests; requests failing authentication (signature errors, "
                        + "unauthorised) and requests missing or with invalid parameters against the documentation count neither as user "
                        + "requests nor as failed requests: leave them out of both counts of each window sample.")
                .note("1.5 (7046-7048): the monthly fee is the total the account spent on CLS in the service month, excluding voucher, "
                        + "coupon or fee-waiver deductions: evaluate the account as one resource with that fee. 3.1(2) (7079-7081) caps the "
                        + "voucher at it; 5.1 (7113-7115): total liability is at most the fees paid for the service concerned.")
                .build();
    }
}
