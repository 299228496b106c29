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

/** 腾讯云图像处理服务等级协议 (Image Processing), seed 002 line 31986. */
final class ImageProcessing {
    private ImageProcessing() {
    }

    static SlaDefinition definition() {
        return Sla.define("image-processing", Site.CN, Family.AI)
                .names("图像处理", "Image Processing")
                .source(Seeds.CN, 31986, "腾讯云图像处理服务等级协议")
                .updated("2023-08-25T16:56:23")
                .effectiveFromUpdatedDate()
                // 1.2 (32011): a service period is a calendar month; a partial month is no service period and gets no availability.
                .months(MonthRule.WHOLE_CALENDAR_ONLY)
                .metric(metric("availability", "服务可用性")
                        // 1.5 / 2.1 (32027, 32033-32039): mean of the service period's 5-minute error rates.
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                        .commitment("99.9", 32041)
                        .tiers(32133,
                                tier("[95.0, 99.9)", "10"),
                                tier("[90.0, 95.0)", "25"),
                                tier("[0, 90.0)", "100")))
                .claim(5, 60, 32079)
                .exclusion("1.3(1)", Clause.of("qps-over-limit", "Requests failed with 内部错误 because an inappropriate access pattern exceeded the service's QPS"), 32015)
                .exclusion("1.3(2)", Clause.of("service-initiated-upgrade",
                        "Errors or unavailability from reasonable upgrades, changes or shutdowns the service initiates"), 32017)
                .exclusion("1.3(3)", Clause.of("hacked-app-failed-requests", "Requests failed with 内部错误 because the customer's application was hacked"), 32019)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("Routine maintenance, upgrades, changes or shutdowns of the service notified in advance"), 32093)
                .exclusion("4.2", AiTerms.DEPENDENCY_FAILURE, 32095)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 32097)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or interface is attacked or misused"), 32099)
                .exclusion("4.5", Clauses.THIRD_PARTY_NETWORK, 32101)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the service agreement, documentation or advice"), 32103)
                .exclusion("4.7", Clause.of("customer-data-attacked", "The customer's application interface or data is attacked or misused"), 32105)
                .exclusion("4.8", AiTerms.NEGLIGENCE_OR_OWN_EQUIPMENT, 32107)
                .exclusion("4.9", AiTerms.OVER_CAPACITY.worded("Push delays or drops from use beyond the capacity rated for the paid version"), 32109)
                .exclusion("4.10", AiTerms.NOT_TENCENT, 32111)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 32113)
                .note(AiTerms.failedRequests(32013, "requests returning the error code \"内部错误\" (internal error); 1.3(1) to 1.3(3) take out over-QPS "
                        + "failures from an inappropriate access pattern, failures from service-initiated upgrades, and failures caused by a hacked application."))
                .note("Valid requests (1.4, 32021-32025): requests the server receives, except unactivated or unauthorised services, failed authentication, "
                        + "arrears, wrong keys, and requests sent by an attacked application of the customer: leave these out of each window's total.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note("Partial months: 1.2 gives the Mar 17 purchase example with a partial first and last month (32005-32009), then says a service period is "
                        + "one calendar month and a partial month is not a service period and gets no availability (32011). Reading chosen: the explicit rule "
                        + "wins; a partial month is not evaluated (no availability, no credit), only whole calendar months of service are.")
                .note("Monthly fee (1.6, 32029-32031): what was paid in the calendar month, a multi-month payment split evenly; the credit is capped at that "
                        + "month's fee without vouchers, coupons or waivers (3.1(2), 32073-32075).")
                .note("4.4 and 4.7 (32099, 32105) both exclude attacks or misuse; 4.7 is coded customer-data-attacked so each clause has its own code.")
                .note("Liability cap (5.1, 32115-32117): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
