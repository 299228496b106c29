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

/** 音速达直播音乐版权引擎服务等级协议 (Yinsuda live music copyright engine), seed 002 line 15681. */
final class Yinsuda {
    private Yinsuda() {
    }

    static SlaDefinition definition() {
        return Sla.define("yinsuda", Site.CN, Family.MEDIA)
                .names("音速达直播音乐版权引擎", "Yinsuda Live Music Copyright Engine")
                .source(Seeds.CN, 15681, "音速达直播音乐版权引擎服务等级协议")
                .liabilityCapOverMonths(12, 15809)
                .updated("2023-06-29T17:33:57")
                .effectiveFromUpdatedDate()
                .metric(metric("per-app", "单个应用的服务可用性")
                        // 1.7/1.8 (15716-15726): per app, a 5-minute unit with an error rate above 0.1% (exclusive) is abnormal;
                        // two adjacent abnormal units are 10 unavailable minutes, fewer are not counted.
                        .measuredBy(Rules.errorRateAbove("0.1", Duration.ofMinutes(5)).countingRunsOfAtLeast(2))
                        .commitment("99.9", 15757)
                        .tiers(15825,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "30")))
                .claim(5, 60, 15767)
                .exclusion("4.1", "copyright-misuse", "Use beyond the licensed scope or infringement complaints by rights holders; Tencent Cloud may stop the service", 15785)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS, 15789)
                .exclusion("4.3", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A surge of at least 30% of last month's billed bandwidth without 3 business days' written notice"), 15791)
                .exclusion("4.4", Clauses.ANNOUNCED_MAINTENANCE, 15795)
                .exclusion("4.5", Clauses.THIRD_PARTY_NETWORK.worded("Causes outside Tencent Cloud's equipment (network or equipment failure, configuration changes)"), 15797)
                .exclusion("4.6", Clauses.NOT_TENCENT_CAUSE, 15799)
                .exclusion("4.7", Clauses.LEGAL_EXEMPTION, 15801)
                .exclusion("4.8", "copyright-availability-change", "Music rights changed, interrupted or ended by law, regulators, rights holders, authorities or complaints", 15803)
                .note("Each app is its own resource: availability and credit are per app (1.4, 1.7, 2.1), against that app's monthly fee in actual cash paid (3.1(2)).")
                .note("The service-month example (15700-15702) says 3 months from March 17 are Mar 17-31, April and May (3 service months, not 4); "
                        + "the months are calendar months cut at activation, and the last month ends where the resource's activeUntil says.")
                .note("A run of 3 or more abnormal units counts every unit of the run (5 minutes each); the text only speaks of two adjacent units.")
                .note("Claims need the cloud-API error logs (3.3, 15781). The liability cap (5.1) is cash paid, or the past 12 months' cash after 12 months.")
                .evaluationExample("Two adjacent abnormal units (error rate above 0.1%) are 10 unavailable minutes", 15722, null, "per-app",
                        YearMonth.of(2024, 4), Examples.fiveMinuteWindows(2, 1000, 2), "10", null, null)
                .evaluationExample("A single abnormal unit is not counted", 15724, null, "per-app",
                        YearMonth.of(2024, 4), Examples.fiveMinuteWindows(1, 1000, 2), "0", null, null)
                .build();
    }
}
