package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** 云安全中心服务等级协议 (Cloud Security Center, CSC, and its predecessor Security Operations Center), seed 002 line 18904. */
final class Csc {
    private Csc() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("csc", Site.CN, Family.SECURITY)
                .names("云安全中心", "Cloud Security Center")
                .source(Seeds.CN, 18904, "云安全中心服务等级协议")
                .liabilityCapOverMonths(12, 19027)
                .updated("2024-05-13T16:46:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(overOneMinuteRoundedUp())
                        .commitment("99.95", 18949)
                        .tiers(19041,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 18993)
                .exclusion("4.1", SECURITY_THREAT, 19001)
                .exclusion("4.2", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY, 19003)
                .exclusion("4.3", NOT_CONFIGURED_AS_RULES, 19005)
                .exclusion("4.4", NON_PAYMENT, 19007)
                .exclusion("4.5", CARRIER_FAILURE, 19009)
                .exclusion("4.6", ORIGIN_PROBLEMS, 19011)
                .exclusion("4.7", "assets-over-spec", "The number of assets exceeds the purchased specification", 19013)
                .exclusion("4.8", ROUTINE_MAINTENANCE, 19015)
                .exclusion("4.9", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("The customer breached the Tencent Cloud service agreement, "
                        + "this service's terms or rules, so requests failed or the service was suspended or terminated"), 19017)
                .exclusion("4.10", FORCE_MAJEURE, 19019)
                .exclusion("4.11", NOT_TENCENT_CAUSE, 19021)
                .exclusion("4.12", LEGAL_EXEMPTION, 19023)
                .note("Scope (18907, 18921-18925): Cloud Security Center and Security Operations Center (its predecessor) under one text.")
                .note(ONE_MINUTE_READING + " (18933-18935)")
                .note("Reading of the table (3.1, 19039-19045): its last row is \"below 95% but at or above 90%: 100%\" and nothing is "
                        + "said below 90%. Below 90% is read as 100% too: the credit cannot exceed the month's fee, so no larger credit "
                        + "is possible, and a worse month earning nothing would contradict the table's order.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (18983-18985)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (5.1, 19025-19029)");
        b = roundingExamples(b, null, "availability", 18937, 18943, "10", "10");
        return fiftyNineSecondsExample(b, null, "availability", 18935).build();
    }
}
