package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 图像创作服务等级协议 (Image Creation), seed 002 line 27117, in force from 2025-07-01. */
final class ImageCreation {
    private ImageCreation() {
    }

    static SlaDefinition definition() {
        return Sla.define("image-creation", Site.CN, Family.AI)
                .names("图像创作", "Image Creation")
                .source(Seeds.CN, 27117, "图像创作服务等级协议")
                .liabilityCapOverMonths(12, 27299)
                .updated("2025-06-18T16:08:42")
                .effective("2025-07-01", 27120)
                .metric(metric("availability", "服务可用性")
                        // 1.3 / 1.6 / 2.1 (27148, 27160, 27164, 27192): 288 five-minute units a day from 00:00:00; mean of their error rates.
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                        .commitment("99.9", 27196)
                        .tiers(27262,
                                tier("[95, 99.9)", "10"),
                                tier("[90, 95)", "25"),
                                tier("[0, 90)", "100")))
                .claim(5, 60, 27210)
                .exclusion("4", AiTerms.BETA_OR_FREE, 27222)
                .exclusion("5.1", AiTerms.NOTIFIED_UPGRADE, 27228)
                .exclusion("5.2", AiTerms.DEPENDENCY_FAILURE, 27230)
                .exclusion("5.3", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"), 27232)
                .exclusion("5.4", Clauses.CUSTOMER_APP_ATTACKED, 27234)
                .exclusion("5.5", Clauses.CUSTOMER_CREDENTIALS, 27236)
                .exclusion("5.6", Clauses.CUSTOMER_OPERATION, 27238)
                .exclusion("5.7", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, the service documentation or advice"), 27240)
                .exclusion("5.8", Clauses.THIRD_PARTY_SOFTWARE, 27242)
                .exclusion("5.9", Clauses.FORCE_MAJEURE.worded("Force majeure (natural disasters, government action, unrest, disease, war, strikes...)"), 27244)
                .exclusion("5.10", AiTerms.TELECOM_OR_REGULATOR, 27250)
                .exclusion("5.11", Clauses.NON_PAYMENT_SUSPENSION, 27279)
                .exclusion("5.12", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of this agreement or the service agreement"), 27281)
                .exclusion("5.13", Clauses.ROUTINE_MAINTENANCE, 27283)
                .exclusion("5.14", AiTerms.NOT_TENCENT, 27285)
                .exclusion("5.15", Clauses.LEGAL_EXEMPTION, 27287)
                .note(AiTerms.failedRequests(27152, "requests whose API response carries the error code \"Inner Error\"."))
                .note("Valid requests (1.5, 27154-27158): requests the server receives, except unactivated or unauthorised services, failed authentication, "
                        + "arrears, wrong keys, and requests sent by an attacked application of the customer: leave these out of each window's total.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.serviceMonths17("1.2, 27142-27146"))
                .note("Monthly fee (1.7, 27162): what was paid in the calendar month, a multi-month payment split evenly; the credit is capped at that month's fee (3.1(2), 27206-27208) "
                        + "and is the sole remedy (27200). The claim must come from the account that used the service and missed the standard (27210-27212).")
                .note(AiTerms.customerObligations("6, 27293"))
                .note("Liability cap (7.1, 27297-27301): the fees paid for the service; after more than 12 months of use, the fees of the past 12 months.")
                .build();
    }
}
