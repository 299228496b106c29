package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云慧眼人脸核身服务等级协议 (FaceID), seed 002 line 33774. */
final class FaceId {
    private FaceId() {
    }

    static SlaDefinition definition() {
        return Sla.define("faceid", Site.CN, Family.AI)
                .names("慧眼人脸核身", "FaceID")
                .source(Seeds.CN, 33774, "腾讯云慧眼人脸核身服务等级协议")
                .updated("2023-11-22T16:16:04")
                .effectiveFromUpdatedDate()
                // 1.2 (33791-33793): a service period is a calendar month; a partial month is no service period and gets no availability.
                .months(MonthRule.WHOLE_CALENDAR_ONLY)
                .metric(metric("availability", "服务可用性")
                        // 1.3 / 2.1 (33811, 33861-33865, 33903): mean of the service period's 5-minute error rates.
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                        .commitment("99.9", 33859)
                        .tiers(33915,
                                tier("[95, 99.9)", "10"),
                                tier("[90, 95)", "25"),
                                tier("[0, 90)", "100")))
                .claim(5, 60, 33879)
                .exclusion("1.3(1)", Clause.of("qps-over-limit", "Requests failed with 内部错误 because an inappropriate access pattern exceeded the service's QPS"), 33799)
                .exclusion("1.3(2)", Clause.of("service-initiated-upgrade",
                        "Errors or unavailability from reasonable upgrades, changes or shutdowns the service initiates"), 33801)
                .exclusion("1.3(3)", Clause.of("hacked-app-failed-requests", "Requests failed with 内部错误 because the customer's application was hacked"), 33803)
                .exclusion("4.1", AiTerms.NOTIFIED_UPGRADE, 33932)
                .exclusion("4.2", AiTerms.DEPENDENCY_FAILURE, 33934)
                .exclusion("4.3", Clause.of("customer-third-party-or-force-majeure", "Unavailability caused by the customer, a third party or force majeure"), 33936)
                .exclusion("4.4", Clauses.CUSTOMER_IGNORED_DOCS, 33938)
                .exclusion("4.5", AiTerms.NOT_TENCENT, 33940)
                .exclusion("4.6", Clauses.LEGAL_EXEMPTION, 33942)
                .exclusion("4.7", Clause.of("results-as-is", "No promise that verification results are flawless or fully accurate"), 33944)
                .exclusion("4.8", Clause.of("personal-data-consent", "The customer answers for the consent or legal basis of the personal information processed"), 33950)
                .note(AiTerms.failedRequests(33795, "requests returning the error code \"内部错误\" (internal error), and normal requests that did not reach the "
                        + "server because of a service fault (count these in the window's failed and total requests too); 1.3(1) to 1.3(3) take out over-QPS "
                        + "failures from an inappropriate access pattern, failures from service-initiated upgrades, and failures caused by a hacked application."))
                .note("Valid requests (1.4, 33805-33809): requests the server receives, except unactivated or unauthorised services, failed authentication, "
                        + "arrears, wrong keys, and requests sent by an attacked application of the customer.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note("Partial months: 1.2 says a service period is one calendar month and a partial month is not a service period and gets no availability "
                        + "(33791-33793); the note under 3.1 (33911-33913) then lists a partial first and last month (two months bought on Mar 17: Mar 17-31, "
                        + "Apr, May 1-16). Reading chosen: the rule of 1.2 wins; a partial month is not evaluated (no availability, no credit).")
                .note("Monthly fee (1.5, 33813): what was paid in the calendar month, a multi-month payment split evenly; the credit is capped at that month's "
                        + "fee without vouchers, coupons or other non-cash deductions (3.1(2), 33875-33877).")
                .note("A claim gives the account ID, the unavailable time and other proof (3.3, 33924-33928).")
                .note("Liability cap (5.1, 33954-33956): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
