package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

/** 语音识别公有云服务等级协议 (Automatic Speech Recognition, ASR), seed 002 line 28263. */
final class Asr {
    private Asr() {
    }

    static SlaDefinition definition() {
        return AiTerms.speechClauses(Sla.define("asr", Site.CN, Family.AI)
                        .names("语音识别", "Automatic Speech Recognition (ASR)")
                        .source(Seeds.CN, 28263, "语音识别公有云服务等级协议")
                        .updated("2023-11-28T14:44:52")
                        .effectiveFromUpdatedDate()
                        // 1.2 (28282-28286): the service months are the WHOLE calendar months the service period falls in.
                        .months(MonthRule.TOUCHED_CALENDAR_MONTHS)
                        // 1.3 / 1.5 / 2.1 (28288-28302, 28352): unavailable minutes against days x 24 x 60.
                        .metric(SpeechFamily.availability(28354, 28416))
                        .claim(5, 60, 28368),
                        AiTerms.numbered("4", 1, 9), 28388, 28390, 28392, 28394, 28396, 28398, 28400, 28402, 28429)
                .exclusion("4.10", Clause.of("results-as-is", "No promise on the accuracy, stability or fitness of recognition results; "
                        + "the customer bears the risk of acting on them"), 28431)
                .exclusion("4.11", Clause.of("customer-data-legality", "The customer's audio and business data must be lawfully obtained and authorised; "
                        + "Tencent Cloud bears no liability for breaches"), 28441)
                .note(AiTerms.failedRequests(28296, "a minute counts only when every API or SDK request in it returned an internal error, "
                        + "marked by the return code InternalError, any negative return code, or 500. " + SpeechFamily.NON_INTERNAL))
                .note(AiTerms.EMPTY_MINUTES)
                .note("Service months (1.2, 28282-28286) are the whole calendar months of the service period: opened Mar 17 and used until Jun 16 gives "
                        + "Mar 1-31, Apr 1-30, May 1-31 and Jun 1-30. Reading chosen: every month the service touches is evaluated over all its days "
                        + "(days x 24 x 60 minutes, 1.5, 28302), even the first and last, as the example shows.")
                .note("Credit basis (3.1(2), 28364-28366): the fee paid for the service in that month (当月服务费), without vouchers, coupons or waivers.")
                .note(SpeechFamily.CLAIM_MATERIALS + " (3.3, 28380-28384).")
                .note("4.10 and 4.11 (28431, 28441) disclaim results and data legality rather than downtime; they are coded so that a report can cite them.")
                .note("Liability cap (5.1, 28447-28449): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
