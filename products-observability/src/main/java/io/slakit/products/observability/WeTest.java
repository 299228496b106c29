package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Rules;

import static io.slakit.core.dsl.MetricSpec.metric;

/** 测试服务服务等级协议 (WeTest), seed 002 line 18051: 99 % promised; remedies are re-runs and refunds, not credits. */
final class WeTest {
    private WeTest() {
    }

    static SlaDefinition definition() {
        return Sla.define("wetest", Site.CN, Family.OBSERVABILITY)
                .names("测试服务", "WeTest")
                .source(Seeds.CN, 18051, "测试服务服务等级协议")
                .updated("2021-12-01T15:42:04")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (18078): availability = 1 - unavailable minutes / month minutes; the text defines neither.
                        .measuredBy(Rules.incidentMinutes().rounding(Rounding.EXACT))
                        .commitment("99", 18080)
                        .noCredit("the text's remedies (3, 18082-18201) are re-runs of failed tests, refunds within 30 days of "
                                + "purchase and cloud-phone minute top-ups, granted case by case; no credit depends on availability"))
                .exclusion("4.1", "customer-delayed-cooperation", "The customer's delayed or improper cooperation leaves report data "
                        + "missing or the report late: not a breach by the WeTest team", 18153)
                .exclusion("4.2", "customer-ignored-instructions", "Report data anomalies because the customer did not follow the "
                        + "WeTest team's instructions", 18155)
                .exclusion("4.3", "customer-materials", "The legality, truth and accuracy of the materials and files the customer "
                        + "provides are the customer's responsibility", 18157)
                .exclusion("4.4", Clauses.NON_PAYMENT_SUSPENSION.worded("Service delayed or interrupted because the customer paid late"), 18159)
                .exclusion("4.5", Clauses.NOT_TENCENT_CAUSE, 18161)
                .exclusion("4.6", Clauses.LEGAL_EXEMPTION, 18163)
                .note("The text promises 99% availability (2.2, 18080) with the formula 1 - unavailable minutes / month minutes (18078) "
                        + "but defines neither an unavailable minute nor any threshold or rounding. Reading chosen: the customer's "
                        + "incidents (the platform unusable for WeTest's reasons) count with their exact durations. Availability is "
                        + "reported against 99%; no credit is defined.")
                .note("Remedies (3, 18094-18201), none computed from availability: re-runs (退次) of automated compatibility tests, "
                        + "cloud phones, load tests and security tests that failed for WeTest's reasons (3.1); a refund within 30 days of "
                        + "purchase when WeTest's fault stopped the test and the service was not used normally (3.2, 18135-18143), reviewed "
                        + "in 3 business days and paid back in 7-14 (18201); a cloud-phone top-up to 15 minutes once per user and at most "
                        + "30 minutes of compensation per user (3.3, 18145-18149).")
                .note("The lists of what cannot be re-run (18106-18116, 18126-18128, 18177-18179: non-native login controls, Monkey "
                        + "testing limits, the customer's own app or package faults, force majeure, the customer's browser or network) "
                        + "limit those remedies; they remove no time from the availability count and are not coded as clauses.")
                .note("5.1 (18165-18167): total liability is at most the fees paid for the service concerned.")
                .build();
    }
}
