package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云智能体开发平台服务等级协议 (Tencent Cloud Agent Development Platform, formerly LKE), seed 002 line 30347. */
final class Adp {
    private Adp() {
    }

    static SlaDefinition definition() {
        return AiTerms.freePeriodClauses(Sla.define("adp", Site.CN, Family.AI)
                        .names("腾讯云智能体开发平台", "Tencent Cloud Agent Development Platform (ADP)")
                        .source(Seeds.CN, 30347, "腾讯云智能体开发平台服务等级协议")
                        .liabilityCapOverMonths(12, 30475)
                        .updated("2025-05-20T10:12:42")
                        .effectiveFromUpdatedDate()
                        .metric(metric("availability", "服务可用性")
                                // 1.4 / 1.6 / 2.1 (30380-30394): unavailable minutes (every API request returned an internal error) against days x 24 x 60.
                                .measuredBy(AiTerms.everyRequestFailedInMinute())
                                .commitment("99.5", 30396)
                                .tiers(30491,
                                        tier("[95.00, 99.50)", "10"),
                                        tier("[0, 95.00)", "20")))
                        .claim(5, 60, 30435),
                        30455, 30457, 30459, 30461, 30463, 30465, 30467, 30469, 30471, 30473)
                .note(AiTerms.failedRequests(30388, "a minute counts only when every API request in it returned an internal error, "
                        + "an abnormal result caused by a service fault; the text names no return code. " + MinuteFamily.NON_INTERNAL))
                .note(AiTerms.EMPTY_MINUTES + " Only API calls count (30380).")
                .note(AiTerms.serviceMonths17("1.3, 30374-30378"))
                .note("Service fee (1.2, 30370-30372): the fees for this service, including prepaid token packs, knowledge-base capacity, search packs, "
                        + "concurrency and atomic capabilities, not other Tencent Cloud products used alongside; the credit is capped at the month's fee "
                        + "without vouchers, coupons or waivers (3.1(2), 30431-30433).")
                .note(MinuteFamily.CLAIM_MATERIALS + " (3.3, 30447-30451).")
                .note("The product was renamed from 大模型知识引擎 (LKE) on 2025-05-20 (30400).")
                .note("Liability cap (5.1, 30475-30477): the fees paid for the service in the past 12 months.")
                .build();
    }
}
