package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.CompositeMinutes;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.core.rules.Signals.any;
import static io.slakit.core.rules.Signals.lastingAtLeast;
import static io.slakit.core.rules.Signals.signal;

/**
 * CODING 服务等级协议 (CODING DevOps), seed 002 line 40720: error-rate windows and failures of 10 minutes or more, counted once.
 */
final class Coding {
    private Coding() {
    }

    /** 1.2 (40741-40743, 40755-40757): either trigger, a failure only in runs of 10 minutes or more, overlaps and modules counted once. */
    static CompositeMinutes rule() {
        return Rules.compositeMinutes(any(signal("error-rate"), lastingAtLeast(Duration.ofMinutes(10), signal("failure")))).exact();
    }

    static SlaDefinition definition() {
        return Sla.define("coding", Site.CN, Family.OBSERVABILITY)
                .names("CODING", "CODING DevOps")
                .source(Seeds.CN, 40720, "CODING 服务等级协议")
                .updated("2023-09-11T16:01:24")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(rule())
                        .commitment("99.8", 40771)
                        .tiers(40870,
                                tier("[99, 99.8)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 40810)
                .allowanceExample("2.2: a 30-day month at 99.8% allows 43,200 - 43,113.6 = 86.4 minutes", 40796, "availability",
                        YearMonth.of(2024, 4), "86.4")
                .note("Input (1.2, 40741-40743): give the provider's unavailability as incidents on two signals. \"error-rate\": each "
                        + "5-minute window (aligned to 00:00:00 Beijing time) whose error rate is above 0.05% (exactly 0.05% is not "
                        + "unavailable, \"不含本数\"), as an incident spanning the window; \"failure\": the stretches in which the service "
                        + "was continuously unavailable. A failure stretch counts only when it lasts 10 minutes or more (\"低于连续 10 "
                        + "分钟不计入\": exactly 10 counts). The window error rates are computed by the customer from its request counts: "
                        + "composite minutes read incidents, not window samples.")
                .note("1.5 (40755-40757): where both triggers, or several modules, are unavailable at the same time the time counts "
                        + "once: the signals are united and every module's incidents on a signal merge. The text states no rounding: "
                        + "exact durations.")
                .note("1.3-1.4 (40745-40753): a failed request is one CODING answers with 500 Internal Error or 503 Service "
                        + "Unavailable; rate-limited requests and requests failed by CODING's upgrades, changes or shutdowns are not "
                        + "failed requests (\"不包括\"), and requests unauthenticated, refused authorisation, made while suspended for "
                        + "arrears, sent by attackers or run asynchronously for cross-region replication or lifecycle rules are not "
                        + "user requests. These define the input's counts, not excluded time, so they are not coded as clauses.")
                .note("1.7 (40765-40767): the month's fee is what the customer actually consumed of CODING in the month, not prepaid "
                        + "and unconsumed amounts, excluding voucher, coupon or fee-waiver deductions. 3.1 (2) (40806): the voucher is "
                        + "capped at that fee. 5.1 (40852): total liability is at most the fees paid for the service concerned.")
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 40826)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 40828)
                .exclusion("4.3", "maintenance-and-dependencies", "Routine system maintenance time, and the unavailability of the "
                        + "cloud services CODING implicitly depends on: CVM, cloud disks, load balancing, VPC and Cloud Monitor", 40830)
                .exclusion("4.4", "build-source-unreachable", "Builds failing or blocked because the user's code repository or a "
                        + "third-party open-source or image repository linked to the build cannot be reached", 40832)
                .exclusion("4.5", ObservabilityTerms.INTERFACES_ATTACKED, 40834)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 40836)
                .exclusion("4.7", ObservabilityTerms.NEGLIGENT_AUTHORISATION, 40838)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 40840)
                .exclusion("4.9", Clauses.CONTENT_VIOLATION.worded("Errors from a domain blocked for the customer's content "
                        + "violations or other reasons"), 40842)
                .exclusion("4.10", Clauses.TRAFFIC_SURGE_UNANNOUNCED, 40844)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE, 40846)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 40848)
                .build();
    }
}
