package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/**
 * 密钥管理系统服务等级协议 (Key Management Service, KMS), seed 002 line 20969: three product modules (KMS, Cloud HSM,
 * Secrets Manager), each measured and credited on its own.
 */
final class Kms {
    private Kms() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("kms", Site.CN, Family.SECURITY)
                .names("密钥管理系统", "Key Management Service")
                .source(Seeds.CN, 20969, "密钥管理系统服务等级协议")
                .liabilityCapOverMonths(12, 21128)
                .updated("2025-07-03T17:59:12")
                .effectiveFromUpdatedDate()
                .edition("kms", "密钥管理系统", availability())
                .edition("cloud-hsm", "云加密机", availability())
                .edition("secrets-manager", "凭据管理系统", availability())
                .claim(5, 60, 21055)
                .exclusion("4", TRIAL_OR_FREE_USE, 21069)
                .exclusion("5.1", io.slakit.core.dsl.Clauses.ANNOUNCED_MAINTENANCE.worded(
                        "System maintenance notified in advance: cutover, upgrade, failure drills and other planned downtime"), 21075)
                .exclusion("5.2", io.slakit.core.dsl.Clauses.THIRD_PARTY_NETWORK, 21077)
                .exclusion("5.3", "third-party-cause", "Caused by a third party outside Tencent Cloud (hacker attacks, negligence of "
                        + "the customer's third-party suppliers)", 21079)
                .exclusion("5.4", io.slakit.core.dsl.Clauses.CUSTOMER_CREDENTIALS, 21081)
                .exclusion("5.5", io.slakit.core.dsl.Clauses.CUSTOMER_OPERATION.worded(
                        "Wrong operations from the customer's negligence, or operations the customer authorised"), 21083)
                .exclusion("5.6", io.slakit.core.dsl.Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation "
                        + "or advice: lost account passwords or envelope data keys, caches not cleared, wrong network or security-group "
                        + "configuration, integration not as required, keys or credentials deleted by mistake, other non-standard operations"), 21085)
                .exclusion("5.7", "not-activated-or-arrears", "Requests made while the service was not activated or the account was in arrears", 21099)
                .exclusion("5.8", FORCE_MAJEURE, 21101)
                .exclusion("5.9", NOT_TENCENT_CAUSE, 21103)
                .exclusion("5.10", LEGAL_EXEMPTION, 21105)
                .note("Modules (1.4, 20996; 2.1 note, 21016): availability is computed for each of the three modules on its own, and the "
                        + "fee (3.1(2), 21051-21053) is that module's monthly fee. Evaluate each module as its own resource and edition.")
                .note("Unavailability (1.5, 20998-21002): every request to the module returns \"InternalError\". Give each such period "
                        + "as an incident.")
                .note("Threshold (1.5, 20998-21002): a module unusable \"within 1 minute (not exceeding 1 minute)\" is not unavailable: "
                        + "an outage of exactly 1 minute is not counted; partial minutes round up (1.6, 21004: 60m28s counts 61).")
                .note("Free, free-quota and beta/test use is outside the SLA (4, 21069): mark such time with the code trial-or-free-use.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (21051-21053)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (6.1, 21126-21130)");
        // 61 and 60 minutes in January are 99.86%: below 99.90, so 25%.
        b = roundingExamples(b, "kms", "availability", 21004, 21010, "25", "25");
        return fiftyNineSecondsExample(b, "cloud-hsm", "availability", 21000).build();
    }

    /** 3.1 (21111-21117): "低于99.99%但等于或高于99.90% 10%; 低于99.90%但等于或高于95.00% 25%; 低于95.00% 100%". */
    private static MetricSpec availability() {
        return metric("availability", "单个产品模块服务可用性")
                .measuredBy(overOneMinuteRoundedUp())
                .commitment("99.99", 21018)
                .tiers(21113,
                        tier("[99.9, 99.99)", "10"),
                        tier("[95, 99.9)", "25"),
                        tier("[0, 95)", "100"));
    }
}
