package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云 NLP 技术服务等级协议 (Natural Language Processing), seed 002 line 29308. */
final class Nlp {
    private Nlp() {
    }

    static SlaDefinition definition() {
        return AiTerms.freePeriodClauses(Sla.define("nlp", Site.CN, Family.AI)
                        .names("NLP 技术", "Natural Language Processing (NLP)")
                        .source(Seeds.CN, 29308, "腾讯云 NLP 技术服务等级协议")
                        .updated("2025-03-24T11:12:32")
                        .effectiveFromUpdatedDate()
                        .metric(metric("availability", "服务可用性")
                                // 1.3 / 1.5 / 2.1 (29333-29349): unavailable minutes against days x 24 x 60.
                                .measuredBy(AiTerms.everyRequestFailedInMinute())
                                .commitment("95", 29351)
                                .tiers(29440,
                                        tier("[93, 95)", "10"),
                                        tier("[90, 93)", "25"),
                                        tier("[0, 90)", "50")))
                        .claim(5, 60, 29388),
                        29408, 29410, 29412, 29414, 29416, 29418, 29420, 29422, 29424, 29426)
                .note(AiTerms.failedRequests(29341, "a minute counts only when every API or SDK request in it returned an internal error, "
                        + "marked by the return code InternalError only. " + MinuteFamily.NON_INTERNAL))
                .note(AiTerms.EMPTY_MINUTES)
                .note("The commitment is 95% (2.2, 29351), not 99.9%: the table starts below 95%.")
                .note(AiTerms.serviceMonths17("1.2, 29327-29331"))
                .note("Credit basis (3.1(2), 29384-29386): the month's fee for the service without vouchers, coupons or waivers.")
                .note(MinuteFamily.CLAIM_MATERIALS + " (3.3, 29400-29404).")
                .note("The exclusions sit under a heading misprinted \"4. 服务条款\" (29452); they are the 免责条款 of every sibling text.")
                .note(MinuteFamily.FREE_BETA_TERMS + " (服务条款 4.1, 29673); clause 4.9 already removes free-period unavailability.")
                .note("Liability cap (5.1, 29428-29430): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
