package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

/** 声音工坊音色定制服务等级协议 (Voice Workshop custom voice), seed 002 line 28734. */
final class CustomVoice {
    private CustomVoice() {
    }

    static SlaDefinition definition() {
        return AiTerms.speechClauses(Sla.define("custom-voice", Site.CN, Family.AI)
                        .names("声音工坊音色定制", "Voice Workshop custom voice")
                        .source(Seeds.CN, 28734, "声音工坊音色定制服务等级协议")
                        .liabilityCapOverMonths(12, 28855)
                        .updated("2023-08-23T10:43:03")
                        .effectiveFromUpdatedDate()
                        // 1.3 / 1.5 / 2.1 (28759-28775): unavailable minutes against days x 24 x 60.
                        .metric(SpeechFamily.availability(28777, 28867))
                        .claim(5, 60, 28815),
                        AiTerms.subclauses("4", 9), 28835, 28837, 28839, 28841, 28843, 28845, 28847, 28849, 28851)
                .note(AiTerms.failedRequests(28767, "a minute counts only when every API or SDK request in it returned an internal error, "
                        + "marked by the return code InternalError or 500. " + SpeechFamily.NON_INTERNAL))
                .note(AiTerms.EMPTY_MINUTES)
                .note(AiTerms.serviceMonths17("1.2, 28753-28757"))
                .note("Credit basis (3.1(2), 28811-28813): the fee paid for the service in that month (当月服务费), without vouchers, coupons or waivers.")
                .note(SpeechFamily.CLAIM_MATERIALS + " (3.3, 28827-28831).")
                .note("The exclusions (28833-28851) are numbered (1) to (9) under section 4 without sub-numbers; they are cited as 4(1) to 4(9).")
                .note("The service terms say the free public-beta version carries no QPS or availability promise during its free period (服务条款 4.1, 29091): "
                        + "such use has no credit; stated outside the SLA's numbered exclusions, it is a note, not a coded clause.")
                .note("Liability cap (5.1, 28853-28857): the fees paid; after more than 12 months of use, the cash paid in the 12 months before the damage.")
                .build();
    }
}
