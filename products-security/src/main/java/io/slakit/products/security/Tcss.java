package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** 容器安全服务服务等级协议 (Tencent Container Security Service, TCSS), seed 002 line 20095. */
final class Tcss {
    private Tcss() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("tcss", Site.CN, Family.SECURITY)
                .names("容器安全服务", "Tencent Container Security Service")
                .source(Seeds.CN, 20095, "容器安全服务服务等级协议")
                .liabilityCapOverMonths(12, 20216)
                .updated("2024-05-13T16:46:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(overOneMinuteRoundedUp())
                        .commitment("99.95", 20138)
                        // 3.1 (20228-20234): "低于99.95%但等于或高于90% 10%; 低于90%但等于或高于80% 25%; 低于80% 100%".
                        .tiers(20230,
                                tier("[90, 99.95)", "10"),
                                tier("[80, 90)", "25"),
                                tier("[0, 80)", "100")))
                .claim(5, 60, 20180)
                .exclusion("4.1", SECURITY_THREAT, 20188)
                .exclusion("4.2", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY, 20190)
                .exclusion("4.3", NOT_CONFIGURED_AS_REQUIRED, 20192)
                .exclusion("4.4", PRODUCT_TERMS_BREACH.worded("The customer breached the Tencent Cloud service agreement, this "
                        + "service's terms, rules or any Tencent Cloud product terms"), 20194)
                .exclusion("4.5", NON_PAYMENT, 20196)
                .exclusion("4.6", CARRIER_FAILURE.worded("A failure of a network carrier"), 20198)
                .exclusion("4.7", UNLAWFUL_USE, 20200)
                .exclusion("4.8", MAINTENANCE_WITH_NOTICE, 20202)
                .exclusion("4.9", FORCE_MAJEURE, 20204)
                .exclusion("4.10", ALERTS_NOT_HANDLED, 20206)
                .exclusion("4.11", NON_STANDARD_SYSTEM, 20208)
                .exclusion("4.12", NOT_TENCENT_CAUSE, 20210)
                .exclusion("4.13", LEGAL_EXEMPTION, 20212)
                .note("Unavailability (1.3, 20120): security functions fail because of the service's own system (functions cannot be "
                        + "used, the client cannot start...).")
                .note(ONE_MINUTE_READING + " (20120-20124)")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (20146-20148)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (5.1, 20214-20218)");
        // 61 and 60 minutes in January are 99.86%: in [90, 99.95), 10%.
        b = roundingExamples(b, null, "availability", 20126, 20132, "10", "10");
        return fiftyNineSecondsExample(b, null, "availability", 20124).build();
    }
}
