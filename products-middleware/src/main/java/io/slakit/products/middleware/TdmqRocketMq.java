package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.middleware.MiddlewareTerms.failedMinutes;

/**
 * 消息队列 RocketMQ 版服务等级协议 (TDMQ for RocketMQ), seed 002 line 4201, effective 2025-07-07: the commitment and
 * table depend on the cluster edition (2.2, 4268-4286; 3.1, 4353-4377).
 */
final class TdmqRocketMq {
    private TdmqRocketMq() {
    }

    static SlaDefinition definition() {
        return Sla.define("tdmq-rocketmq", Site.CN, Family.MIDDLEWARE)
                .names("消息队列 RocketMQ 版（TDMQ for RocketMQ）", "TDMQ for RocketMQ")
                .source(Seeds.CN, 4201, "消息队列 RocketMQ 版服务等级协议")
                .updated("2025-06-30T16:57:22")
                .effective("2025-07-07", 4258)
                .edition("4x-virtual", "RocketMQ 4.x 虚拟集群 (4.x virtual cluster)", standard())
                .edition("5x-basic", "RocketMQ 5.x 基础版集群 (5.x Basic cluster)", standard())
                .edition("5x-pro", "RocketMQ 5.x 专业版集群 (5.x Professional cluster)", standard())
                .edition("4x-general", "RocketMQ 4.x 通用集群 (4.x general cluster)", high())
                .edition("4x-exclusive", "RocketMQ 4.x 专享集群 (4.x exclusive cluster)", high())
                .edition("5x-platinum", "RocketMQ 5.x 铂金版集群 (5.x Platinum cluster)", high())
                .claim(5, 60, 4303)
                .liabilityCapOverMonths(12, 4408)
                .exclusion("4", Clauses.TRIAL_OR_FREE_USE.worded("Public or closed beta, invitation tests, free use or use within a free "
                        + "quota: no availability or success-rate commitment, the SLA does not apply"), 4323)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration change "
                        + "outside Tencent Cloud's equipment"), 4329)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 4331)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 4333)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 4335)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, the "
                        + "documentation or advice"), 4337)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the customer installed, or third-party software or "
                        + "configuration Tencent Cloud does not run"), 4339)
                .exclusion("5.7", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, disease, "
                        + "war, strikes"), 4341)
                .exclusion("5.8", "telecom-government-public-network", "Changes of basic telecom resources, control by authorities or "
                        + "carriers, public network congestion or hacking, other events outside Tencent Cloud's control", 4347)
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION, 4392)
                .exclusion("5.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination because the customer breached "
                        + "this agreement or the service agreement"), 4394)
                .exclusion("5.11", Clauses.ROUTINE_MAINTENANCE.worded("Short interruptions or pauses for the routine maintenance "
                        + "described in the Tencent Cloud service agreement"), 4396)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 4398)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 4400)
                .note("Editions (2.2, 4268-4286): 4.x virtual, 5.x Basic and 5.x Professional clusters 99.95%; 4.x general, 4.x "
                        + "exclusive and 5.x Platinum clusters 99.99%. Each group has its own table (3.1, 4353-4377): "
                        + "[99, commitment) 10%, [95, 99) 25%, below 95% 100%. The edition must be given.")
                .note(MiddlewareTerms.minuteProbeNote(4238, 4240))
                .note("At 99.99% a 30-day month allows 4.32 minutes and a 31-day month 4.464: since only runs of 6 or more failed "
                        + "minutes count, any counted failure misses the commitment and earns at least 10%.")
                .note("Maintenance: 1.5 counts maintenance time as unavailable (\"包括维护时间\", 4240-4242); this text has no clause "
                        + "for maintenance announced in advance, only 5.11 (4396), the short interruptions of the routine maintenance the "
                        + "Tencent Cloud service agreement describes. The reading chosen: routine maintenance under 5.11 is excluded "
                        + "(attribute it to routine-maintenance); any other maintenance counts as downtime.")
                .note(MiddlewareTerms.accountFeeNote(4248))
                .note("3.1(1) (4293): the voucher is the full and sole compensation for missed availability; 3.1(2) (4299): each "
                        + "month's voucher is computed on its own and capped at that month's fee.")
                .note("Claims go only through the ticket system of the account that used the service and missed the level; Tencent "
                        + "Cloud verifies and \"reasonably evaluates\" them (4303-4307). A claim needs the affected UIN, cluster ID and "
                        + "the affected minutes (3.3, 4315-4321).")
                .note("Liability (6.1, 4406-4410): at most the fees paid for the service concerned; after more than 12 months of use, at "
                        + "most the fees paid for it in the 12 months before the damage. Declared as the 12-month liability cap, applied when several "
                        + "months are evaluated together; since each month's voucher is already capped at that month's fee, the "
                        + "12 months' vouchers never exceed their fees and the look-back never cuts a voucher.")
                .evaluationExample("5 consecutive failed minutes are not counted", 4242, "4x-general", "availability",
                        YearMonth.of(2025, 8), failedMinutesIn2025(5), "0", null, "0")
                .evaluationExample("6 consecutive failed minutes count and miss 99.99%: 10%", 4242, "4x-general", "availability",
                        YearMonth.of(2025, 8), failedMinutesIn2025(6), "6", null, "10")
                .evaluationExample("6 consecutive failed minutes are within the 22.32 minutes 99.95% allows in August", 4242, "5x-pro",
                        "availability", YearMonth.of(2025, 8), failedMinutesIn2025(6), "6", null, "0")
                .build();
    }

    private static io.slakit.api.ResourceMonth failedMinutesIn2025(int minutes) {
        return MiddlewareTerms.failedMinutesFrom(java.time.Instant.parse("2025-08-05T02:00:00Z"), minutes);
    }

    /** 99.95 % (2.2, 4278; 3.1, 4361-4365). */
    private static MetricSpec standard() {
        return metric("availability", "服务可用性")
                .measuredBy(MiddlewareTerms.everyCallFailedForMoreThanFiveMinutes())
                .commitment("99.95", 4278)
                .tiers(4361,
                        tier("[99, 99.95)", "10"),
                        tier("[95, 99)", "25"),
                        tier("[0, 95)", "100"));
    }

    /** 99.99 % (2.2, 4286; 3.1, 4373-4377). */
    private static MetricSpec high() {
        return metric("availability", "服务可用性")
                .measuredBy(MiddlewareTerms.everyCallFailedForMoreThanFiveMinutes())
                .commitment("99.99", 4286)
                .tiers(4373,
                        tier("[99, 99.99)", "10"),
                        tier("[95, 99)", "25"),
                        tier("[0, 95)", "100"));
    }
}
