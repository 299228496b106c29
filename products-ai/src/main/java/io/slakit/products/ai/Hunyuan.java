package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯混元大模型服务等级协议 (Tencent Hunyuan large model), seed 002 line 32148. */
final class Hunyuan {
    private Hunyuan() {
    }

    static SlaDefinition definition() {
        return AiTerms.freePeriodClauses(Sla.define("hunyuan", Site.CN, Family.AI)
                        .names("腾讯混元大模型", "Tencent Hunyuan large model")
                        .source(Seeds.CN, 32148, "腾讯混元大模型服务等级协议")
                        .liabilityCapOverMonths(12, 32271)
                        .updated("2023-09-07T10:50:42")
                        .effectiveFromUpdatedDate()
                        .metric(metric("availability", "服务可用性")
                                // 1.4 / 1.6 / 2.1 (32177-32193): unavailable minutes against days x 24 x 60.
                                .measuredBy(AiTerms.everyRequestFailedInMinute())
                                .commitment("99.9", 32195)
                                .tiers(32287,
                                        tier("[95.00, 99.9)", "10"),
                                        tier("[0, 95.00)", "20")))
                        .claim(5, 60, 32231),
                        32251, 32253, 32255, 32257, 32259, 32261, 32263, 32265, 32267, 32269)
                .note(AiTerms.failedRequests(32185, "a minute counts only when every API request in it returned an internal error, "
                        + "marked by the return code 2000 or 500. " + MinuteFamily.NON_INTERNAL))
                .note(AiTerms.EMPTY_MINUTES + " Only API calls count (32177).")
                .note(AiTerms.serviceMonths17("1.3, 32171-32175"))
                .note("Service fee (1.2, 32167-32169): the token fees, postpaid by usage, not other Tencent Cloud products used alongside; "
                        + "the credit is capped at the month's fee without vouchers, coupons or waivers (3.1(2), 32227-32229).")
                .note(MinuteFamily.CLAIM_MATERIALS + " (3.3, 32243-32247).")
                .note("Liability cap (5.1, 32271-32273): the fees paid for the service in the past 12 months.")
                .build();
    }
}
