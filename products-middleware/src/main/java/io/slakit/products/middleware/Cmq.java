package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.products.middleware.MiddlewareTerms.oneOutage;

/**
 * 消息队列 CMQ 服务等级协议 (the legacy CMQ text), seed 002 line 4433: availability 99.95 % and durability
 * 99.999999 % stated without a tiered credit; every fault minute of a postpaid queue earns 100 times the queue's
 * per-minute fee (4.2, 4511-4515).
 */
final class Cmq {
    static final String QUEUE_DAILY_FEE = "queue-daily-fee";

    private Cmq() {
    }

    /** 2.1.6 (4466-4472): more than 5 minutes counts; per single business instance; a month is 30 days. */
    private static MetricSpec availability() {
        return metric("availability", "业务可用性")
                .measuredBy(new ThirtyDayMonthMinutes(MiddlewareTerms.overFiveMinutesRoundedUp()))
                .commitment("99.95", 4466)
                .noCredit("2.1.6 states 99.95% without a tiered credit; the compensation is the fault-compensation metric's "
                        + "hundredfold voucher");
    }

    /** 2.1.1 (4444). */
    private static MetricSpec durability() {
        return metric("durability", "数据存储的持久性")
                .measuredBy(Rules.durability())
                .commitment("99.999999", 4444)
                .noCredit("2.1.1 states the queue's durability without any credit");
    }

    static SlaDefinition definition() {
        return Sla.define("cmq", Site.CN, Family.MIDDLEWARE)
                .names("消息队列 CMQ（旧版服务等级协议）", "CMQ (legacy Cloud Message Queue text; TDMQ for CMQ is product tdmq-cmq)")
                .source(Seeds.CN, 4433, "消息队列 CMQ 服务等级协议")
                .updated("2020-08-12T10:26:47")
                .effectiveFromUpdatedDate()
                .edition("postpaid", "后付费 (postpaid queues: the hundredfold voucher applies)",
                        availability(), durability(),
                        metric("fault-compensation", "故障百倍赔偿")
                                // 4.2 (4507-4509): fault time = resolved - started, in minutes, under 1 minute counts 1
                                // (1m01s -> 2); no 5-minute threshold here.
                                .measuredBy(Rules.incidentMinutes().roundingUp())
                                .commitment("99.95", 4466)
                                .credit(new HundredfoldMinuteCredit(), 4513)
                                .basis(QUEUE_DAILY_FEE))
                .edition("prepaid", "预付费 (prepaid queues: the text defines no compensation)", availability(), durability())
                .defaultEdition("postpaid")
                .exclusion("4.1 (适用范围)", "not-tencent-fault", "Compensation covers only CMQ unusable or inaccessible through Tencent Cloud's "
                        + "faults; time from other causes is not compensated", 4505)
                .note("Three metrics. availability (2.1.6, 4466-4472): per single business instance (queue), outages of 5 minutes or "
                        + "less ignored, longer ones rounded up, commitment 99.95%, no tiered credit. durability (2.1.1, 4444): "
                        + "99.999999% a month, no credit. fault-compensation (4, 4505-4515): every fault minute, with no threshold, "
                        + "under 1 minute counting 1 and 1m01s counting 2 (4507-4509), earns the voucher; its commitment is only shown.")
                .note("The text contradicts itself on short outages: 2.1.6 leaves failures under 5 minutes out of the availability "
                        + "(4470) while section 4 compensates any fault, under 1 minute as 1 minute (4507). The reading chosen keeps "
                        + "both: the availability figure ignores outages of 5 minutes or less (\"5分钟以下，不计入\", \"超过5分钟的，纳入\"; "
                        + "exactly 5 is read as not over 5), and the voucher counts every fault minute.")
                .note("The voucher (4.2, 4513-4515) is owed for the fault minutes themselves, whether or not the month reaches 99.95%: "
                        + "the text ties it to faults (\"针对事故/故障而进行的补偿\", 4505), not to the commitment.")
                .note("Only postpaid queues are compensated (\"后付费\", 4513): edition postpaid (the default) pays the voucher, "
                        + "edition prepaid has no compensation metric.")
                .note("Fees: give the failing queue's daily fee (故障 Queue 每天费用) as fees." + QUEUE_DAILY_FEE + ", and the total CMQ "
                        + "fee as the resource's fee: the voucher is capped at it (\"不超过 CMQ 服务的总费用\", 4513-4515). Reading "
                        + "chosen: the total is the CMQ fee for the service month being evaluated.")
                .note("The month (4442): \"'月'均指 30 个自然日，按自然月计算\". The reading chosen: service months are calendar months, "
                        + "and a whole one counts 30 x 24 x 60 = 43,200 minutes whatever its length (the text's figure, 4466); a partial "
                        + "month keeps its own minutes. Downtime is still counted over the whole calendar month. The voucher does not "
                        + "depend on the month's length.")
                .note("Maintenance: \"不可用时间...包括维护时间\" (4470) counts maintenance time as unavailable, and the text lists no "
                        + "exclusion clause for it.")
                .note("The text states no claim window, no liability cap beyond the voucher's and no exclusion clauses besides the "
                        + "scope of section 4 (4505). Sections 2.1.2-2.1.5 and 2.1.7 (data destruction, privacy, disclosure, audit, "
                        + "failover) and 3 (metering) make no measurable commitment.")
                .allowanceExample("30 x 24 x 60 x 99.95% = 43178.4 minutes available: 43200 - 43178.4 = 21.6 minutes of unavailability",
                        4466, "postpaid", "availability", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("A fault of 1m01s counts 2 minutes for the voucher", 4509, "postpaid", "fault-compensation",
                        YearMonth.of(2024, 4), cmqOutage(Duration.ofSeconds(61)), "2", null, null)
                .evaluationExample("A fault under 1 minute counts 1 minute for the voucher", 4507, "postpaid", "fault-compensation",
                        YearMonth.of(2024, 4), cmqOutage(Duration.ofSeconds(30)), "1", null, null)
                .evaluationExample("Failures under 5 minutes are left out of the availability", 4470, "postpaid", "availability",
                        YearMonth.of(2024, 4), cmqOutage(Duration.ofSeconds(240)), "0", null, null)
                .build();
    }

    /** One fault on 5 April 2024, a queue with a daily fee of 14.40 (0.01 a minute) and a CMQ fee of 1000.00. */
    static ResourceMonth cmqOutage(Duration length) {
        return ResourceMonth.builder("queue-example", Money.of("1000.00", "CNY"))
                .otherFee(QUEUE_DAILY_FEE, Money.of("14.40", "CNY"))
                .incidents(oneOutage(length).incidents())
                .build();
    }
}
