package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.middleware.MiddlewareTerms.failedMinutes;

/**
 * The three TDMQ texts written on one pattern, word for word but for the product's name: 消息队列 CMQ 版 (002:4052),
 * 消息队列 RabbitMQ 版 (002:4673) and 消息队列 MQTT 版 (002:4826). A minute is down when every produce, consume and
 * acknowledge call failed; only failures over 5 minutes count; 99.95 % with 10 / 25 / 100 %; the cap is the fees of
 * the failing months. Each is cited on its own lines.
 */
final class TdmqQueues {
    private TdmqQueues() {
    }

    /** The lines of one text. */
    private record Lines(int minute, int threshold, int fee, int commitment, int allowance, int tiers, int claim,
                         int firstClause, int flaws, int liability) {
    }

    static SlaDefinition cmq() {
        return define(Sla.define("tdmq-cmq", Site.CN, Family.MIDDLEWARE)
                        .names("消息队列 CMQ 版（TDMQ for CMQ）", "TDMQ for CMQ (the TDMQ edition of CMQ; the legacy CMQ text is product cmq)")
                        .source(Seeds.CN, 4052, "消息队列 CMQ 版服务等级协议")
                        .updated("2022-04-18T17:10:35"),
                new Lines(4081, 4083, 4091, 4097, 4101, 4188, 4138, 4152, 4172, 4176));
    }

    static SlaDefinition rabbitMq() {
        return define(Sla.define("tdmq-rabbitmq", Site.CN, Family.MIDDLEWARE)
                        .names("消息队列 RabbitMQ 版（TDMQ for RabbitMQ）", "TDMQ for RabbitMQ")
                        .source(Seeds.CN, 4673, "消息队列 RabbitMQ 版服务等级协议")
                        .updated("2022-07-22T11:06:04"),
                new Lines(4702, 4704, 4712, 4718, 4722, 4813, 4761, 4775, 4795, 4801));
    }

    static SlaDefinition mqtt() {
        return define(Sla.define("tdmq-mqtt", Site.CN, Family.MIDDLEWARE)
                        .names("消息队列 MQTT 版（TDMQ for MQTT）", "TDMQ for MQTT")
                        .source(Seeds.CN, 4826, "消息队列 MQTT 版服务等级协议")
                        .updated("2025-03-18T15:49:03"),
                new Lines(4855, 4857, 4865, 4871, 4875, 4967, 4915, 4929, 4949, 4955));
    }

    private static SlaDefinition define(SlaBuilder b, Lines l) {
        b.effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(MiddlewareTerms.everyCallFailedForMoreThanFiveMinutes())
                        .commitment("99.95", l.commitment())
                        // 3.1: the table sits after section 5.
                        .tiers(l.tiers(),
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, l.claim());
        MiddlewareTerms.tdmqClauses(b, true, l.firstClause());
        return b.note(MiddlewareTerms.minuteProbeNote(l.minute(), l.threshold()))
                .note(MiddlewareTerms.maintenanceNote(l.threshold(), l.firstClause() + 2))
                .note(MiddlewareTerms.accountFeeNote(l.fee()))
                .note("3.1(2): each month's voucher is computed on its own and capped at that month's fee.")
                .note("5.1 (" + l.flaws() + ") says flaws unavoidable at the industry's technical level are not a breach; it names no "
                        + "time to remove from the count and is not coded as a clause.")
                .note(MiddlewareTerms.liabilityFailingMonths(l.liability()))
                .allowanceExample("A 30-day month: 43200 - 43200 x 99.95% = 21.6 minutes of unavailability", l.allowance(),
                        "availability", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("5 consecutive minutes with every call failed last no more than 5 minutes: not counted",
                        l.threshold(), null, "availability", YearMonth.of(2024, 4), failedMinutes(5), "0", null, "0")
                .build();
    }
}
