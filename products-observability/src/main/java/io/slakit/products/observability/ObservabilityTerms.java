package io.slakit.products.observability;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Rules;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * What the observability texts share: the managed-instance rule and clauses that Grafana (TCMG) and
 * Prometheus (TMP) state word for word, the clause wordings the monitoring texts (CLS, APM, OrcaTerm...)
 * repeat, and the reading chosen where a text contradicts itself.
 */
final class ObservabilityTerms {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The reading applied wherever a text contradicts itself at a bound. */
    static final String FAVOURABLE_READING = "Where the text contradicts itself, the reading more favourable to the customer is "
            + "chosen: the text is Tencent Cloud's standard terms, which are construed against the party that drafted them.";

    /** "腾讯云预先通知您后进行系统维护所引起的，包括割接、维修、升级和模拟故障演练". */
    static final Clause MAINTENANCE = Clauses.ANNOUNCED_MAINTENANCE;
    /** "您的应用接口或数据受到攻击或其他不当行为引起的". */
    static final Clause INTERFACES_ATTACKED = Clauses.CUSTOMER_APP_ATTACKED.worded(
            "The customer's application interfaces or data are attacked or otherwise misused");
    /** "由于您的疏忽授权、错误操作、自有设备或第三方软件、设备引起的". */
    static final Clause NEGLIGENT_AUTHORISATION = Clauses.CUSTOMER_OPERATION.worded(
            "The customer's negligent authorisation, wrong operations, own devices or third-party software or devices");
    /** "使用超过当前付费版本标定的服务能力上限而导致的数据推送延时或丢弃". */
    static final Clause CAPACITY_EXCEEDED = Clause.of("capacity-exceeded",
            "Data push delayed or dropped through use beyond the capacity of the paid version");

    private ObservabilityTerms() {
    }

    /** One outage from {@code start} to {@code end}, Beijing wall-clock times, for the texts' own examples. */
    static ResourceMonth outage(String start, String end) {
        return ResourceMonth.builder("example", Money.of("100.00", "CNY"))
                .incident(Incident.of(beijing(start), beijing(end)))
                .build();
    }

    /** Outages of the given whole minutes, one a day from the 2nd of {@code month} at 10:00 Beijing time. */
    static ResourceMonth outagesOfMinutes(YearMonth month, long... minutes) {
        ResourceMonth.Builder b = ResourceMonth.builder("example", Money.of("100.00", "CNY"));
        for (int i = 0; i < minutes.length; i++) {
            Instant start = month.atDay(2 + i).atTime(10, 0).atZone(BEIJING).toInstant();
            b.incident(Incident.of(start, start.plus(Duration.ofMinutes(minutes[i]))));
        }
        return b.build();
    }

    /** {@code count} one-minute windows from {@code start} (Beijing time) in which all of 10 attempts failed. */
    static ResourceMonth failedMinutes(String start, int count) {
        ResourceMonth.Builder b = ResourceMonth.builder("example", Money.of("100.00", "CNY"));
        Instant first = beijing(start);
        for (int i = 0; i < count; i++) {
            b.window(WindowSample.of(first.plus(Duration.ofMinutes(i)), 10, 10));
        }
        return b.build();
    }

    /**
     * The thirteen clauses the 2025 template states word for word (smart-advisor 4.1-4.13, MPM-Pro 5.1-5.13) and the
     * section before them that puts beta, free and free-quota use outside the SLA.
     *
     * @param trialSection the number of the section on beta and free use ("3" or "4")
     * @param trialLine    its line
     * @param section      the clause numbers' prefix ("4" or "5")
     * @param lines        the lines of the thirteen clauses, in order
     */
    static SlaBuilder template2025Clauses(SlaBuilder b, String trialSection, int trialLine, String section, int... lines) {
        if (lines.length != 13) {
            throw new IllegalArgumentException("13 clauses need 13 lines, got " + lines.length);
        }
        return b.exclusion(trialSection, Clauses.TRIAL_OR_FREE_USE.worded("Public or closed beta, invitation tests, free use or use "
                        + "within a free quota: no availability promise, the SLA's standards and credits do not apply"), trialLine)
                .exclusion(section + ".1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or communication line failure "
                        + "or configuration change outside Tencent Cloud's equipment"), lines[0])
                .exclusion(section + ".2", Clauses.CUSTOMER_APP_ATTACKED, lines[1])
                .exclusion(section + ".3", Clauses.CUSTOMER_CREDENTIALS, lines[2])
                .exclusion(section + ".4", Clauses.CUSTOMER_OPERATION, lines[3])
                .exclusion(section + ".5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, "
                        + "the service's documentation or advice"), lines[4])
                .exclusion(section + ".6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the customer installed, or third-party software "
                        + "or configuration Tencent Cloud does not run directly"), lines[5])
                .exclusion(section + ".7", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, "
                        + "disease, war, strikes"), lines[6])
                .exclusion(section + ".8", "telecom-government-public-network", "Changes of basic telecom resources, control by "
                        + "authorities or carriers, public network congestion or hacking, other events outside Tencent Cloud's control", lines[7])
                .exclusion(section + ".9", Clauses.NON_PAYMENT_SUSPENSION, lines[8])
                .exclusion(section + ".10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Service suspended or terminated because the "
                        + "customer breached this agreement or the Tencent Cloud service agreement"), lines[9])
                .exclusion(section + ".11", Clauses.ROUTINE_MAINTENANCE.worded("Short interruptions for the routine maintenance "
                        + "described in the Tencent Cloud service agreement"), lines[10])
                .exclusion(section + ".12", Clauses.NOT_TENCENT_CAUSE, lines[11])
                .exclusion(section + ".13", Clauses.LEGAL_EXEMPTION, lines[12]);
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /**
     * TCMG and TMP 1.5: "若业务故障时间（持续）超过5分钟的，方纳入不可用时间 ... 不超过5分钟的，不计入": an outage of
     * 5 minutes or less is ignored; the text states no rounding, so longer outages count their exact duration.
     */
    static IncidentMinutes overFiveMinutesExact() {
        return Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(5)).rounding(Rounding.EXACT);
    }

    /** TCMG and TMP 1.5: the threshold and the absence of rounding, as a note citing the text's line. */
    static String managedInstanceThreshold(int line) {
        return "1.5 (" + line + "): only outages lasting more than 5 minutes count; an outage of exactly 5 minutes is ignored "
                + "(\"不超过5分钟的，不计入\"). The text states no rounding: a counted outage counts its exact duration (5m30s is 5.5 minutes).";
    }

    /** TCMG and TMP 3.1: "99% > Av >= 95%" earns 25 %, and the next row reads "<= 95%", so 95 % exactly stands in both rows. */
    static String ninetyFiveInTwoRows(int line) {
        return "3.1 (" + line + "): the 25% row reads \"99% > Av >= 95%\" and the last row \"<= 95%\", so availability of exactly 95% "
                + "stands in both rows. " + FAVOURABLE_READING + " Exactly 95% earns 100% (the table is coded (95, 99) -> 25%, "
                + "[0, 95] -> 100%); 2,160 minutes down in a 30-day month, 2,232 in a 31-day month.";
    }

    /**
     * 4.1 to 4.9 as TCMG and TMP state them (TMP's 4.9 omits "或意外事件").
     *
     * @param lines the lines of 4.1 to 4.9, in order
     */
    static SlaBuilder managedInstanceClauses(SlaBuilder b, Clause forceMajeure, int... lines) {
        if (lines.length != 9) {
            throw new IllegalArgumentException("4.1 to 4.9 need 9 lines, got " + lines.length);
        }
        return b.exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded(
                        "Planned downtime for system maintenance notified in advance (cutover, upgrade, failure drills)"), lines[0])
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, lines[1])
                .exclusion("4.3", "third-party-cause", "Caused by a third party other than Tencent Cloud, such as a hacker attack "
                        + "or the negligence of the customer's own supplier", lines[2])
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, lines[3])
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded(
                        "The customer's negligent misoperation or operations the customer authorised, such as rebuilding the instance"), lines[4])
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, lines[5])
                .exclusion("4.7", Clauses.NOT_TENCENT_CAUSE, lines[6])
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, lines[7])
                .exclusion("4.9", forceMajeure, lines[8]);
    }
}
