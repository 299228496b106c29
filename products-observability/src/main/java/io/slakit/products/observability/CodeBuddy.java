package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云代码助手服务等级协议 (Tencent Cloud CodeBuddy), seed 002 line 41370. */
final class CodeBuddy {
    private CodeBuddy() {
    }

    static SlaDefinition definition() {
        return Sla.define("codebuddy", Site.CN, Family.OBSERVABILITY)
                .names("腾讯云代码助手", "Tencent Cloud CodeBuddy")
                .source(Seeds.CN, 41370, "腾讯云代码助手服务等级协议")
                .liabilityCapOverMonths(12, 41493)
                .updated("2025-05-27T15:31:21")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (41393-41397): a minute is unavailable when every attempt to reach or connect to the service
                        // failed for Tencent Cloud's reasons; partial use or partial success makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 41409)
                        .tiers(41509,
                                tier("[99.5, 99.9)", "5"),
                                tier("[97, 99.5)", "10"),
                                tier("[95, 97)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 41451)
                .exclusion("4.1", Clauses.CUSTOMER_CREDENTIALS, 41471)
                .exclusion("4.2", ObservabilityTerms.NEGLIGENT_AUTHORISATION, 41473)
                .exclusion("4.3", Clauses.CUSTOMER_IGNORED_DOCS, 41475)
                .exclusion("4.4", ObservabilityTerms.CAPACITY_EXCEEDED.worded("Use beyond the capacity of the current paid version"), 41477)
                .exclusion("4.5", Clauses.ANNOUNCED_MAINTENANCE, 41479)
                .exclusion("4.6", "routine-maintenance-or-dependencies", "Routine system maintenance, and the downtime of the implicit "
                        + "dependencies CVM, cloud disks, CLB, VPC and Cloud Monitor", 41481)
                .exclusion("4.7", Clauses.THIRD_PARTY_NETWORK, 41483)
                .exclusion("4.8", ObservabilityTerms.INTERFACES_ATTACKED, 41485)
                .exclusion("4.9", "domain-banned", "Errors from a domain banned for content violations or other reasons", 41487)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 41489)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 41491)
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts made and failed; a "
                        + "minute counts only when every attempt failed. Minutes without a sample count as available.")
                .note("3.3 (41463-41467): a claim needs the unavailable account and the unavailable time with proof.")
                .note("3.1(2) (41417-41419): the voucher is capped at the month's fee, excluding voucher, coupon or fee-waiver deductions. "
                        + "5.1 (41493-41495): total liability is at most the fees paid for the service in the past 12 months.")
                .evaluationExample("Unusable from 23:00 to 23:05 on a day of April 2020: 5 minutes, 1 - 5 / 43200 = 99.988% "
                                + "(the text writes 99.98%, truncated)", 41405, null, "availability", YearMonth.of(2020, 4),
                        ObservabilityTerms.failedMinutes("2020-04-20T23:00:00", 5), "5", "99.988", "0")
                .build();
    }
}
