package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.MeanWindowErrorRate;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * 云直播服务等级协议 (Cloud Streaming Services), seed 002 line 14184. Basic and value-added services are
 * measured and credited separately (3.1(2)); each is an edition evaluated against its own monthly fee.
 */
final class Css {
    /** 1.8 (14296): a unit with fewer than 100 valid requests or tasks is not counted. */
    static final long MINIMUM_REQUESTS = 100;
    /** 1.3 (14211): the statistics unit is 5 minutes, 288 a day, 00:00:00 standing for 00:00:00-00:04:59. */
    private static final Duration UNIT = Duration.ofMinutes(5);
    /** The credit basis of an escorted event: the service's fee for the event, given as {@code fees.event}. */
    static final String EVENT_FEE = "event";

    private Css() {
    }

    static SlaDefinition definition() {
        return Sla.define("css", Site.CN, Family.MEDIA)
                .names("云直播", "Cloud Streaming Services")
                .source(Seeds.CN, 14184, "云直播服务等级协议")
                .updated("2022-11-28T16:11:56")
                .effectiveFromUpdatedDate()
                .edition("basic", "基础服务 (standard and fast live push/pull)", basic(monthly()))
                .edition("value-added", "增值服务 (transcoding, recording, screenshots, moderation)", valueAdded(monthly()))
                // 1.2 note (14209): an escorted event (活动护航) is its own object of availability, over the shorter
                // of its reported time and its actual duration.
                .edition("basic-escorted-event", "基础服务, one escorted event (活动护航)", basic(monthly().overEventSpan()).basis(EVENT_FEE))
                .edition("value-added-escorted-event", "增值服务, one escorted event (活动护航)", valueAdded(monthly().overEventSpan()).basis(EVENT_FEE))
                .claim(5, 60, 14282)
                // 1.4 (14213, 14229-14237): abnormal requests that are not failed requests.
                .exclusion("1.4(1)", "push-or-origin-abnormal", "Business errors caused by an abnormal push stream or an abnormal origin", 14229)
                .exclusion("1.4(3)", "hotlink-or-auth-rejected", "Hotlinking, or authentication that does not pass, not caused by Tencent Cloud", 14233)
                .exclusion("1.4(4)", Clauses.CUSTOMER_IGNORED_DOCS.worded("Unavailability from use not following the product documentation or operating advice"), 14235)
                .exclusion("1.4(5)", "service-initiated-change", "Error requests or unavailability from reasonable upgrades, changes or stops the live streaming service starts", 14237)
                .exclusion("4.1", Clauses.CONTENT_VIOLATION.worded("Domains or accounts disabled for content violations or compliance problems"), 14342)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS, 14344)
                .exclusion("4.3", Clauses.CUSTOMER_OPERATION, 14346)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's website is attacked by hackers"), 14348)
                .exclusion("4.5", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A large burst without 3 business days' written notice and escort request: growth over 100% of "
                        + "last month's daily-peak mean bandwidth and over 200 Gbps, a daily-peak burst over 500 Gbps, or requests over 3x last month's daily-peak mean"), 14350)
                .exclusion("4.6", Clauses.ANNOUNCED_MAINTENANCE, 14360)
                .exclusion("4.7", "change-not-made", "The customer did not make a change Tencent Cloud notified under the product rules by the deadline", 14362)
                .exclusion("4.8", "push-side-fault", "Playback failures caused by the push (ingest) side", 14364)
                .exclusion("4.9", "hotlink-token-expired", "The customer enabled hotlink-protection authentication and the token expired", 14366)
                .exclusion("4.10", Clauses.THIRD_PARTY_NETWORK, 14368)
                .exclusion("4.11", "nonstandard-container", "Audio/video containers that do not meet the standard, or incompatibilities where the standard is silent", 14370)
                .exclusion("4.12", "abnormal-stream", "Problems from Tencent Cloud's default handling of abnormal streams (breaks, missing data, timestamps, sync, oversized I-frames or GOPs)", 14378)
                .exclusion("4.13", Clauses.FORCE_MAJEURE, 14382)
                .exclusion("4.14", Clauses.NOT_TENCENT_CAUSE.worded("Other causes not attributable to Tencent Cloud (domain filing lapsed, certificate expired...)"), 14384)
                .exclusion("4.15", Clauses.LEGAL_EXEMPTION, 14386)
                .note("1.4 (14213-14237) lists five kinds of abnormal request that are not failed requests; four are coded 1.4(1), 1.4(3)-1.4(5). "
                        + "The second, accounts or domains banned for content violations (14231), is the cause of clause 4.1 (14342) and is coded "
                        + "content-violation there. 14243 (免责条款声明的情况导致的请求异常，不计入失败请求) applies the section 4 clauses to "
                        + "failed requests: a unit overlapping time coded with any clause adds no failure rate.")
                .note("Valid requests (1.6, 14217) leave out requests raised by hacker attacks on the Tencent Cloud platform that do not come from "
                        + "the customer's application: they are not an exclusion of time but of requests, so give each unit's counts without them.")
                .note("Basic and value-added services are measured and credited separately (2.1, 3.1(2)): evaluate each as its own edition, "
                        + "with the resource's fee being that service's monthly fee (basic: traffic or bandwidth fees; value-added: transcoding, recording, screenshot, moderation fees).")
                .note("A unit with fewer than 100 valid requests (or tasks) adds no failure rate (14296); the number of units stays days x 24 x 12 (14260).")
                .note("Repeated failed requests from one IP within a unit count as one failed request (14241), and repeated failed tasks count as one (14249): "
                        + "window counts must be given after that de-duplication.")
                .note("The service month starts on the day use starts (1.2, 14205: from March 19, the first month is March 19-31): give that day as the activation.")
                .note("Escorted events (活动护航, 14209: 以当次活动为对象计算服务可用性，按照活动报备时间或者持续时间的最小值单独核算): evaluate the editions "
                        + "basic-escorted-event / value-added-escorted-event with the event as the resource: activeFrom is the event's start and activeUntil its end, "
                        + "taken as the shorter of the reported (报备) time and the actual duration, which the user works out. The event's availability is "
                        + "1 - sum of its units' failure rates / the 5-minute units the event touches (a unit cut by the start or end counts whole, since counts "
                        + "exist only per unit); units under 100 requests add no rate, as in a month. The event must end in the service month it is evaluated under.")
                .note("The text gives no separate credit for an escorted event: 3.1 (14324) names only the monthly fee. Reading chosen: the event is accounted "
                        + "separately (单独核算) with the same table (5% / 10%) applied to that service's fee for the event (its traffic, bandwidth or task fees), "
                        + "given as fees.event; the resource's fee is the service month's fee, which caps the credit as 2.2(2) (14276-14278) caps every credit. "
                        + "The monthly evaluation is unchanged: the text does not say the event's units leave the month, so they stay in it.")
                .build();
    }

    /**
     * 1.3/1.8/1.9/2.1 (14211, 14290-14296, 14260, 14310): 5-minute units from 00:00:00; availability =
     * 1 - sum of unit failure rates / units in the period; a unit with fewer than 100 valid requests
     * (or tasks) adds no rate but still counts as a unit.
     */
    private static MeanWindowErrorRate monthly() {
        return Rules.meanWindowErrorRate(UNIT).countingRatesOfWindowsWithAtLeast(MINIMUM_REQUESTS);
    }

    /** 1.4/1.8/2.1 (14213, 14290, 14310): failed requests are 5XX or long connections unanswered in 20 s. */
    private static MetricSpec basic(MeanWindowErrorRate rule) {
        return metric("availability", "基础服务的服务可用性")
                .measuredBy(rule)
                .commitment("99.9", 14268)
                .tiers(14324,
                        tier("[95, 99.9)", "5"),
                        tier("[0, 95)", "10"));
    }

    /** 1.5/1.8/2.1 (14215, 14292, 14312): failed tasks / valid tasks per unit. */
    private static MetricSpec valueAdded(MeanWindowErrorRate rule) {
        return metric("availability", "增值服务的服务可用性")
                .measuredBy(rule)
                .commitment("99.9", 14268)
                .tiers(14324,
                        tier("[95, 99.9)", "5"),
                        tier("[0, 95)", "10"));
    }
}
