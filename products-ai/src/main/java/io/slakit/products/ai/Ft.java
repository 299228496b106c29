package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

/** 人像变换服务等级协议 (Face Transformation, FT), seed 002 line 26967. */
final class Ft {
    private Ft() {
    }

    static SlaDefinition definition() {
        return AiTerms.innerErrorClauses(Sla.define("ft", Site.CN, Family.AI)
                        .names("人像变换", "Face Transformation (FT)")
                        .source(Seeds.CN, 26967, "人像变换服务等级协议")
                        .liabilityCapOverMonths(12, 27088)
                        .updated("2023-07-11T15:50:42")
                        .effectiveFromUpdatedDate()
                        // 1.5 / 2.1 (27000, 27004-27010): mean of the service period's 5-minute error rates.
                        .metric(InnerErrorFamily.availability(27012, 27100))
                        .claim(5, 60, 27052),
                        27066, 27068, 27070, 27072, 27074, 27076, 27078, 27080)
                .note(AiTerms.failedRequests(26992, "requests whose API response carries the error code \"Inner Error\"."))
                .note(InnerErrorFamily.VALID_REQUESTS + " (26994-26998).")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.SERVICE_MONTH_17 + " The text calls the term 服务周期 (1.2, 27022) but defines it as the service months (26986-26990).")
                .note(InnerErrorFamily.FEE + " (1.6, 27002; 3.1(2), 27048-27050).")
                .note(InnerErrorFamily.FREE_BETA + " (服务条款 4.1, 26788).")
                .note(AiTerms.customerObligations("5, 27082"))
                .note(InnerErrorFamily.LIABILITY + " (6.1, 27086-27090).")
                .build();
    }
}
