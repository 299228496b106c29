package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 图像理解服务等级协议 (Image Understanding), seed 002 line 31375, in force from 2025-07-01. */
final class ImageUnderstanding {
    private ImageUnderstanding() {
    }

    static SlaDefinition definition() {
        return AiTerms.template2025Clauses(Sla.define("image-understanding", Site.CN, Family.AI)
                .names("图像理解", "Image Understanding")
                .source(Seeds.CN, 31375, "图像理解服务等级协议")
                .liabilityCapOverMonths(12, 31518)
                .updated("2025-07-01T11:34:01")
                .effective("2025-07-01", 31378)
                .metric(metric("availability", "服务可用性")
                        // 1.3 / 2.1 (31406, 31410-31418): 288 five-minute units a day from 00:00:00; mean of their error rates.
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                        .commitment("99.9", 31420)
                        .tiers(31446,
                                tier("[95.0, 99.9)", "10"),
                                tier("[90.0, 95.0)", "25"),
                                tier("[0, 90.0)", "100")))
                .claim(5, 60, 31456)
                .exclusion("4", AiTerms.BETA_OR_FREE, 31468),
                "Suspension or termination for breach of this agreement, the service agreement or the image understanding service terms",
                31474, 31476, 31478, 31480, 31482, 31484, 31486, 31492, 31502, 31504, 31506, 31508, 31510)
                .note("The text defines neither failed nor valid requests (1, 31396-31408 define only the service, the month and the unit). "
                        + "Reading chosen, from the sibling image texts: a failed request is one the service failed with an internal (service-side) error, "
                        + "a valid request is one the server received, less unactivated, unauthorised, arrears or wrong-key requests. Give the window counts so.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.serviceMonths17("1.2, 31400-31404"))
                .note("The text does not define the monthly fee; the credit is capped at the month's fee for the service (3.1(2), 31430-31432) and is the sole remedy (31424). "
                        + "The claim must come from the account that used the service and missed the standard (31456-31458).")
                .note("The tier table is split by a page break: 31446-31448, then 31536-31538.")
                .note("Liability cap (6.1, 31516-31520): the fees paid for the service; after more than 12 months of use, the fees of the past 12 months.")
                .build();
    }
}
