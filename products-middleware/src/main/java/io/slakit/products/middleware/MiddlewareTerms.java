package io.slakit.products.middleware;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rules;
import io.slakit.core.rules.WindowedRate;

import java.time.Duration;
import java.time.Instant;

/**
 * What the message-queue texts share: the TDMQ family's ten exclusion clauses (TDMQ, TDMQ CMQ, RabbitMQ and
 * MQTT number them 4.1 to 4.10 on consecutive lines, two apart), their unavailability rules, and the
 * readings chosen for the wording they share (maintenance time, the 5-minute threshold, the liability caps).
 */
final class MiddlewareTerms {
    private MiddlewareTerms() {
    }

    /**
     * "在某一分钟内，客户端所有试图调用...API 进行消息生产/发布、消息消费以及消息确认的请求均失败" and "若业务故障时间超过5分钟的，方纳入不可用时间":
     * a minute is down when every call in it failed; only runs of more than 5 such minutes (6 or more) count, and then wholly.
     */
    static WindowedRate everyCallFailedForMoreThanFiveMinutes() {
        return Rules.everyAttemptFailed(Duration.ofMinutes(1)).countingRunsOfAtLeast(6);
    }

    /** "超过5分钟的，方纳入不可用时间...不超过5分钟的，不计入": outages of 5 minutes or less are ignored, longer ones rounded up. */
    static IncidentMinutes overFiveMinutesRoundedUp() {
        return Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(5)).roundingUp();
    }

    /** The reading of the minute-probe texts' unavailability rule (1.4 with 1.5). */
    static String minuteProbeNote(int minuteLine, int thresholdLine) {
        return "Reading of 1.4 (" + minuteLine + ") with 1.5 (" + thresholdLine + "): a minute is unavailable when every call the "
                + "client made in it to produce/publish, consume or acknowledge messages failed; 1.5 counts a failure only when it lasts "
                + "more than 5 minutes (\"超过5分钟\") and ignores one of 5 minutes or less. The reading chosen: aligned 1-minute windows "
                + "(00:00:00-00:00:59...), and only a run of 6 or more consecutive failed minutes counts, then every minute of it; "
                + "a run of exactly 5 counts nothing. Input: one resource for the account's whole service (1.3, 1.6 and 1.7 are per "
                + "account), one 1-minute window per minute probed (total calls, failed calls).";
    }

    /** "不可用时间...包括维护时间" yet 4.2 excludes announced maintenance. */
    static String maintenanceNote(int countsLine, int exclusionLine) {
        return "Maintenance: the unavailability definition counts maintenance time (\"包括维护时间\", " + countsLine + "), while 4.2 ("
                + exclusionLine + ") removes system maintenance Tencent Cloud announced in advance. The reading chosen: announced "
                + "maintenance is excluded under 4.2 (attribute it to announced-maintenance); maintenance without prior notice counts as "
                + "downtime like any failure.";
    }

    /** 5.2 of TDMQ CMQ, RabbitMQ and MQTT: the cap is the fees of the months that missed the level. */
    static String liabilityFailingMonths(int line) {
        return "Liability (5.2, " + line + "): at most the fees paid for the service months that missed the availability level "
                + "(\"未达到可用性标准的服务月度对应的服务费总额\"). The monthly voucher stays capped at that month's fee.";
    }

    /** "不超过您已经支付的相应违约服务对应的服务费总额". */
    static String liabilityFeesPaid(String clause, int line) {
        return "Liability (" + clause + ", " + line + "): at most the fees paid for the service concerned (\"已经支付的相应违约服务对应的"
                + "服务费总额\"). The monthly voucher stays capped at that month's fee.";
    }

    /** The account-level fee of the TDMQ family texts. */
    static String accountFeeNote(int line) {
        return "Monthly fee (" + line + "): the cash the account paid for the service in the month, excluding purchased-but-unconsumed "
                + "amounts and voucher, coupon or fee-waiver deductions; give it as the resource's fee.";
    }

    /**
     * TDMQ, TDMQ CMQ, RabbitMQ, MQTT: 免责条款 4.1 to 4.10 on lines {@code first}, {@code first + 2}, ...
     *
     * @param reasonableMeasures whether 4.4 carries "在腾讯云采取合理的技术和组织措施后" (all but TDMQ)
     */
    static SlaBuilder tdmqClauses(SlaBuilder b, boolean reasonableMeasures, int first) {
        return b.exclusion("4.1", "instance-scale-exceeded", "Unreachable because the purchased single instance's scale limits were reached or exceeded", first)
                .exclusion("4.2", Clauses.ANNOUNCED_MAINTENANCE, first + 2)
                .exclusion("4.3", "open-source-defect", "Defects in the data or management flow caused by the open-source community", first + 4)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded(reasonableMeasures
                        ? "The customer's application interfaces or data are attacked or misused, after Tencent Cloud took reasonable technical and organisational measures"
                        : "The customer's application interfaces or data are attacked or misused"), first + 6)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS, first + 8)
                .exclusion("4.6", Clauses.NOT_TENCENT_CAUSE, first + 10)
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS, first + 12)
                .exclusion("4.8", "customer-delivery-delay", "Message delivery delays of the customer's own making, e.g. a backlog from slow consumption", first + 14)
                .exclusion("4.9", "customer-timing-error", "Scheduled-message timing errors of the customer's own making (server clocks or time zones differ)", first + 16)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, first + 18);
    }

    /** One provider outage of {@code length} on 5 April 2024, 10:00 Beijing time, for the texts' examples. */
    static ResourceMonth oneOutage(Duration length) {
        Instant start = Instant.parse("2024-04-05T02:00:00Z");
        return ResourceMonth.builder("res-example", Money.of("100.00", "CNY"))
                .incident(Incident.of(start, start.plus(length)))
                .build();
    }

    /** {@code minutes} consecutive 1-minute windows from 5 April 2024, 10:00 Beijing time, every call in them failed. */
    static ResourceMonth failedMinutes(int minutes) {
        return failedMinutesFrom(Instant.parse("2024-04-05T02:00:00Z"), minutes);
    }

    /** {@code minutes} consecutive 1-minute windows from {@code start}, every call in them failed. */
    static ResourceMonth failedMinutesFrom(Instant start, int minutes) {
        ResourceMonth.Builder b = ResourceMonth.builder("account-example", Money.of("100.00", "CNY"));
        for (int i = 0; i < minutes; i++) {
            b.window(WindowSample.of(start.plus(Duration.ofMinutes(i)), 10, 10));
        }
        return b.build();
    }
}
