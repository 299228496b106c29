package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** 腾讯云软件成分分析服务等级协议 (Software Composition Analysis, SCA), seed 002 line 23225. */
final class Sca {
    private Sca() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("sca", Site.CN, Family.SECURITY)
                .names("软件成分分析", "Software Composition Analysis")
                .source(Seeds.CN, 23225, "腾讯云软件成分分析服务等级协议")
                .liabilityCapOverMonths(12, 23337)
                .updated("2024-10-30T11:45:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (23248-23250): 5 continuous minutes or more is unavailable; under 5 minutes (4m59s) is not.
                        // 1.4 (23252): partial minutes round up.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99", 23264)
                        // 3.1 (23349-23355): "低于99%但等于或高于95% 10%; 低于95%但等于或高于85% 25%; 低于85% 100%".
                        .tiers(23351,
                                tier("[95, 99)", "10"),
                                tier("[85, 95)", "25"),
                                tier("[0, 85)", "100")))
                .claim(5, 60, 23305)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance or an unavailability warning notified at "
                        + "least 7 days in advance"), 23313)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment or configuration outside Tencent Cloud's "
                        + "facilities"), 23315)
                .exclusion("4.3", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation or wrong operations"), 23317)
                .exclusion("4.4", Clauses.FORCE_MAJEURE, 23319)
                .exclusion("4.5", NOT_TENCENT_CAUSE, 23321)
                .exclusion("4.6", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("The customer breached the Tencent Cloud service agreement, "
                        + "this service's terms or rules, so requests failed or the service was suspended or terminated"), 23323)
                .exclusion("4.7", LEGAL_EXEMPTION, 23325)
                .note("Service period (1.2, 23244): a natural month; a first partial month runs from the first day of use to the "
                        + "month's end (first use on Mar 19: Mar 19-31). Give activeFrom for a partial month.")
                .note("Threshold (1.3, 23248-23250): unavailability of 5 continuous minutes or more counts (exactly 5 minutes counts); "
                        + "under 5 minutes does not, with 4m59s as the example.")
                .note("Customer duties (5, 23327-23333): the analysis results are for reference only, with no warranty of accuracy; "
                        + "unlawful use lets Tencent Cloud suspend or end the service without liability. These remove no time.")
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (23272-23274)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (6.1, 23335-23339)")
                .evaluationExample("An outage of 4 minutes 59 seconds is not unavailability", 23250, null, "availability",
                        YearMonth.of(2024, 1), outage("2024-01-10T14:00:00", "2024-01-10T14:04:59"), "0", null, "0");
        return roundingExamples(b, null, "availability", 23252, 23258, "0", "0").build();
    }
}
