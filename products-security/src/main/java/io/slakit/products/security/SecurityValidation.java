package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.products.security.SecurityTerms.*;

/** 安全验证服务服务等级协议 (Security Validation Service), seed 002 line 23067. */
final class SecurityValidation {
    private SecurityValidation() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("security-validation-service", Site.CN, Family.SECURITY)
                .names("安全验证服务", "Security Validation Service")
                .source(Seeds.CN, 23067, "安全验证服务服务等级协议")
                .liabilityCapOverMonths(12, 23198)
                .updated("2024-07-03T17:00:12")
                .effectiveFromUpdatedDate()
                .metric(tens("availability", "服务可用性", overOneMinuteRoundedUp(), "99.95", 23108, 23212))
                .claim(5, 60, 23150)
                .exclusion("4.1", "unavoidable-defect", "A defect the industry's technology could not avoid at the time is not a breach "
                        + "(security products cannot guarantee absolute security)", 23158)
                .exclusion("4.2", "accepted-validation-risk", "Downtime, business interruption or data loss from the validation itself, "
                        + "a risk the customer knowingly accepts and must prepare for in advance", 23164)
                .exclusion("4.3", SECURITY_THREAT.worded("The customer threatens the security of Tencent Cloud's service, commits fraud "
                        + "or acts unlawfully"), 23168)
                .exclusion("4.4", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY, 23170)
                .exclusion("4.5", NOT_CONFIGURED_AS_REQUIRED, 23172)
                .exclusion("4.6", PRODUCT_TERMS_BREACH, 23174)
                .exclusion("4.7", NON_PAYMENT, 23176)
                .exclusion("4.8", CARRIER_FAILURE, 23178)
                .exclusion("4.9", UNLAWFUL_USE, 23180)
                .exclusion("4.10", MAINTENANCE_WITH_NOTICE, 23182)
                .exclusion("4.11", FORCE_MAJEURE, 23184)
                .exclusion("4.12", "remediation-not-applied", "The service offered a risk remediation plan the customer did not apply in time", 23186)
                .exclusion("4.13", "not-own-assets", "Validation tests run against assets that are not the customer's own lawful assets", 23188)
                .exclusion("4.14", NOT_TENCENT_CAUSE, 23190)
                .exclusion("4.15", "incident-handling-error", "The customer's irregular or mistaken actions while handling an incident", 23192)
                .exclusion("4.16", LEGAL_EXEMPTION, 23194)
                .note("4.1 and 4.2 (23158-23166) are not time windows but a waiver: unavoidable defects are no breach, and downtime, "
                        + "interruption or data loss caused by the validation is the customer's accepted risk. Mark such time with "
                        + "their codes.")
                .note(ONE_MINUTE_READING + " (23092-23094)")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (23116-23118)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (5.1, 23196-23200)");
        b = roundingExamples(b, null, "availability", 23096, 23102, "10", "10");
        return fiftyNineSecondsExample(b, null, "availability", 23094).build();
    }
}
