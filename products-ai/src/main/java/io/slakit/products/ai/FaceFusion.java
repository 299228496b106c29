package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

/** 人脸融合服务等级协议 (Face Fusion), seed 002 line 26099. */
final class FaceFusion {
    private FaceFusion() {
    }

    static SlaDefinition definition() {
        return AiTerms.innerErrorClauses(Sla.define("facefusion", Site.CN, Family.AI)
                        .names("人脸融合", "Face Fusion")
                        .source(Seeds.CN, 26099, "人脸融合服务等级协议")
                        .liabilityCapOverMonths(12, 26217)
                        .updated("2023-07-11T15:50:41")
                        .effectiveFromUpdatedDate()
                        // 1.5 / 2.1 (26132, 26136-26142): mean of the service period's 5-minute error rates.
                        .metric(InnerErrorFamily.availability(26144, 26231))
                        .claim(5, 60, 26181),
                        26195, 26197, 26199, 26201, 26203, 26205, 26207, 26209)
                .note(AiTerms.failedRequests(26124, "requests whose API response carries the error code \"Inner Error\"."))
                .note(InnerErrorFamily.VALID_REQUESTS + " (26126-26130).")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.SERVICE_MONTH_17 + " The text calls the term 服务周期 (1.2, 26154) but defines it as the service months (26118-26122).")
                .note(InnerErrorFamily.FEE + " (1.6, 26134; 3.1(2), 26177-26179).")
                .note(InnerErrorFamily.FREE_BETA + " (服务条款 4.1, 26468).")
                .note(AiTerms.customerObligations("5, 26211"))
                .note(InnerErrorFamily.LIABILITY + " (6.1, 26215-26219).")
                .build();
    }
}
