package io.slakit.products.security;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.spi.Measurement;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * What the security SLAs share word for word: the incident rule ("不超过1分钟的 ... 不足60秒的按1分钟计算"),
 * the 10/25/100 table at 99 and 95, the exclusion clauses of the 2023-2024 security texts (WAF, CFW, CSC,
 * CWP, TCSS, Anti-DDoS...), the service-month, fee and liability terms, and the texts' rounding examples.
 * Each definition cites its own lines.
 */
final class SecurityTerms {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    // The clauses the security texts share. Each is cited at its own number and line.
    /** 由于您或您的最终用户对腾讯云提供的服务造成安全威胁或存在欺诈或者违法行为而导致的. */
    static final Clause SECURITY_THREAT = Clause.of("security-threat-or-fraud",
            "The customer or its end users threaten the security of Tencent Cloud's service, commit fraud or act unlawfully");
    /** 由于您或者任何第三方（不受腾讯云直接控制）设备、软件或技术引起的. */
    static final Clause CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY = Clause.of("customer-or-third-party-technology",
            "Equipment, software or technology of the customer or of any third party not directly controlled by Tencent Cloud");
    /** 由于您未按照腾讯云规定配置使用产品引起的. */
    static final Clause NOT_CONFIGURED_AS_REQUIRED = Clause.of("customer-misconfiguration",
            "The customer did not configure or use the product as Tencent Cloud requires");
    /** 由于您未按照腾讯云规定配置或服务规则（产品文档）使用产品引起的. */
    static final Clause NOT_CONFIGURED_AS_RULES = NOT_CONFIGURED_AS_REQUIRED.worded(
            "The customer did not configure or use the product as Tencent Cloud requires or as the service rules (product documentation) say");
    /** 由于您违反任何腾讯云产品条款引起的. */
    static final Clause PRODUCT_TERMS_BREACH = Clause.of("product-terms-breach",
            "The customer breached any Tencent Cloud product terms");
    /** 由于您不付费或是欠款导致的. */
    static final Clause NON_PAYMENT = Clauses.NON_PAYMENT_SUSPENSION.worded("The customer did not pay or is in arrears");
    /** 由于网络运营商严重故障导致的. */
    static final Clause CARRIER_FAILURE = Clause.of("carrier-failure", "A serious failure of a network carrier");
    /** 由于您未按规定或者违法使用腾讯云产品引发的. */
    static final Clause UNLAWFUL_USE = Clause.of("unlawful-use", "The customer used Tencent Cloud products against the rules or unlawfully");
    /** 由于您业务端的各类源站的问题（如源站带宽跑满，源站 IP 暴露，源站机房故障、源站链路网络抖动等）引起的. */
    static final Clause ORIGIN_PROBLEMS = Clause.of("origin-server-problems",
            "Problems of the customer's origin servers (bandwidth full, origin IP exposed, data-centre failure, link jitter)");
    /** 由于网络、硬件或服务的维护、升级导致的（腾讯云会按照合理的商业原则给您提前通知关于维护时间的计划）. */
    static final Clause MAINTENANCE_WITH_NOTICE = Clauses.ANNOUNCED_MAINTENANCE.worded(
            "Maintenance or upgrade of network, hardware or the service; Tencent Cloud notifies the schedule in advance on reasonable commercial principles");
    /** 《腾讯云服务协议》中所描述的腾讯云对服务进行常规维护、升级所引起的短暂服务中断. */
    static final Clause ROUTINE_MAINTENANCE = Clauses.ROUTINE_MAINTENANCE.worded(
            "Short interruptions for the routine maintenance and upgrades described in the Tencent Cloud service agreement");
    /** 由于不可抗力的原因引起的. */
    static final Clause FORCE_MAJEURE = Clauses.FORCE_MAJEURE.worded("Force majeure");
    /** 非腾讯云原因造成的服务不可用或服务不达标的情况. */
    static final Clause NOT_TENCENT_CAUSE = Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or a missed level not caused by Tencent Cloud");
    /** 属于相关法律法规、相关协议、相关规则或腾讯云单独发布的相关规则、说明等中所述的腾讯云可以免责、免除赔偿责任等的情况. */
    static final Clause LEGAL_EXEMPTION = Clauses.LEGAL_EXEMPTION;
    /** 由于您或您的最终用户没有及时处理安全告警事件引起的. */
    static final Clause ALERTS_NOT_HANDLED = Clause.of("security-alerts-not-handled",
            "The customer or its end users did not handle security alerts in time");
    /** 在非腾讯云标准系统下安装 agent / 客户端引起的兼容性问题. */
    static final Clause NON_STANDARD_SYSTEM = Clause.of("non-standard-system-compatibility",
            "Compatibility problems from installing the agent or client on a system that is not a Tencent Cloud standard image");
    /** 公测、内测、邀请测试方式或免费、在免费额度内使用本服务 ... 不适用. */
    static final Clause TRIAL_OR_FREE_USE = Clauses.TRIAL_OR_FREE_USE.worded(
            "Public or closed beta, invitation tests, free use or use within a free quota: no availability promise, the SLA does not apply");

    // Notes the texts share.
    static final String SERVICE_MONTH_17 = "Service months are the calendar months of the purchase, the first and last partial: "
            + "three months bought on Mar 17 give Mar 17-31, Apr, May and Jun 1-16; availability is computed per service month. "
            + "Give activeFrom/activeUntil for a partial month.";
    static final String VOUCHER_THIS_SERVICE = "Credits are vouchers: not cash, no invoice, usable only to buy this service through "
            + "the customer's Tencent Cloud account, not transferable.";
    static final String CASH_FEE = "Monthly fee: the cash actually paid for the service in the month, excluding amounts paid with "
            + "vouchers, coupons or fee waivers; the credit is capped at that month's fee.";
    static final String LIABILITY_FEES = "Liability: Tencent Cloud's total liability for breach is at most the service fees paid "
            + "for the service concerned.";
    static final String LIABILITY_12_MONTHS = LIABILITY_FEES + " After more than 12 months of use, at most the fees paid for it in "
            + "the 12 months before the damage (cash actually paid, excluding vouchers and prepaid-but-unconsumed amounts).";
    static final String ONE_MINUTE_READING = "The text says a state lasting \"1 minute or more\" is unavailable and in the same "
            + "sentence that one \"not exceeding 1 minute\" is not (with 59 s as the example). Reading: an outage of exactly 1 minute "
            + "is not counted (the explicit 不超过1分钟 wins); 1m01s counts 2 minutes.";
    static final String BACKEND_RECORDS = "Claims go through the ticket system of the account concerned after the 5th business day "
            + "of the next month and within 60 calendar days after the month; in a dispute Tencent Cloud's back-end records decide.";

    private SecurityTerms() {
    }

    /** "不超过1分钟的 ... 不属于服务不可用" and "不足60秒的按1分钟计算": at most 1 minute is ignored, partial minutes round up. */
    static IncidentMinutes overOneMinuteRoundedUp() {
        return Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp();
    }

    /** "低于C但等于或高于99% 10%; 低于99%但等于或高于95% 25%; 低于95% 100%". */
    static MetricSpec tens(String id, String name, Measurement rule, String commitment, int commitmentLine, int tableLine) {
        return metric(id, name)
                .measuredBy(rule)
                .commitment(commitment, commitmentLine)
                .tiers(tableLine,
                        tier("[99, " + commitment + ")", "10"),
                        tier("[95, 99)", "25"),
                        tier("[0, 95)", "100"));
    }

    /**
     * The seven clauses CFW, CWP, TCSS and Anti-DDoS open with (4.1 to 4.7): threat or fraud, customer or third-party
     * technology, configuration, product terms, non-payment, carrier failure, unlawful use.
     */
    static SlaBuilder firstSeven(SlaBuilder b, int... lines) {
        if (lines.length != 7) {
            throw new IllegalArgumentException("4.1 to 4.7 need 7 lines, got " + lines.length);
        }
        return b.exclusion("4.1", SECURITY_THREAT, lines[0])
                .exclusion("4.2", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY, lines[1])
                .exclusion("4.3", NOT_CONFIGURED_AS_REQUIRED, lines[2])
                .exclusion("4.4", PRODUCT_TERMS_BREACH, lines[3])
                .exclusion("4.5", NON_PAYMENT, lines[4])
                .exclusion("4.6", CARRIER_FAILURE, lines[5])
                .exclusion("4.7", UNLAWFUL_USE, lines[6]);
    }

    /**
     * The texts' rounding examples as worked evaluations: 1月10日 14:01:01 to 15:01:29 is 60m28s and counts 61 minutes;
     * three outages of 10, 20 and 30 minutes make 60 minutes. A 31-day January: 61 minutes is 99.86% (credit in the top
     * band below a 99.95 or 99.9 commitment).
     */
    static SlaBuilder roundingExamples(SlaBuilder b, String edition, String metricId, int roundingLine, int sumLine,
                                       String creditFor61, String creditFor60) {
        return b.evaluationExample("14:01:01 to 15:01:29 is 60 minutes 28 seconds and counts 61 minutes", roundingLine, edition, metricId,
                        java.time.YearMonth.of(2024, 1), outage("2024-01-10T14:01:01", "2024-01-10T15:01:29"), "61", null, creditFor61)
                .evaluationExample("Outages of 10, 20 and 30 minutes make 60 unavailable minutes", sumLine, edition, metricId,
                        java.time.YearMonth.of(2024, 1), threeOutages(), "60", null, creditFor60);
    }

    /** "持续的59秒内无法正常使用，则不属于服务不可用". */
    static SlaBuilder fiftyNineSecondsExample(SlaBuilder b, String edition, String metricId, int line) {
        return b.evaluationExample("An outage of 59 seconds is not unavailability", line, edition, metricId,
                java.time.YearMonth.of(2024, 1), outage("2024-01-10T14:01:01", "2024-01-10T14:02:00"), "0", null, "0");
    }

    /** One outage between two Beijing times. */
    static ResourceMonth outage(String from, String to) {
        return ResourceMonth.builder("res-example", Money.of("100.00", "CNY"))
                .incident(Incident.of(beijing(from), beijing(to)))
                .build();
    }

    private static ResourceMonth threeOutages() {
        Instant a = beijing("2024-01-05T10:00:00");
        Instant b = beijing("2024-01-12T10:00:00");
        Instant c = beijing("2024-01-19T10:00:00");
        return ResourceMonth.builder("res-example", Money.of("100.00", "CNY"))
                .incident(Incident.of(a, a.plus(Duration.ofMinutes(10))))
                .incident(Incident.of(b, b.plus(Duration.ofMinutes(20))))
                .incident(Incident.of(c, c.plus(Duration.ofMinutes(30))))
                .build();
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /**
     * The clauses the two Inner Mongolia Wangxin CA texts (腾讯云 CA, CA 数字身份) share word for word: section 4 (free and test
     * use) and 免责条款 5.1 to 5.24, which skip 5.13.
     *
     * @param lines the lines of 5.1 to 5.12 and 5.14 to 5.24, in order (23 lines)
     */
    static SlaBuilder caClauses(SlaBuilder b, int trialLine, int... lines) {
        if (lines.length != 23) {
            throw new IllegalArgumentException("5.1-5.12 and 5.14-5.24 need 23 lines, got " + lines.length);
        }
        return b.exclusion("4", TRIAL_OR_FREE_USE, trialLine)
                .exclusion("5.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after advance notice: cutover, repair, "
                        + "upgrade, failure drills"), lines[0])
                .exclusion("5.2", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration "
                        + "change outside the service's and Tencent Cloud's equipment (carrier failures...)"), lines[1])
                .exclusion("5.3", "regulator-or-carrier-control", "Control measures of the MIIT, communications administrations "
                        + "and other regulators or carriers", lines[2])
                .exclusion("5.4", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's applications, interfaces or data are attacked "
                        + "or misused"), lines[3])
                .exclusion("5.5", Clauses.CUSTOMER_FAULT.worded("The customer's own network, system, software or equipment failed"), lines[4])
                .exclusion("5.6", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A large traffic surge not notified in writing in advance "
                        + "to Tencent Cloud or the service team"), lines[5])
                .exclusion("5.7", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own "
                        + "devices or third-party software or equipment"), lines[6])
                .exclusion("5.8", Clauses.CUSTOMER_IGNORED_DOCS, lines[7])
                .exclusion("5.9", "capacity-exceeded", "Delay or loss from use beyond the capacity of the service purchased", lines[8])
                .exclusion("5.10", NOT_TENCENT_CAUSE.worded("Unavailability or a missed level not caused by the service or Tencent Cloud"), lines[9])
                .exclusion("5.11", Clauses.CONTENT_VIOLATION.worded("Errors from a domain or content blocked for non-compliant "
                        + "content or other reasons"), lines[10])
                .exclusion("5.12", LEGAL_EXEMPTION, lines[11])
                .exclusion("5.14", "electronic-signature-law-breach", "The customer breached the Electronic Signature Law, the Civil "
                        + "Code or other laws", lines[12])
                .exclusion("5.15", Clauses.CUSTOMER_CREDENTIALS.worded("Certificate keys, data, passwords or keys lost or leaked "
                        + "through the customer's maintenance or confidentiality"), lines[13])
                .exclusion("5.16", "customer-negligence", "The customer's negligence or operations its customers authorised", lines[14])
                .exclusion("5.17", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the customer installed, or third-party software or "
                        + "configuration Tencent Cloud does not run directly"), lines[15])
                .exclusion("5.18", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, disease, "
                        + "war, strikes and other unforeseeable, unavoidable events"), lines[16])
                .exclusion("5.19", "telecom-government-public-network", "Changes of basic telecom or power resources, control by "
                        + "authorities or carriers, public network congestion or hacking, equipment, power or communication failures, "
                        + "other events outside Tencent Cloud's fault and control", lines[17])
                .exclusion("5.20", NON_PAYMENT.worded("Service suspended or terminated because the customer did not buy or pay as agreed"), lines[18])
                .exclusion("5.21", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Service suspended or terminated because the customer "
                        + "breached this agreement or the Wangxin electronic certification business rules"), lines[19])
                .exclusion("5.22", ROUTINE_MAINTENANCE.worded("Short interruptions or pauses for the daily maintenance described in the "
                        + "Tencent Cloud service agreement"), lines[20])
                .exclusion("5.23", "agreement-exemption", "Exemptions under the laws, the related agreements (service agreement, "
                        + "digital certificate agreement, CA legal statement and privacy policy...) and the rules of the service", lines[21])
                .exclusion("5.24", "customer-fault-other", "Other defects or unavailability attributable to the customer's fault", lines[22]);
    }

    static final String CA_NO_5_13 = "The exclusion list skips 5.13 (5.12 is followed by 5.14); no clause is missing from the "
            + "encoding, the numbers are the text's.";
    static final String CA_PER_MINUTE = "Unavailability (1.5): a minute counts only when the customer could not use any of the "
            + "service's functions for the whole minute; give one-minute samples (attempts, failed) aligned to the minute, a minute "
            + "being down when every attempt failed.";
    static final String CA_EXAMPLE_ROUNDED = "The example's 99.98% is 1 - 5/43200 = 99.988...% cut to two decimals; the engine "
            + "keeps the exact value, and the commitment of 99.9% is met either way.";
    static final String CA_ISSUER = "The contracting party is Inner Mongolia Wangxin Electronic Certification Co. (内蒙古网信), not "
            + "Tencent Cloud; vouchers are Tencent Cloud vouchers for this service.";

    /** "低于C但等于或高于95% 5%; 低于95%但等于或高于90% 10%; 低于90%但等于或高于85% 25%; 低于85% 100%" (RCE, device security, MPSS). */
    static MetricSpec fives(String id, String name, Measurement rule, String commitment, int commitmentLine, int tableLine) {
        return metric(id, name)
                .measuredBy(rule)
                .commitment(commitment, commitmentLine)
                .tiers(tableLine,
                        tier("[95, " + commitment + ")", "5"),
                        tier("[90, 95)", "10"),
                        tier("[85, 90)", "25"),
                        tier("[0, 85)", "100"));
    }

    /**
     * The rounding examples of the texts that count bad minutes (RCE, device security): an outage from 14:01:01 to
     * 15:01:29 touches the 61 minutes 14:01 to 15:01, each with an error rate above the threshold; outages of 10, 20 and
     * 30 bad minutes make 60.
     */
    static SlaBuilder perMinuteExamples(SlaBuilder b, String metricId, int roundingLine, int sumLine, long total, long failed,
                                        String creditFor61, String creditFor60) {
        b.evaluationExample("14:01:01 to 15:01:29 (60 minutes 28 seconds) counts 61 minutes", roundingLine, null, metricId,
                java.time.YearMonth.of(2024, 1), badMinutes(total, failed, new String[] {"2024-01-10T14:01:00"}, new int[] {61}),
                "61", null, creditFor61);
        if (sumLine > 0) {
            b.evaluationExample("Unavailability of 10, 20 and 30 minutes makes 60 minutes", sumLine, null, metricId,
                    java.time.YearMonth.of(2024, 1), badMinutes(total, failed,
                            new String[] {"2024-01-05T10:00:00", "2024-01-12T10:00:00", "2024-01-19T10:00:00"}, new int[] {10, 20, 30}),
                    "60", null, creditFor60);
        }
        return b;
    }

    private static ResourceMonth badMinutes(long total, long failed, String[] starts, int[] counts) {
        ResourceMonth.Builder r = ResourceMonth.builder("res-example", Money.of("100.00", "CNY"));
        for (int i = 0; i < starts.length; i++) {
            Instant start = beijing(starts[i]);
            for (int m = 0; m < counts[i]; m++) {
                r.window(io.slakit.api.WindowSample.of(start.plus(Duration.ofMinutes(m)), total, failed));
            }
        }
        return r.build();
    }

    /**
     * 免责条款 5.1 to 5.13 of the 2025 texts (RCE, the four content-security texts, DSGC, data security audit), the same
     * words in each: third-party networks, hacking, credentials, negligence, documentation, third-party software, force
     * majeure, telecom and government events, non-payment, breach, daily maintenance, other causes, legal exemptions.
     *
     * @param lines the lines of 5.1 to 5.13, in order
     */
    static SlaBuilder fiveOneToThirteen(SlaBuilder b, int... lines) {
        return oneToThirteen(b, "5", "Service suspended or terminated because the customer breached this agreement or the Tencent "
                + "Cloud service agreement (and, for content security, its service terms)", lines);
    }

    /**
     * The same thirteen clauses numbered under {@code section} ("4" in ACE's text), with the text's own breach clause
     * (clause 10) summarised as {@code breachSummary}.
     */
    static SlaBuilder oneToThirteen(SlaBuilder b, String section, String breachSummary, int... lines) {
        if (lines.length != 13) {
            throw new IllegalArgumentException(section + ".1 to " + section + ".13 need 13 lines, got " + lines.length);
        }
        String s = section + ".";
        return b.exclusion(s + "1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration "
                        + "change outside Tencent Cloud's equipment"), lines[0])
                .exclusion(s + "2", Clauses.CUSTOMER_APP_ATTACKED, lines[1])
                .exclusion(s + "3", Clauses.CUSTOMER_CREDENTIALS, lines[2])
                .exclusion(s + "4", Clauses.CUSTOMER_OPERATION, lines[3])
                .exclusion(s + "5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, the "
                        + "documentation or advice"), lines[4])
                .exclusion(s + "6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the customer installed, or third-party software or "
                        + "configuration Tencent Cloud does not run directly"), lines[5])
                .exclusion(s + "7", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, disease, "
                        + "war, strikes and other unforeseeable, unavoidable events"), lines[6])
                .exclusion(s + "8", "telecom-government-public-network", "Changes of basic telecom or power resources, control by "
                        + "authorities or carriers, public network congestion or hacking, other events outside Tencent Cloud's fault "
                        + "and control", lines[7])
                .exclusion(s + "9", NON_PAYMENT.worded("Service suspended or terminated because the customer did not buy or pay as agreed"), lines[8])
                .exclusion(s + "10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded(breachSummary), lines[9])
                .exclusion(s + "11", ROUTINE_MAINTENANCE.worded("Short interruptions or pauses for the daily maintenance described in the "
                        + "Tencent Cloud service agreement"), lines[10])
                .exclusion(s + "12", NOT_TENCENT_CAUSE, lines[11])
                .exclusion(s + "13", LEGAL_EXEMPTION, lines[12]);
    }

    /** "C > 服务可用性 ≥ 99.0% 10%; 99.0% > 服务可用性 ≥ 98.0% 20%; 98.0% > 服务可用性 50%" (DSGC, data security audit, bastion host). */
    static MetricSpec tenTwentyFifty(String id, String name, Measurement rule, String commitment, int commitmentLine, int tableLine) {
        return metric(id, name)
                .measuredBy(rule)
                .commitment(commitment, commitmentLine)
                .tiers(tableLine,
                        tier("[99, " + commitment + ")", "10"),
                        tier("[98, 99)", "20"),
                        tier("[0, 98)", "50"));
    }
}
