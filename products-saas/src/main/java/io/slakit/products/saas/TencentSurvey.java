package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯问卷服务等级协议 (Tencent Survey), seed 002 line 47968. */
final class TencentSurvey {
    private TencentSurvey() {
    }

    static SlaDefinition definition() {
        return Sla.define("tencent-survey", Site.CN, Family.SAAS)
                .names("腾讯问卷", "Tencent Survey")
                .source(Seeds.CN, 47968, "腾讯问卷服务等级协议")
                .updated("2023-07-27T11:39:12")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (47993-47997): a minute is unavailable when every consecutive attempt to reach the survey service
                        // (create, edit, collect, statistics) failed for Tencent Cloud's reasons; partial use makes it available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 48005)
                        .tiers(48098,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 48044)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 48066)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 48068)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded(
                        "The user's application interfaces or data are attacked, or other improper behaviour"), 48070)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 48072)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded(
                        "The user's negligent authorisation or wrong operation, the user's own equipment, or third-party software or equipment"), 48074)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 48076)
                .exclusion("4.7", "capacity-exceeded", "Use beyond the service capacity rated for the current version", 48078)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud"), 48080)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 48082)
                .note("1.2 (47987-47991) counts \"完整自然月度\" and its example makes the first month whole (opened Mar 17: Mar 1-31) "
                        + "but cuts the last at the end of service (Jun 1-16); the core has no such month rule. Reading: calendar months cut at "
                        + "activeFrom/activeUntil; to follow the text, give no activeFrom for the first month (it then counts whole) and "
                        + "give activeUntil for the last.")
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts made and failed; a "
                        + "minute counts only when every attempt failed. Minutes without a sample count as available.")
                .note("3.1(2) (48015-48017): the voucher is capped at the month's fee (当月服务费), excluding voucher, coupon or fee-waiver "
                        + "deductions. Liability (5.1, 48084) is at most the fees paid for the breached service.")
                .build();
    }
}
