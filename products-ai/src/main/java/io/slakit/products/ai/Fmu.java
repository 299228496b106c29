package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

/** 人脸试妆服务等级协议 (Face Makeup, FMU), seed 002 line 30950. */
final class Fmu {
    private Fmu() {
    }

    static SlaDefinition definition() {
        return AiTerms.innerErrorClauses(Sla.define("fmu", Site.CN, Family.AI)
                        .names("人脸试妆", "Face Makeup (FMU)")
                        .source(Seeds.CN, 30950, "人脸试妆服务等级协议")
                        .liabilityCapOverMonths(12, 31068)
                        .updated("2023-07-11T16:40:01")
                        .effectiveFromUpdatedDate()
                        // 1.5 / 2.1 (30983, 30987-30993): mean of the service period's 5-minute error rates.
                        .metric(InnerErrorFamily.availability(30995, 31080))
                        .claim(5, 60, 31032),
                        31046, 31048, 31050, 31052, 31054, 31056, 31058, 31060)
                .note(AiTerms.failedRequests(30975, "requests whose API response carries the error code \"Inner Error\"."))
                .note(InnerErrorFamily.VALID_REQUESTS + " (30977-30981).")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.SERVICE_MONTH_17 + " The text calls the term 服务周期 (1.2, 31005) but defines it as the service months (30969-30973).")
                .note(InnerErrorFamily.FEE + " (1.6, 30985; 3.1(2), 31028-31030).")
                .note(InnerErrorFamily.FREE_BETA + " (服务条款 4.1, 31199).")
                .note(AiTerms.customerObligations("5, 31062"))
                .note(InnerErrorFamily.LIABILITY + " (6.1, 31066-31070).")
                .build();
    }
}
