package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 媒体智能标签服务等级协议 (Media Intelligent Tagging), seed 002 line 30506. */
final class MediaIntelligentTagging {
    private MediaIntelligentTagging() {
    }

    static SlaDefinition definition() {
        return AiTerms.innerErrorClauses(Sla.define("media-intelligent-tagging", Site.CN, Family.AI)
                        .names("媒体智能标签", "Media Intelligent Tagging")
                        .source(Seeds.CN, 30506, "媒体智能标签服务等级协议")
                        .updated("2023-06-12T17:25:42")
                        .effectiveFromUpdatedDate()
                        .metric(metric("availability", "服务可用性")
                                // 1.3 / 1.5 / 2.1 (30531-30549): unavailable minutes against days x 24 x 60.
                                .measuredBy(AiTerms.everyRequestFailedInMinute())
                                .commitment("99.5", 30551)
                                .tiers(30647,
                                        tier("[99, 99.5)", "10"),
                                        tier("[95, 99)", "20"),
                                        tier("[0, 95)", "50")))
                        .claim(5, 60, 30587),
                        30607, 30609, 30611, 30613, 30615, 30617, 30619, 30621)
                .exclusion("4.9", Clause.of("legal-exemption-repeated", "Exemptions under laws, agreements or rules Tencent Cloud publishes (4.9 repeats 4.7)"), 30623)
                .exclusion("4.10", Clause.of("results-as-is", "No promise that recognition results are flawless or fully accurate"), 30625)
                .exclusion("4.11", Clause.of("customer-content-legality", "The customer answers for the legality and licences of the videos submitted"), 30631)
                .note(AiTerms.failedRequests(30539, "a minute counts only when every API or SDK request in it returned an internal error, "
                        + "marked by the return code InternalError, any negative return code, or 500. Errors from network failures, invalid parameters or URLs, "
                        + "or a wrong input video format are not internal errors."))
                .note(AiTerms.EMPTY_MINUTES)
                .note(AiTerms.serviceMonths17("1.2, 30525-30529"))
                .note("Monthly fee (1.6, 30547): what was paid in the calendar month, a multi-month payment split evenly; the credit is capped at that month's "
                        + "fee (当月服务费, 30649) without vouchers, coupons or waivers (3.1 2., 30583-30585).")
                .note(MinuteFamily.CLAIM_MATERIALS + " (3.3, 30599-30603).")
                .note("4.9 (30623) repeats 4.7 (30619) word for word; both are kept, 4.9 under the code legal-exemption-repeated since a code names one clause.")
                .note(AiTerms.customerObligations("5, 30635"))
                .note("Liability cap (6.1, 30639-30641): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
