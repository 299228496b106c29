package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * 腾讯云即时通信 IM 服务等级协议 (Instant Messaging): the English international text (000:41,
 * 99 %, 10/20/30 %) and the Chinese mainland text (002:44462, 99.99 % promised, credits below 99.9 %).
 * Both count service months from the activation day (Mar 17 - Apr 16, ...).
 */
final class Im {
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private Im() {
    }

    static SlaDefinition international() {
        SlaBuilder b = Sla.define("im", Site.INTL, Family.MEDIA)
                .names("即时通信 IM", "Instant Messaging")
                .source(Seeds.IM_EN, 41, "Tencent Cloud Instant Messaging Service Level Agreement")
                .updated("2021-12-24T09:45:30")
                .effectiveFromUpdatedDate()
                // 1.2 (51): three months from March 17 are Mar 17-Apr 16, Apr 17-May 16, May 17-Jun 16.
                .months(MonthRule.ANNIVERSARY)
                .metric(metric("availability", "Service Availability")
                        // 1.4 (55-57): a minute in which every log-in or send attempt failed is an Apparent Failure;
                        // any success in the minute makes it available.
                        .measuredBy(Rules.everyAttemptFailed(ONE_MINUTE))
                        .commitment("99", 69)
                        .tiers(82,
                                tier("[95, 99)", "10"),
                                tier("[90, 95)", "20"),
                                tier("[0, 90)", "30")))
                .claim(5, 60, 88)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("Any malfunction on the part of a user"), 96)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passcodes or passwords lost or leaked through a user's maintenance or confidentiality"), 98)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Hacker attacks on a user's application or data"), 100)
                .exclusion("4.4", Clauses.CUSTOMER_IGNORED_DOCS.worded("A user did not follow the IM user guide or suggestions"), 102)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("A user's negligence or operations the user authorised"), 104)
                .exclusion("4.6", Clauses.CONTENT_VIOLATION.worded("Illegal information (pornography, gambling, drugs, fraud...)"), 106)
                .exclusion("4.7", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("An impromptu increase in audio-visual chatroom use without prior notice"), 108)
                .exclusion("4.8", "trial-feature", "Products, functions or access in trial, not made public", 110)
                .exclusion("4.9", "announced-event", "Significant events or promotions Tencent Cloud announced in advance", 112)
                .exclusion("4.10", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance with prior notice (cutover, upgrade, failure simulation)"), 114)
                .exclusion("4.11", Clauses.THIRD_PARTY_NETWORK.worded("Network or equipment failure or configuration change outside Tencent Cloud's facilities"), 116)
                .exclusion("4.12", Clauses.FORCE_MAJEURE.worded("Force majeure or accident"), 118)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability not attributable to Tencent Cloud"), 120)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION.worded("Other exemptions under laws, regulations, agreements or published rules"), 122)
                .note("Service months are anniversary months from the activation day (1.2): evaluate a month by giving its first day as the request's serviceStart (Mar 17 gives Mar 17 - Apr 16).")
                .note("A minute with no attempts at all is not an Apparent Failure: 1.4 needs failed attempts.");
        return retention(b).build();
    }

    static SlaDefinition mainland() {
        SlaBuilder b = Sla.define("im", Site.CN, Family.MEDIA)
                .names("即时通信 IM", "Instant Messaging")
                .source(Seeds.CN, 44462, "腾讯云即时通信 IM 服务等级协议")
                .liabilityCapOverMonths(12, 44635)
                .updated("2025-06-09T16:38:53")
                .effective("2025-06-15", 44467)
                // 1.2 (44491-44493): 3 months from Mar 17 are Mar 17-Apr 16, Apr 17-May 16, May 17-Jun 16.
                .months(MonthRule.ANNIVERSARY)
                .metric(metric("availability", "服务可用性")
                        // 1.4 (44497-44501): a minute of continuous log-in or send failures is a clear failure;
                        // any success in the minute makes it available.
                        .measuredBy(Rules.everyAttemptFailed(ONE_MINUTE))
                        .commitment("99.99", 44507)
                        .tiers(44622,
                                tier("[99.5, 99.9)", "10"),
                                tier("[99, 99.5)", "20"),
                                tier("[0, 99)", "50")))
                .claim(5, 60, 44546)
                .exclusion("4", Clauses.TRIAL_OR_FREE_USE.worded("Public or private beta, invited tests, free use or use within a free quota: no availability commitment"), 44560)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"), 44566)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application is attacked by hackers"), 44568)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 44570)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 44572)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the agreements, documentation or advice"), 44574)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the user installed or third-party software or configuration"), 44576)
                .exclusion("5.7", Clauses.FORCE_MAJEURE.worded("Force majeure (natural disasters, government action, unrest, war, strikes)"), 44578)
                .exclusion("5.8", "telecom-or-regulator", "Changes of basic telecom resources, regulator or carrier controls, public network congestion, other causes beyond Tencent Cloud's control", 44584)
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION.worded("Suspension or termination because the user did not buy or pay as agreed"), 44594)
                .exclusion("5.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of this or the service agreements"), 44596)
                .exclusion("5.11", Clauses.ROUTINE_MAINTENANCE, 44598)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 44600)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 44602)
                .exclusion("5.14", Clauses.CONTENT_VIOLATION.worded("Illegal information (pornography, gambling, drugs, fraud...)"), 44608)
                .exclusion("5.15", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A live-broadcast group (AvChatRoom) above 100,000 members without 3 business days' notice by ticket"), 44610)
                .exclusion("5.16", "announced-event", "Major events or promotions Tencent Cloud announced in advance", 44612)
                .exclusion("5.17", Clauses.ANNOUNCED_MAINTENANCE, 44614)
                .exclusion("5.18", "sdk-outdated", "The user did not upgrade an IM SDK version announced 30 business days ahead as too old", 44616)
                .note("The commitment is 99.99% (2.2) but the table (3.1) starts below 99.9%: a month in [99.9, 99.99) misses the commitment and earns no credit.")
                .note("Service months are anniversary months from the activation day (1.2): give the service month's first day as the request's serviceStart.")
                .note("Section 4 (free, trial or in-quota use: the SLA does not apply) is recorded as the exclusion code trial-or-free-use.");
        return retention(b).build();
    }

    /** The IM data retention rules of the privacy module and data agreement (seed 001; 004 in Japanese). */
    private static SlaBuilder retention(SlaBuilder b) {
        return b
                .note("Data retention (001:83; 004:75 in Japanese): log data is stored for 7 days.")
                .note("Data retention (001:84; 004:76): monitoring data is stored for 2 days.")
                .note("Data retention (001:88; 004:77): configuration data is kept while the feature is used and deleted 2 months after use ends.")
                .note("Data retention (001:123-124; 004:108-109): user information and chat message records stored on the server are kept for the "
                        + "customer's chosen retention period, or 7 days when none is chosen; if the customer opts out, they are only processed momentarily.");
    }
}
