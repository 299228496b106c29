package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * 实时音视频服务等级协议 (Tencent Real-Time Communication): the mainland text (002:15850) and the
 * international English text (003:325). Same arithmetic, different exclusions.
 */
final class Trtc {
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private Trtc() {
    }

    static SlaDefinition mainland() {
        return Sla.define("trtc", Site.CN, Family.MEDIA)
                .names("实时音视频", "Tencent Real-Time Communication")
                .source(Seeds.CN, 15850, "实时音视频服务等级协议")
                .updated("2024-12-13T10:35:32")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 (15883-15885, 15909): a 5-minute window with a call success rate below 99% is down;
                        // every such window lasts 5 minutes, so "低于5分钟不计入" never drops a whole window.
                        .measuredBy(Rules.successRateBelow("99", FIVE_MINUTES))
                        .commitment("99.9", 15923)
                        .tiers(15981,
                                tier("[99.5, 99.9)", "10"),
                                tier("[99, 99.5)", "20"),
                                tier("[0, 99)", "50")))
                .claim(5, 60, 15935)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("The user's own failure"), 15949)
                .exclusion("4.2", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 15951)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 15953)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded("Hacker attacks on the user's website, application or data"), 15955)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the TRTC documentation or advice"), 15957)
                .exclusion("4.6", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A large traffic surge not announced 3 business days ahead: calls (daily peak over 10,000 "
                        + "concurrent when usually under 10,000, or over 30% growth when usually above), cloud recording over 500, "
                        + "relayed push over 1,000, or cloud mixing over 500 concurrent tasks"), 15959)
                .exclusion("4.7", "sdk-upgrade-untested", "Behaviour changes of an upgraded SDK the user did not test before release", 15963)
                .exclusion("4.8", "trial-feature", "Products, features or permissions in trial, not publicly released", 15967)
                .exclusion("4.9", Clauses.CONTENT_VIOLATION.worded("Content violations or other compliance problems of the user"), 15969)
                .exclusion("4.10", "announced-event", "Major events or promotions Tencent Cloud announced in advance", 15971)
                .exclusion("4.11", Clauses.ANNOUNCED_MAINTENANCE, 15973)
                .exclusion("4.12", Clauses.THIRD_PARTY_NETWORK, 16005)
                .exclusion("4.13", Clauses.FORCE_MAJEURE, 16007)
                .exclusion("4.14", Clauses.NOT_TENCENT_CAUSE, 16009)
                .exclusion("4.15", Clauses.LEGAL_EXEMPTION, 16011)
                .note("Earlier months are evaluated under this version with a warning.")
                .note("A window with no call requests has no success rate and is not counted as down.")
                .evaluationExample("A day in March 2019 with a 98% success rate from 10:00 to 10:30: 30 minutes down, "
                                + "1 - 30 / (31 x 24 x 60) = 99.93%", 15891, null, "availability", YearMonth.of(2019, 3),
                        Examples.halfHourAtNinetyEightPercent(), "30", "99.93", "0")
                .build();
    }

    static SlaDefinition international() {
        return Sla.define("trtc", Site.INTL, Family.MEDIA)
                .names("实时音视频", "Tencent Real-Time Communication")
                .source(Seeds.TRTC_EN, 325, "Service Level Agreement")
                .updated("2023-10-13T11:38:53")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "Service Availability")
                        // 1.5 (345) and its note (349): 5-minute windows, 288 a day, below 99% success is down.
                        .measuredBy(Rules.successRateBelow("99", FIVE_MINUTES))
                        .commitment("99.9", 363)
                        .tiers(378,
                                tier("[99.5, 99.9)", "10"),
                                tier("[99, 99.5)", "20"),
                                tier("[0, 99)", "50")))
                .claim(5, 60, 384)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("Any failure on the part of a user"), 392)
                .exclusion("4.2", Clauses.CUSTOMER_OPERATION.worded("A user's negligence or operations the user authorised"), 393)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, PINs or passwords lost or leaked through a user's maintenance or confidentiality"), 394)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded("Hacker attacks on a user's website, application or data"), 395)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("A user did not observe the TRTC documentation or guidelines"), 396)
                .exclusion("4.6", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A traffic surge (concurrent volatility over 3,000) without five business days' prior written notice"), 398)
                .exclusion("4.7", "trial-feature", "Products, functions or access in trial, not made public", 399)
                .exclusion("4.8", Clauses.CONTENT_VIOLATION.worded("Illegal content (pornography, gambling, drugs, fraud...)"), 400)
                .exclusion("4.9", "announced-event", "Significant events or promotions Tencent announced in advance", 401)
                .exclusion("4.10", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance with prior notice (cutover, upgrade, failure simulation)"), 402)
                .exclusion("4.11", Clauses.THIRD_PARTY_NETWORK.worded("Network or equipment failure or configuration change outside Tencent Cloud's facilities"), 403)
                .exclusion("4.12", Clauses.FORCE_MAJEURE.worded("Force majeure or accident"), 404)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability not attributable to Tencent Cloud"), 405)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION.worded("Other exemptions under laws, regulations, agreements or published rules"), 406)
                .note("The international text differs from the mainland one in its exclusions: the traffic-surge clause is 3,000 concurrent with 5 business days' notice "
                        + "(mainland: a per-feature table and 3 business days), and it has no clause for untested SDK upgrades (mainland 4.7, 002:15963).")
                .evaluationExample("March 2019, 98% success from 10:00 to 10:30: 30 minutes down, availability 99.93%", 359,
                        null, "availability", YearMonth.of(2019, 3), Examples.halfHourAtNinetyEightPercent(), "30", "99.93", "0")
                .build();
    }
}
