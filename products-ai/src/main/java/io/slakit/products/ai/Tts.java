package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

/** 语音合成公有云服务等级协议 (Text To Speech, TTS), seed 002 line 27776. */
final class Tts {
    private Tts() {
    }

    static SlaDefinition definition() {
        return AiTerms.speechClauses(Sla.define("tts", Site.CN, Family.AI)
                        .names("语音合成", "Text To Speech (TTS)")
                        .source(Seeds.CN, 27776, "语音合成公有云服务等级协议")
                        .liabilityCapOverMonths(12, 27940)
                        .updated("2025-06-30T17:31:01")
                        .effectiveFromUpdatedDate()
                        // 1.3 / 1.5 / 2.1 (27801-27817): unavailable minutes against days x 24 x 60.
                        .metric(SpeechFamily.availability(27819, 27921))
                        .claim(5, 60, 27859),
                        AiTerms.subclauses("4.1", 9), 27879, 27881, 27883, 27885, 27887, 27889, 27891, 27893, 27895)
                .note(AiTerms.failedRequests(27809, "a minute counts only when every API or SDK request in it returned an internal error, "
                        + "marked by the return code InternalError or 500. " + SpeechFamily.NON_INTERNAL))
                .note(AiTerms.EMPTY_MINUTES)
                .note(AiTerms.serviceMonths17("1.2, 27795-27799"))
                .note("Credit basis (3.1(2), 27855-27857): the fee paid for the service in that month (当月服务费), without vouchers, coupons or waivers.")
                .note(SpeechFamily.CLAIM_MATERIALS + " (3.3, 27871-27875).")
                .note("4.2 (27897-27899) disclaims any promise on results, specific scenarios or fitness beyond the published technical indicators; it removes no time.")
                .note("5.4 (27915-27917): breaching the customer's undertakings lets Tencent Cloud suspend or terminate without liability; a suspension, not a coded clause.")
                .note("Liability cap (6.1, 27938-27942): the fees paid; after more than 12 months of use, the cash paid in the 12 months before the damage.")
                .build();
    }
}
