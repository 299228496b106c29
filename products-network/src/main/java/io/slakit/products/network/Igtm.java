package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 智能全局流量管理服务等级协议 (Intelligent Global Traffic Manager), seed 002 line 46514. */
final class Igtm {
    /** 2.1 note (46583-46585): fault time = resolved - started, partial minutes count whole (11m01s -> 12). */
    private static final IncidentMinutes RULE = Rules.incidentMinutes().roundingUp();

    private Igtm() {
    }

    static SlaDefinition definition() {
        return Sla.define("igtm", Site.CN, Family.NETWORK)
                .names("智能全局流量管理", "Intelligent Global Traffic Manager")
                .source(Seeds.CN, 46514, "智能全局流量管理服务等级协议")
                .updated("2022-03-02T11:58:12")
                .effectiveFromUpdatedDate()
                .edition("trial", "体验版 (Trial): no SLA, no credit (46591, 46648)")
                .edition("advanced", "高级版 (Advanced)",
                        metric("availability", "服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.9", 46567)
                                .tiers(46650,
                                        tier("[99, 99.9)", "10"),
                                        tier("[95, 99)", "25"),
                                        tier("[0, 95)", "50")))
                .edition("flagship", "旗舰版 (Flagship)",
                        metric("availability", "服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.99", 46569)
                                .tiers(46656,
                                        tier("[99, 99.99)", "10"),
                                        tier("[95, 99)", "25"),
                                        tier("[0, 95)", "50")))
                .claim(5, 60, 46610)
                .exclusion("1.3-note", "record-propagation", "The wait for a changed resource address to take effect is normal switching time", 46577)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("Interruptions from system maintenance or upgrades notified in advance"), 46624)
                .exclusion("4.2", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not call the service as specified"), 46626)
                .exclusion("4.3", Clauses.CUSTOMER_FAULT, 46628)
                .exclusion("4.4", Clauses.NOT_TENCENT_CAUSE, 46630)
                .exclusion("4.5", Clauses.LEGAL_EXEMPTION, 46632)
                .note("The plan picks the commitment (2.2): the edition must be given; the Trial plan has no SLA and evaluates to no credit.")
                .note("1.3 (46547) says an outage counts only when it lasts a plan-dependent period, but no plan's period is stated anywhere; "
                        + "the 2.1 note counts any partial minute as a whole one. Reading: no threshold, every outage counts, rounded up.")
                .note("The note under 1.3 (46577), that waiting for a changed address to take effect is not downtime, is kept as an "
                        + "exclusion cited as 1.3-note.")
                .allowanceExample("At 99.99%, a 30-day month allows 43200 - 43195.68 = 4.32 minutes", 46561,
                        "flagship", "availability", YearMonth.of(2024, 4), "4.32")
                .evaluationExample("A fault of 11m01s counts as 12 minutes", 46583, "flagship", "availability", YearMonth.of(2024, 4),
                        Examples.outage("igtm-example", Instant.parse("2024-04-05T02:00:00Z"), Duration.ofSeconds(661)), "12", null, null)
                .build();
    }
}
