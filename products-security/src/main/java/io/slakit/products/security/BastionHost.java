package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;


import static io.slakit.products.security.SecurityTerms.*;

/** 运维安全中心（堡垒机）服务等级协议 (Operation and Maintenance Security Center, Bastion Host, BH), seed 002 line 20607. */
final class BastionHost {
    static final String MANAGEMENT = "management";
    static final String PROTOCOL_PROXY = "protocol-proxy";
    static final String AUDIT_LOG = "audit-log";

    private BastionHost() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("bh", Site.CN, Family.SECURITY)
                .names("运维安全中心（堡垒机）", "Bastion Host")
                .source(Seeds.CN, 20607, "运维安全中心（堡垒机）服务等级协议")
                .updated("2024-05-29T17:00:56")
                .effectiveFromUpdatedDate()
                // 1.2-1.3 (20628-20654): three kinds of unavailability, their minutes summed.
                // 3.1 (20682-20686, 20758): "99.9% > Av ≥ 99.0% 10%; 99.0% > Av ≥ 98.0% 20%; 98.0% > Av 50%".
                .metric(tenTwentyFifty("availability", "服务可用性", Rules.summedScopeMinutes().scope(MANAGEMENT).scope(PROTOCOL_PROXY).scope(AUDIT_LOG),
                        "99.9", 20658, 20684))
                .claim(5, 60, 20696);
        return firstSeven(b, 20716, 20718, 20720, 20722, 20724, 20726, 20728)
                .exclusion("4.8", "framework-component-failure", "Other components of the bastion host's framework failed (the CVM "
                        + "was shut down, the target server's port closed)", 20730)
                .exclusion("4.9", "terminal-failure", "The user's terminal hardware, operating system or software (SSH tools) failed", 20732)
                .exclusion("4.10", MAINTENANCE_WITH_NOTICE, 20734)
                .exclusion("4.11", FORCE_MAJEURE, 20736)
                .exclusion("4.12", "hosts-over-spec", "More managed hosts than the purchased specification", 20738)
                .exclusion("4.13", NOT_TENCENT_CAUSE, 20740)
                .exclusion("4.14", io.slakit.core.dsl.Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through "
                        + "the customer's maintenance, authorisation or confidentiality"), 20742)
                .exclusion("4.15", LEGAL_EXEMPTION, 20744)
                .note("Kinds (1.2, 20628-20642), given as each incident's scope: management (the admin and operator accounts cannot log "
                        + "in to the management and operation interfaces with correct credentials within their policies), "
                        + "protocol-proxy (a logged-in operations account cannot reach Tencent Cloud resources through the service with "
                        + "correctly configured policies) and audit-log (operations through the service left no log although auditing "
                        + "was correctly configured and never switched off).")
                .note("Reading of the management and protocol-proxy time (20632-20638): \"每五分钟内发生两次...不可用事件之间时间间隔的总时长\" "
                        + "is read as: when two failure events occur within five minutes of each other, the interval between them is "
                        + "unavailable time; give each such interval as an incident of that kind. Audit-log time (20642) is the span "
                        + "of lost logs and recordings.")
                .note("Reading of the sum (1.3(4), 20654): the minutes of the three kinds are added, so time when two kinds were down "
                        + "at once counts twice; within one kind overlaps count once. No rounding is stated: exact durations.")
                .note("4.5 (20724) includes a refund of the bastion host or of the CVM it runs on. 1.3(3) (20650): availability covers "
                        + "the product's own software only, not the whole framework (network causes...).")
                .note("Service period (1.3(1), 20646): a natural month.")
                .note("Claims (3.3, 20704-20712) need an incident report, dates, times and durations, the server IPs, ports and "
                        + "protocols involved, and anything reasonably asked for.")
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (20666-20668)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 20746); disputes go to the Nanshan district court, Shenzhen.")
                .build();
    }
}
