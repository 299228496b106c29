package io.slakit.products.industry;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** The IoT texts: IoT Explorer (seed 002 line 53849), IoT Video Industry (54003) and IoT Enable (54138). */
final class Iot {
    private Iot() {
    }

    private static final String MINUTE_SAMPLES = "Give one window sample per minute (aligned to the minute, Beijing time) with the attempts "
            + "made and failed; a minute counts only when every attempt failed. Minutes without a sample count as available.";

    /** 腾讯云公有云物联网开发平台服务等级协议. */
    static SlaDefinition explorer() {
        return Sla.define("iot-explorer", Site.CN, Family.INDUSTRY)
                .names("物联网开发平台", "IoT Explorer")
                .source(Seeds.CN, 53849, "腾讯云公有云物联网开发平台服务等级协议")
                .updated("2023-06-15T15:33:22")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (53874-53878): a minute is unavailable only when every attempt to report and receive device
                        // messages and device alarms failed; any success makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 53884)
                        .tiers(53988,
                                tier("[99, 99.95)", "20"),
                                tier("[0, 99)", "50")))
                .claim(5, 60, 53945)
                .exclusion("3.1", Clauses.ANNOUNCED_MAINTENANCE, 53888)
                .exclusion("3.2", Clauses.THIRD_PARTY_NETWORK, 53890)
                .exclusion("3.3", IndustryTerms.INTERFACES_ATTACKED_OR_SUPPLIER, 53892)
                .exclusion("3.4", Clauses.CUSTOMER_CREDENTIALS, 53894)
                .exclusion("3.5", IndustryTerms.NEGLIGENT_AUTHORISATION, 53896)
                .exclusion("3.6", Clauses.CUSTOMER_IGNORED_DOCS, 53898)
                .exclusion("3.7", IndustryTerms.DEVICE_LOCAL_NETWORK, 53900)
                .exclusion("3.8", IndustryTerms.DEVICE_RATE_LIMITED, 53902)
                .exclusion("3.9", IndustryTerms.MALFORMED_MESSAGE, 53904)
                .exclusion("3.10", IndustryTerms.AUTH_MISUSE, 53906)
                .exclusion("3.11", IndustryTerms.CUSTOMER_SERVICE_FAULT, 53927)
                .exclusion("3.12", Clauses.NOT_TENCENT_CAUSE, 53929)
                .exclusion("3.13", Clauses.LEGAL_EXEMPTION, 53931)
                .exclusion("3.14", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 53933)
                .note("1.2 (53868-53872): service months are the calendar months of the purchased term, the first cut at the opening "
                        + "day (Mar 17-31) and the last at the term's end (Jun 1-16); give activeFrom/activeUntil for those months.")
                .note(MINUTE_SAMPLES + " The attempts are those of device message reporting and receiving and of device alarms (1.3, 53874).")
                .note("4.1 (53985-53990): the table has one row, 公共实例 (public instance); its credits are taken for every instance.")
                .note("4.1(2) (53941-53943): the voucher is capped at the month's fee paid for the service, excluding voucher, coupon "
                        + "or fee-waiver deductions. 4.3 (53959-53963): a claim needs the instance ID and the unavailable minutes with "
                        + "other evidence. 5.2 (53969-53971): liability is at most the fees paid for the service in breach.")
                .build();
    }

    /** 腾讯云物联网智能视频服务（行业版）服务等级协议. */
    static SlaDefinition videoIndustry() {
        return Sla.define("iot-video-industry", Site.CN, Family.INDUSTRY)
                .names("物联网智能视频服务（行业版）", "IoT Video (Industry)")
                .source(Seeds.CN, 54003, "腾讯云物联网智能视频服务（行业版）服务等级协议")
                .updated("2023-06-15T15:33:21")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (54030-54034): a minute is unavailable only when every attempt through the API or the console
                        // failed; any success makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.90", 54040)
                        .tiers(54076,
                                tier("[95, 99.9)", "5"),
                                tier("[0, 95)", "10")))
                .claim(5, 60, 54079)
                .exclusion("4.1", Clauses.CONTENT_VIOLATION.worded(
                        "Errors or playback failures after a domain or account is banned for non-compliant content"), 54093)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS, 54095)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's website is attacked by hackers"), 54097)
                .exclusion("4.4", Clauses.ANNOUNCED_MAINTENANCE, 54099)
                .exclusion("4.5", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Network or equipment failure, misconfiguration or configuration change outside Tencent Cloud's equipment"), 54101)
                .exclusion("4.6", "front-end-device", "Playback failures caused by front-end devices (cameras, video recorders, edge video gateways)", 54103)
                .exclusion("4.7", Clauses.FORCE_MAJEURE, 54105)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE.worded(
                        "Other unavailability not caused by Tencent Cloud (lapsed domain filing, expired certificates...)"), 54107)
                .exclusion("4.9", Clauses.CUSTOMER_IGNORED_DOCS, 54109)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 54111)
                .note("1.2 (54026-54028): a service month is a calendar month; the first one runs from the first day of use to the "
                        + "month's end (Mar 19-31). Give activeFrom for that month; its total minutes are its days x 1440.")
                .note(MINUTE_SAMPLES + " Reading of 1.3 (54030): the API and console attempts are pooled; the minute is down only "
                        + "when all of them failed, so a customer using only the API is down when every API attempt failed.")
                .note("3.1 (54074-54076, 54125): the table's first row, \"低于99.90%但等于或高于95.00%\" 5%, is printed before the "
                        + "claim section and its second row, \"低于95.00%\" 10%, after the 'other' clauses.")
                .note("3.1.2 (54050-54052): the voucher is capped at the month's fee paid for the service, excluding voucher, coupon "
                        + "or fee-waiver deductions. 5.1 (54113-54115): liability is at most the fees paid for the service in breach.")
                .build();
    }

    /** 腾讯云物联使能服务等级协议. */
    static SlaDefinition enable() {
        return Sla.define("iot-enable", Site.CN, Family.INDUSTRY)
                .names("物联使能", "IoT Enable")
                .source(Seeds.CN, 54138, "腾讯云物联使能服务等级协议")
                .updated("2023-06-15T15:33:21")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (54163-54167): a minute is unavailable only when every attempt through the API or the console failed.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 54173)
                        .tiers(54207,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 54212)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 54226)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 54228)
                .exclusion("4.3", IndustryTerms.INTERFACES_ATTACKED_OR_SUPPLIER, 54230)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 54232)
                .exclusion("4.5", IndustryTerms.NEGLIGENT_AUTHORISATION, 54234)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 54236)
                .exclusion("4.7", IndustryTerms.DEVICE_LOCAL_NETWORK, 54238)
                .exclusion("4.8", IndustryTerms.DEVICE_RATE_LIMITED, 54240)
                .exclusion("4.9", IndustryTerms.MALFORMED_MESSAGE, 54242)
                .exclusion("4.10", IndustryTerms.AUTH_MISUSE, 54244)
                .exclusion("4.11", IndustryTerms.CUSTOMER_SERVICE_FAULT, 54246)
                .exclusion("4.12", IndustryTerms.CAPACITY_CURRENT_VERSION.worded(
                        "Unavailability from use beyond the capacity of the paid version"), 54248)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 54250)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 54252)
                .exclusion("4.15", "open-source-components", "Problems in open-source parts such as Kubernetes, Docker or the OS kernel", 54254)
                .exclusion("4.16", "other-cloud-products", "Problems of other cloud products (CLB API errors, VPC quotas reached, resources sold out)", 54256)
                .exclusion("4.17", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 54260)
                .note("1.2 (54157-54161): service months are the calendar months of the purchased term, the first cut at the opening "
                        + "day (Mar 17-31) and the last at the term's end (Jun 1-16); give activeFrom/activeUntil for those months.")
                .note(MINUTE_SAMPLES + " Reading of 1.3 (54163): the API and console attempts are pooled; the minute is down only "
                        + "when all of them failed.")
                .note("3 (54175): credits are for customers who bought the service and were charged. 3.2(2) (54218): the claim also "
                        + "requires that the environment claimed for is running normally; the engine reports the window only.")
                .note("3.1(2) (54181-54183): the voucher is capped at the month's fee paid for the service, excluding voucher, coupon "
                        + "or fee-waiver deductions. 5.2 (54266-54268): liability is at most the fees paid for the service in breach.")
                .build();
    }
}
