package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云文字识别服务等级协议 (Optical Character Recognition, OCR), seed 002 line 27328. */
final class Ocr {
    private Ocr() {
    }

    static SlaDefinition definition() {
        return Sla.define("ocr", Site.CN, Family.AI)
                .names("文字识别", "Optical Character Recognition (OCR)")
                .source(Seeds.CN, 27328, "腾讯云文字识别服务等级协议")
                .liabilityCapOverMonths(12, 27487)
                .updated("2023-12-12T09:59:41")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.10 / 2.1 (27375, 27406-27412): mean of the service month's 5-minute error rates.
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                        .commitment("99.5", 27414)
                        .tiers(27472,
                                tier("[99.0, 99.50)", "10"),
                                tier("[95.0, 99.0)", "25"),
                                tier("[0, 95.0)", "100")))
                .claim(5, 60, 27432)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 27446)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 27448)
                .exclusion("4.3", AiTerms.INTERFACE_OR_DATA_ATTACKED, 27450)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 27452)
                .exclusion("4.5", AiTerms.NEGLIGENCE_OR_OWN_EQUIPMENT, 27454)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 27456)
                .exclusion("4.7", Clause.of("over-capacity", "Push delays or drops from use beyond the capacity rated for the paid version"), 27458)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE.worded(
                        "Unavailability or missed standards not caused by Tencent Cloud; failed requests caused by force majeure"), 27460)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 27462)
                .note(AiTerms.failedRequests(27371, "requests returning the error code \"内部错误\" (internal error)."))
                .note("Valid requests (1.9, 27373): every request the OCR server receives; the text names no request left out.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.serviceMonths17("1.2, 27345-27349"))
                .note("Monthly fee (27428-27430): the fees one Tencent Cloud account incurs for OCR in the calendar month, a multi-month payment split evenly: "
                        + "evaluate per account. The credit is capped at that fee without vouchers, coupons or waivers (3.1(2), 27424-27426).")
                .note("4.7 (27458) speaks of push delays or drops, wording from a messaging template; it is kept as the text's over-capacity clause.")
                .note("The service terms say the free public-beta version carries no QPS or availability promise during its free period (服务条款 4.1, 27595): "
                        + "such use has no credit; stated outside the SLA's numbered exclusions, it is a note, not a coded clause.")
                .note("Liability cap (5.1, 27485-27487): total compensation never exceeds the fees paid in the 12 months before the damage.")
                .build();
    }
}
