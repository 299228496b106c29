package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.middleware.MiddlewareTerms.oneOutage;

/** 消息队列 TDMQ 服务等级协议 (TDMQ, the Apache Pulsar based queue), seed 002 line 3911. */
final class Tdmq {
    private Tdmq() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("tdmq", Site.CN, Family.MIDDLEWARE)
                .names("消息队列 TDMQ（Pulsar）", "TDMQ (Tencent Distributed Message Queue, Apache Pulsar based)")
                .source(Seeds.CN, 3911, "消息队列 TDMQ 服务等级协议")
                .updated("2021-10-28T15:33:21")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (3940-3942): from the business failure to its recovery, maintenance included; only failures
                        // lasting more than 5 minutes count.
                        .measuredBy(MiddlewareTerms.overFiveMinutesRoundedUp())
                        .commitment("99.95", 3950)
                        // 3.1: the table sits after section 5 (4039-4045).
                        .tiers(4039,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 3989);
        MiddlewareTerms.tdmqClauses(b, false, 4003);
        return b.note("Reading of 1.4 (3940-3942): an outage is the time from a business failure to its recovery (\"业务发生故障开始到"
                        + "恢复正常使用\"); the text defines no per-minute probe. Outages of 5 minutes or less are ignored (\"超过5分钟的，方纳入\", "
                        + "\"不超过5分钟的，不计入\"). The text gives no rounding; the reading chosen rounds partial minutes up (5m01s counts 6), "
                        + "as the family's other texts do.")
                .note("Scope: one resource for the account's TDMQ service (1.5 defines the fee per account, 3944).")
                .note(MiddlewareTerms.maintenanceNote(3940, 4005))
                .note(MiddlewareTerms.accountFeeNote(3944))
                .note("3.1(2) (3985): each month's voucher is computed on its own and capped at that month's fee.")
                .note("5.1 (4023) says flaws unavoidable at the industry's technical level are not a breach; it names no time to remove "
                        + "from the count and is not coded as a clause.")
                .note(MiddlewareTerms.liabilityFeesPaid("5.2", 4027))
                .allowanceExample("A 30-day month at 99.95%: 43200 - 43178.4 = 21.6 minutes of unavailability", 3954,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("A failure of exactly 5 minutes is not counted", 3942, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofMinutes(5)), "0", null, "0")
                .build();
    }
}
