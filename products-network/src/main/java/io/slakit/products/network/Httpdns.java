package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 移动解析 HTTPDNS 服务等级协议 (HTTPDNS), seed 002 line 46239. */
final class Httpdns {
    private Httpdns() {
    }

    static SlaDefinition definition() {
        return Sla.define("httpdns", Site.CN, Family.NETWORK)
                .names("移动解析 HTTPDNS", "HTTPDNS")
                .source(Seeds.CN, 46239, "移动解析 HTTPDNS 服务等级协议")
                .updated("2023-09-18T16:13:32")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (46298-46300): each outage's time x charged / all requests; 1.3 (46264): an outage under 1 minute
                        // is not counted (exactly 1 minute counts); the weighted time's partial minutes count whole (11m01s -> 12).
                        .measuredBy(Rules.requestWeightedMinutes().ignoringUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.99", 46276)
                        .tiers(46363,
                                tier("[99.00, 99.99)", "10"),
                                tier("[95, 99)", "15"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 46319)
                .exclusion("4.1", Clauses.ROUTINE_MAINTENANCE.worded("Unavailability during system maintenance"), 46333)
                .exclusion("4.2", Clauses.NOT_TENCENT_CAUSE.worded("The user's own causes, carrier blocking, illegal attacks or other third parties, or force majeure"), 46335)
                .exclusion("4.3", "resolution-provider-fault", "Resolution itself unavailable through domain operations or the resolution provider", 46337)
                .exclusion("4.4", "traffic-surge", "A notified large traffic increase (peak above 50,000 QPS more, or above 10 million more requests a day)", 46339)
                .exclusion("4.5", Clauses.THIRD_PARTY_NETWORK, 46341)
                .exclusion("4.6", "third-party-cdn-mismatch", "Resolution fails because a third-party CDN's authoritative DNS address library differs from the HTTPDNS library", 46343)
                .exclusion("4.7", "authoritative-dns-fault", "The domain's authoritative DNS service failed", 46345)
                .note("Only the Enterprise edition with fees incurred is covered; users of the free traffic package are not (46296).")
                .note("1.3 (46266-46268): only interruptions from Tencent Cloud's servers, data centres, product functions or its own "
                        + "operations are unavailability; any other interruption is not, and its time is not counted. That is clause 4.2's "
                        + "not-tencent-cause (46335) stated generally: give only Tencent-caused outages, or code the others not-tencent-cause.")
                .note("2.1 (46298) weights each outage by the share of charged requests: (resolved - started) x (charged requests / all "
                        + "requests). Give each outage's chargedRequests and totalRequests (JSON incident fields, CSV columns, "
                        + "Incident.weightedBy); the product is exact (no floating point). An outage given without them counts with weight 1 "
                        + "(every request charged).")
                .note("Reading of 46298-46300 with 1.3 (46264, 'unusable for a continuous 1 minute or longer'): the 1-minute threshold "
                        + "judges the outage's own length, before weighting; the weighted time of an outage kept then rounds up to whole "
                        + "minutes, so a weighted time under 1 minute counts 1 ('不可用时间小于1分钟的按1分钟计算'). This is the one reading under "
                        + "which the text's two sentences on short times do not contradict each other: a 59 s outage counts 0 whatever its "
                        + "share; a 10-minute outage at 5% charged (30 s weighted) counts 1.")
                .note("Weighted outages must not overlap another provider outage (the shared time would carry two weights): such input "
                        + "is rejected. Outages without request counts merge where they overlap, as elsewhere; each span left after "
                        + "exclusions is one outage.")
                .allowanceExample("At 99.99%, June (30 days) allows 43200 - 43195.68 = 4.32 minutes", 46272,
                        "availability", YearMonth.of(2024, 6), "4.32")
                .evaluationExample("An outage of 11m01s counts as 12 minutes", 46300, null, "availability", YearMonth.of(2024, 6),
                        Examples.outage("httpdns-example", Instant.parse("2024-06-05T02:00:00Z"), Duration.ofSeconds(661)), "12", null, null)
                .evaluationExample("A 22m02s outage with half the requests charged weighs 11m01s and counts as 12 minutes", 46300, null,
                        "availability", YearMonth.of(2024, 6), Examples.weightedOutage("httpdns-weighted-example",
                                Instant.parse("2024-06-05T02:00:00Z"), Duration.ofSeconds(1322), 500, 1000), "12", null, null)
                .evaluationExample("An outage under 1 minute is not counted", 46298, null, "availability", YearMonth.of(2024, 6),
                        Examples.outage("httpdns-example", Instant.parse("2024-06-05T02:00:00Z"), Duration.ofSeconds(59)), "0", null, null)
                .build();
    }
}
