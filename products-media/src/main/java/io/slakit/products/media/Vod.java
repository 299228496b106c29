package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云点播服务等级协议 (Video on Demand), seed 002 line 14409. */
final class Vod {
    private Vod() {
    }

    static SlaDefinition definition() {
        return Sla.define("vod", Site.CN, Family.MEDIA)
                .names("云点播", "Video on Demand")
                .source(Seeds.CN, 14409, "腾讯云点播服务等级协议")
                .liabilityCapOverMonths(12, 14585)
                .updated("2025-06-25T17:28:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.2/1.3 (14430-14436): a 5-minute unit is down when its error rate is above 0.05% (exclusive);
                        // only unavailability lasting 10 continuous minutes or more counts: runs of 2 or more units.
                        .measuredBy(Rules.errorRateAbove("0.05", Duration.ofMinutes(5)).countingRunsOfAtLeast(2))
                        .commitment("99.9", 14486)
                        .tiers(14564,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(3, 60, 14500)
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"), 14514)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application is attacked by hackers"), 14516)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 14518)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 14520)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the agreements, documentation or advice"), 14522)
                .exclusion("4.6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the user installed or third-party software or configuration"), 14524)
                .exclusion("4.7", Clauses.FORCE_MAJEURE.worded("Force majeure (natural disasters, government action, unrest, war, strikes)"), 14526)
                .exclusion("4.8", "telecom-or-regulator", "Changes of basic telecom resources, regulator or carrier controls, public network congestion, other causes beyond Tencent Cloud's control", 14532)
                .exclusion("4.9", Clauses.NON_PAYMENT_SUSPENSION.worded("Suspension or termination because the user did not buy or pay as agreed"), 14542)
                .exclusion("4.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of this or the service agreement"), 14544)
                .exclusion("4.11", Clauses.ROUTINE_MAINTENANCE, 14546)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE, 14548)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 14550)
                .exclusion("4.14", Clauses.ANNOUNCED_MAINTENANCE, 14577)
                .exclusion("4.15", Clauses.CONTENT_VIOLATION.worded("Domains banned for content violations or other reasons"), 14579)
                .exclusion("4.16", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A large surge without 3 business days' written notice: bandwidth growth over 50 Gbps (or over 10 Gbps concentrated "
                        + "by region and carrier), storage growth over 100 TB, transcoding over 100,000 min/day, video moderation over 40,000 min/day"), 14581)
                .note("Claims open after the 3rd business day of the next month (3.2, 14500), not the 5th.")
                .note("\"连续10分钟或更长\" (14434) is read as at least two consecutive 5-minute units; a single bad unit (5 minutes) is not counted, "
                        + "and a run counts all its units.")
                .note("The liability cap (5.1) is the fees paid, or the past 12 months' fees after 12 months of use.")
                .evaluationExample("A single 5-minute unit above 0.05% errors is shorter than 10 continuous minutes and not counted", 14436, null,
                        "availability", YearMonth.of(2024, 4), Examples.fiveMinuteWindows(1, 10000, 6), "0", null, null)
                .evaluationExample("Two consecutive units above 0.05% errors are 10 continuous minutes of unavailability", 14434, null,
                        "availability", YearMonth.of(2024, 4), Examples.fiveMinuteWindows(2, 10000, 6), "10", null, null)
                .evaluationExample("An error rate of exactly 0.05% is not above 0.05% (不含本数)", 14434, null,
                        "availability", YearMonth.of(2024, 4), Examples.fiveMinuteWindows(2, 10000, 5), "0", null, null)
                .build();
    }
}
