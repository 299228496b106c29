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

/** 腾讯云游戏多媒体引擎 GME 服务等级协议 (Game Multimedia Engine), seed 002 line 16352. */
final class Gme {
    /** 1.3 (16379): more than 5% of the app's users cannot use the voice feature in the minute. */
    static final String AFFECTED_USERS_PERCENT = "5";
    /** 2.2 (16389): outages recovering in under 5 minutes are not counted: runs of at least 5 one-minute samples. */
    static final int MINIMUM_RUN = 5;

    private Gme() {
    }

    static SlaDefinition definition() {
        return Sla.define("gme", Site.CN, Family.MEDIA)
                .names("游戏多媒体引擎", "Game Multimedia Engine")
                .source(Seeds.CN, 16352, "腾讯云游戏多媒体引擎 GME 服务等级协议")
                .updated("2020-08-11T11:39:19")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3/1.4 (16379-16383): each minute is a sample; a minute with more than 5% of users unable to use voice
                        // is unavailable. 2.2 (16389): faults recovering in under 5 minutes are not counted.
                        .measuredBy(Rules.errorRateAbove(AFFECTED_USERS_PERCENT, Duration.ofMinutes(1)).countingRunsOfAtLeast(MINIMUM_RUN))
                        .commitment("99.95", 16387)
                        // The table is split by the page break: its first row is on 16423, the rest on 16478-16482.
                        .tiers(16423,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[90, 95)", "30"),
                                tier("[0, 90)", "50")))
                .claim(5, 60, 16426)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 16440)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 16442)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or other misconduct against the user's application interfaces or data"), 16444)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS.worded("Data or keys lost or leaked through the user's maintenance or confidentiality"), 16446)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The user's negligent authorisation, wrong operation, own devices or third-party software or devices"), 16448)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the documentation or advice"), 16450)
                .exclusion("4.7", Clauses.NON_PAYMENT_SUSPENSION.worded("The Tencent Cloud account is in arrears"), 16452)
                .exclusion("4.8", "trial-feature", "Products, features or permissions in trial, not publicly released", 16454)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 16456)
                .exclusion("4.10", Clauses.CONTENT_VIOLATION.worded("Apps or services banned for voice content violations"), 16458)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 16460)
                .note("Give one-minute samples per app: total = the app's users in the minute, failed = users who could not use the voice feature.")
                .note("2.2 (16389) counts maintenance time inside an outage, while 4.1 excludes maintenance notified in advance. Reading chosen: "
                        + "unannounced maintenance inside an outage counts as downtime; announced maintenance is removed by clause 4.1 (code announced-maintenance).")
                .note("\"恢复正常时间5分钟以下\" is read as: a run of fewer than 5 consecutive bad minutes is not counted; exactly 5 counts.")
                .note("Information storage (5.1, 16462): audio uploaded for voice messages and speech-to-text is kept 90 days, then deleted.")
                .evaluationExample("Four bad minutes recover in under 5 minutes and are not counted", 16389, null, "availability",
                        YearMonth.of(2024, 4), Examples.oneMinuteWindows(4, 100, 6), "0", null, null)
                .evaluationExample("Five bad minutes in a row are 5 unavailable minutes", 16389, null, "availability",
                        YearMonth.of(2024, 4), Examples.oneMinuteWindows(5, 100, 6), "5", null, null)
                .build();
    }
}
