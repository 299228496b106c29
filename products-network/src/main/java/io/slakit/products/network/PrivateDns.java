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

/** 私有域解析 Private DNS 服务等级协议 (Private DNS), seed 002 line 46392. */
final class PrivateDns {
    private PrivateDns() {
    }

    static SlaDefinition definition() {
        return Sla.define("privatedns", Site.CN, Family.NETWORK)
                .names("私有域解析 Private DNS", "Private DNS")
                .source(Seeds.CN, 46392, "私有域解析 Private DNS 服务等级协议")
                .updated("2024-06-27T15:53:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 note (46451-46453): fault time = resolved - started, partial minutes count whole (11m01s -> 12).
                        .measuredBy(Rules.incidentMinutes().roundingUp())
                        .commitment("99.99", 46427)
                        // The table's last two rows are displaced by the page break to lines 46505-46507.
                        .tiers(46465,
                                tier("[99.00, 99.99)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 46469)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("Interruptions from system maintenance or upgrades notified in advance"), 46483)
                .exclusion("4.2", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not call the service as specified"), 46485)
                .exclusion("4.3", Clauses.CUSTOMER_FAULT.worded("The user's own network or application failed"), 46487)
                .exclusion("4.4", Clauses.NOT_TENCENT_CAUSE, 46489)
                .exclusion("4.5", Clauses.LEGAL_EXEMPTION, 46491)
                .note("Only the paid service is covered; free private resolution features have no SLA (46409). Credits only for users "
                        + "who incurred fees (46455).")
                .note("No threshold is stated: every outage counts, rounded up to whole minutes.")
                .allowanceExample("A 30-day month at 99.99% allows 43200 - 43195.68 = 4.32 minutes", 46423,
                        "availability", YearMonth.of(2024, 4), "4.32")
                .evaluationExample("A fault of 11m01s counts as 12 minutes", 46451, null, "availability", YearMonth.of(2024, 4),
                        Examples.outage("pdns-example", Instant.parse("2024-04-05T02:00:00Z"), Duration.ofSeconds(661)), "12", null, null)
                .build();
    }
}
