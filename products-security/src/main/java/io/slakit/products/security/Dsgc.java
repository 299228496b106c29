package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.products.security.SecurityTerms.*;

/**
 * 腾讯云数据安全治理中心服务等级协议 (Data Security Governance Center, DSGC, with the data security gateway / CASB),
 * seed 002 line 20389.
 */
final class Dsgc {
    private Dsgc() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("dsgc", Site.CN, Family.SECURITY)
                .names("数据安全治理中心", "Data Security Governance Center")
                .source(Seeds.CN, 20389, "腾讯云数据安全治理中心服务等级协议")
                .liabilityCapOverMonths(12, 20582)
                .updated("2025-06-13T16:29:02")
                .effectiveFromUpdatedDate()
                // 3.1 (20535-20541): "99.9% > A ≥ 99.0% 10%; 99.0% > A ≥ 98.0% 20%; 98.0% > A 50%".
                .edition("governance-center", "数据安全治理中心",
                        tenTwentyFifty("availability", "服务可用性", overOneMinuteRoundedUp(), "99.9", 20432, 20537))
                .edition("casb-gateway", "数据安全网关（云访问安全代理）",
                        tenTwentyFifty("availability", "服务可用性", overOneMinuteRoundedUp(), "99.9", 20432, 20537))
                .claim(5, 60, 20483)
                .exclusion("4", TRIAL_OR_FREE_USE, 20499);
        return fiveOneToThirteen(b, 20505, 20507, 20509, 20511, 20513, 20523, 20525, 20531, 20558, 20560, 20562, 20564, 20566)
                .exclusion("5.14", "analysis-results-reference", "Analysis results (sensitive-data identification, classification, "
                        + "risk detection) carry no warranty of truth, accuracy or fitness; Tencent Cloud is not liable for losses from "
                        + "using or relying on them", 20572)
                .note("Editions (1.1, 20404-20406): governance-center instances (sensitive data identification, classification, risk "
                        + "assessment) and data security gateway (CASB) instances (encryption, dynamic and static masking); one resource "
                        + "is one instance.")
                .note("Unavailability (1.4, 20444-20448): for the gateway, every attempt to connect to it fails for a minute; for the "
                        + "governance center, every console operation fails for a minute although configured exactly as the manual says.")
                .note("Reading (1.4-1.5, 20416-20420, 20444): \"lasting one minute\" marks the minute unavailable, while a state \"not "
                        + "exceeding 1 minute\" is not unavailability, and durations are resolved - started with partial minutes "
                        + "rounded up. Downtime is taken from incidents: at most 1 minute is not counted, 1m01s counts 2 minutes.")
                .note("5.5 (20513-20521) lists wrong network or security-group configuration, integration not as required, keys or "
                        + "important information deleted by mistake, and other non-standard operations as examples.")
                .note("Claims (3.3, 20489-20497) need an incident report, dates, times and durations, the database or node IPs, ports "
                        + "and table names involved, and anything reasonably asked for.")
                .note("Free, free-quota and beta/test use is outside the SLA (4, 20499): code trial-or-free-use.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (20473-20475)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (6.1, 20580-20584)")
                .evaluationExample("14:01:01 to 15:01:29 is 60 minutes 28 seconds and counts 61 minutes", 20420, "governance-center",
                        "availability", java.time.YearMonth.of(2024, 1), outage("2024-01-10T14:01:01", "2024-01-10T15:01:29"), "61", null, "10")
                .evaluationExample("An outage of 59 seconds is not unavailability", 20416, "casb-gateway", "availability",
                        java.time.YearMonth.of(2024, 1), outage("2024-01-10T14:01:01", "2024-01-10T14:02:00"), "0", null, "0")
                .build();
    }
}
