package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.middleware.MiddlewareTerms.oneOutage;

/** 消息队列 CKafka 服务等级协议 (CKafka), seed 002 line 4520: per instance, outages over 5 minutes. */
final class Ckafka {
    private Ckafka() {
    }

    static SlaDefinition definition() {
        return Sla.define("ckafka", Site.CN, Family.MIDDLEWARE)
                .names("消息队列 CKafka", "CKafka (Cloud Kafka)")
                .source(Seeds.CN, 4520, "消息队列 CKafka 服务等级协议")
                .updated("2020-08-10T16:22:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4-1.5 (4545-4551): an instance with allow rules that cannot connect with any IP in either
                        // direction, for more than 5 minutes; at most 5 minutes is not counted.
                        .measuredBy(MiddlewareTerms.overFiveMinutesRoundedUp())
                        .commitment("99.95", 4565)
                        // 3.1: the table sits after section 5 (4660-4666).
                        .tiers(4660,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 4606)
                .exclusion("2 (说明)", "peripheral-product", "Other Tencent Cloud products used with CKafka (COS, EMR, stream computing): "
                        + "only CKafka's own components are covered", 4593)
                .exclusion("2 (附加能力)", "additional-capability", "Additional capabilities such as storing messages to COS are outside "
                        + "the availability commitment", 4650)
                .exclusion("4.1", "instance-scale-exceeded", "Unreachable because the purchased single instance's scale limits were reached or exceeded", 4620)
                .exclusion("4.2", Clauses.NOT_TENCENT_CAUSE, 4622)
                .exclusion("4.3", Clauses.LEGAL_EXEMPTION, 4624)
                .exclusion("4.4", Clauses.ANNOUNCED_MAINTENANCE, 4626)
                .exclusion("4.5", "open-source-defect", "Defects in the data or management flow caused by the open-source community", 4628)
                .exclusion("4.6", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interfaces or data are attacked or misused"), 4630)
                .exclusion("4.7", Clauses.CUSTOMER_IGNORED_DOCS, 4632)
                .note("Scope: per instance (1.2, 4541): one resource per CKafka instance, its own fee (1.7, 4559: the cash paid for the "
                        + "instance in the month, excluding purchased-but-unconsumed amounts and voucher, coupon or fee-waiver deductions).")
                .note("Reading of 1.4-1.5 (4545-4551): an outage is a span in which the instance (with allow rules set) could not connect "
                        + "with any IP in either direction; it counts only when it lasts more than 5 minutes (\"持续5分钟以上\", "
                        + "\"超过5分钟的，方纳入\"), one of 5 minutes or less is ignored. The text gives no rounding; the reading chosen rounds "
                        + "partial minutes up (5m01s counts 6), as the family's other texts do.")
                .note(MiddlewareTerms.maintenanceNote(4549, 4626))
                .note("Data durability (4652-4654): messages are flushed to disk asynchronously, so several server failures may lose data; "
                        + "the text promises no durability and the customer should configure replicas and back up.")
                .note("5.1 (4634) says flaws unavoidable at the industry's technical level are not a breach; it names no time to remove "
                        + "from the count and is not coded as a clause.")
                .note(MiddlewareTerms.liabilityFeesPaid("5.2", 4638))
                .allowanceExample("A 30-day month at 99.95%: 43200 - 43178.4 = 21.6 minutes of unavailability", 4567,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("A disconnection of exactly 5 minutes is not counted", 4551, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofMinutes(5)), "0", null, "0")
                .evaluationExample("A disconnection of 5m01s counts 6 minutes", 4551, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(301)), "6", null, "0")
                .build();
    }
}
