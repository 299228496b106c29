package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.products.security.SecurityTerms.*;

/** 数据安全审计服务等级协议 (Data Security Audit), seed 002 line 20767. */
final class DataSecurityAudit {
    private DataSecurityAudit() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("data-security-audit", Site.CN, Family.SECURITY)
                .names("数据安全审计", "Data Security Audit")
                .source(Seeds.CN, 20767, "数据安全审计服务等级协议")
                .liabilityCapOverMonths(12, 20944)
                .updated("2025-06-05T16:59:21")
                .effectiveFromUpdatedDate()
                // 3.1 (20917-20923): "99.95% > A ≥ 99.0% 10%; 99.0% > A ≥ 98.0% 20%; 98.0% > A 50%".
                .metric(tenTwentyFifty("availability", "服务可用性", overOneMinuteRoundedUp(), "99.95", 20808, 20919))
                .claim(5, 60, 20859)
                .exclusion("4", TRIAL_OR_FREE_USE, 20875)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration "
                        + "change outside Tencent Cloud's equipment"), 20881)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 20883)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 20885)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 20887)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, the "
                        + "documentation or advice"), 20889)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the customer installed, or third-party software or "
                        + "configuration Tencent Cloud does not run directly"), 20891)
                .exclusion("5.7", "agent-host-failure", "The audited terminal's own hardware or operating system failed (the server "
                        + "running the agent was shut down, its security group changed)", 20893)
                .exclusion("5.8", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, disease, "
                        + "war, strikes and other unforeseeable, unavoidable events"), 20897)
                .exclusion("5.9", "telecom-government-public-network", "Changes of basic telecom or power resources, control by "
                        + "authorities or carriers, public network congestion or hacking, other events outside Tencent Cloud's fault "
                        + "and control", 20903)
                .exclusion("5.10", NON_PAYMENT.worded("Service suspended or terminated because the customer did not buy or pay as agreed"), 20913)
                .exclusion("5.11", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Service suspended or terminated because the customer "
                        + "breached this agreement or the Tencent Cloud service agreement"), 20915)
                .exclusion("5.12", ROUTINE_MAINTENANCE.worded("Short interruptions or pauses for the daily maintenance described in the "
                        + "Tencent Cloud service agreement"), 20932)
                .exclusion("5.13", NOT_TENCENT_CAUSE, 20934)
                .exclusion("5.14", LEGAL_EXEMPTION, 20936)
                .note("Scope (1.1, 20784): auditing every database operation of the servers with the agent installed.")
                .note("Unavailability (1.4, 20822-20826): every operation fails for a minute although configured exactly as the manual "
                        + "says; a state not exceeding 1 minute is not unavailability (59 s as the example). Downtime is taken from "
                        + "incidents: at most 1 minute is not counted, partial minutes round up (1.5, 20796).")
                .note("Free, free-quota and beta/test use is outside the SLA (4, 20875): code trial-or-free-use.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (20851)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (6.1, 20942-20946)");
        // 61 and 60 minutes in January: 99.86%, in [99, 99.95): 10%.
        b = roundingExamples(b, null, "availability", 20796, 20802, "10", "10");
        return fiftyNineSecondsExample(b, null, "availability", 20824).build();
    }
}
