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

/** 人脸识别服务等级协议 (Face Recognition, IAI), seed 002 line 25862. */
final class Iai {
    private Iai() {
    }

    static SlaDefinition definition() {
        return Sla.define("iai", Site.CN, Family.AI)
                .names("人脸识别", "Face Recognition (IAI)")
                .source(Seeds.CN, 25862, "人脸识别服务等级协议")
                .updated("2022-07-15T14:57:06")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 / 2.1 (25899, 25905-25907, 25925): mean of the service period's 5-minute error rates.
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                        .commitment("99.9", 25909)
                        .tiers(25973,
                                tier("[95, 99.9)", "10"),
                                tier("[90, 95)", "25"),
                                tier("[0, 90)", "100")))
                .claim(5, 60, 25939)
                .exclusion("1.3(1)", Clause.of("service-initiated-upgrade",
                        "Errors or unavailability from reasonable upgrades, changes or shutdowns the face recognition service initiates"), 25889)
                .exclusion("1.3(2)", Clauses.CUSTOMER_APP_ATTACKED, 25891)
                .exclusion("4.1", Clauses.ROUTINE_MAINTENANCE.worded("Routine system maintenance and upgrades"), 25953)
                .exclusion("4.2", Clause.of("dependency-failure", "Maintenance or failure of the external objects the service depends on"), 25955)
                .exclusion("4.3", AiTerms.NOT_TENCENT, 25957)
                .exclusion("4.4", Clauses.LEGAL_EXEMPTION, 25959)
                .note(AiTerms.failedRequests(25887, "requests returning the error code \"InternalError\"; "
                        + "1.3(1) and 1.3(2) take out the errors caused by service-initiated upgrades, changes or shutdowns and by attacks on the customer's application."))
                .note("Valid requests (1.4, 25893-25897): requests the server receives, except unactivated or unauthorised services, failed authentication, "
                        + "arrears, wrong keys, and requests sent by an attacked application of the customer: leave these out of each window's total.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note(AiTerms.serviceMonths17("1.2, 25881-25885"))
                .note("Monthly fee (1.6, 25901): what was paid for face recognition in the calendar month; a multi-month payment is split evenly over the months bought; "
                        + "the credit is capped at that month's fee without vouchers, coupons or waivers (3.1(2), 25935-25937).")
                .note("Liability cap (5.1, 25961): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
