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

/** 腾讯云遨驰终端 OrcaTerm 服务等级协议, seed 002 line 39875. */
final class OrcaTerm {
    private OrcaTerm() {
    }

    static SlaDefinition definition() {
        return Sla.define("orcaterm", Site.CN, Family.OBSERVABILITY)
                .names("遨驰终端 OrcaTerm", "OrcaTerm web terminal")
                .source(Seeds.CN, 39875, "腾讯云遨驰终端 OrcaTerm 服务等级协议")
                .liabilityCapOverMonths(12, 39990)
                .updated("2023-12-07T18:07:15")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (39900-39904): a minute is unavailable when every consecutive attempt to reach OrcaTerm (connection
                        // settings, login, settings) failed for OrcaTerm's reasons; partial use makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 39912)
                        .tiers(40002,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 39952)
                .exclusion("4.1", ObservabilityTerms.MAINTENANCE, 39970)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 39972)
                .exclusion("4.3", ObservabilityTerms.INTERFACES_ATTACKED, 39974)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 39976)
                .exclusion("4.5", ObservabilityTerms.NEGLIGENT_AUTHORISATION, 39978)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 39980)
                .exclusion("4.7", ObservabilityTerms.CAPACITY_EXCEEDED.worded("Use beyond the capacity of the current version"), 39982)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, 39984)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 39986)
                .note("1.2 (39894-39898) counts \"完整自然月度\" and its example makes the first month whole (opened Mar 17: Mar 1-31) "
                        + "but cuts the last at the end of service (Jun 1-16); the core has no such month rule. Reading: calendar months cut at "
                        + "activeFrom/activeUntil; to follow the text, give no activeFrom for the first month (it then counts whole) and "
                        + "give activeUntil for the last.")
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts made and failed; a "
                        + "minute counts only when every attempt failed. Minutes without a sample count as available.")
                .note("3.1(2) (39922-39924): the voucher is capped at the month's fee (当月服务费), excluding voucher, coupon or fee-waiver "
                        + "deductions. 3.3 (39964-39966): a claim needs the account, the dates, times and duration of the outage, and "
                        + "what else Tencent Cloud reasonably asks. 5.1 (39988-39992): liability is at most the fees paid, or the past "
                        + "12 months' fees after 12 months of use.")
                .build();
    }
}
