package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云作业批改服务等级协议 (Homework Correction), seed 002 line 56736, in force from 2025-07-03. */
final class HomeworkCorrection {
    private HomeworkCorrection() {
    }

    static SlaDefinition definition() {
        return AiTerms.template2025Clauses(Sla.define("homework-correction", Site.CN, Family.AI)
                        .names("作业批改", "Homework Correction")
                        .source(Seeds.CN, 56736, "腾讯云作业批改服务等级协议")
                        .liabilityCapOverMonths(12, 56917)
                        .updated("2025-07-02T18:21:22")
                        .effective("2025-07-03", 56739)
                        .metric(metric("availability", "服务可用性")
                                // 1.5 / 1.6 / 2.1 (56771-56787): 288 five-minute units a day; mean of their error rates over the month.
                                .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                                .commitment("99.5", 56814)
                                .tiers(56882,
                                        tier("[99.0, 99.50)", "10"),
                                        tier("[95.0, 99.0)", "25"),
                                        tier("[0, 95.0)", "50")))
                        .claim(5, 60, 56830)
                        .exclusion("4", AiTerms.BETA_OR_FREE, 56848),
                        "Suspension or termination for breach of this agreement, the service agreement or the homework correction service terms",
                        56854, 56856, 56858, 56860, 56862, 56864, 56866, 56872, 56901, 56903, 56905, 56907, 56909)
                .note(AiTerms.failedRequests(56767, "requests returning the error code \"内部错误\" (internal error)."))
                .note("Valid requests (1.4, 56769): every request the homework correction server receives; the text names no request left out.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.serviceMonths17("1.2, 56761-56765"))
                .note("Monthly fee (1.7, 56777-56779): what was paid in the calendar month, a multi-month payment split evenly; the credit is capped at that "
                        + "month's fee without vouchers, coupons or waivers (3.1(2), 56826-56828) and is the sole remedy (56820). The claim must come from the "
                        + "account that used the service and missed the standard (56830-56832), with the AppID, UIN and unavailable periods (3.3, 56842-56846).")
                .note("The service terms (56606, placed before this SLA) cap total liability at the fees paid, or the past 12 months' cash after 12 months "
                        + "(4.3, 56719-56725), and disclaim the accuracy of results (4.1, 56709).")
                .note("Liability cap (6.1, 56915-56919): the fees paid for the service; after more than 12 months of use, the fees of the past 12 months.")
                .build();
    }
}
