package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 混沌演练平台服务等级协议 (Chaos Fault Generator), seed 002 line 42569. */
final class Cfg {
    private Cfg() {
    }

    static SlaDefinition definition() {
        return Sla.define("cfg", Site.CN, Family.OBSERVABILITY)
                .names("混沌演练平台", "Chaos Fault Generator")
                .source(Seeds.CN, 42569, "混沌演练平台服务等级协议")
                .updated("2024-03-29T17:35:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (42596-42598, 42626-42628): unavailable for a period of 1 minute or more in which, through the
                        // platform's own fault, business requests cannot reach the business servers or they return 4xx/5xx;
                        // under 1 minute (59 s) is not unavailable. 1.5 (42600-42604): partial minutes count 1 minute.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.95", 42612)
                        .tiers(42688,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 42652)
                .exclusion("4.1", "drill-fault-injection", "Drills inject real faults: the customer's business unusable while a fault drill "
                        + "of this service runs", 42666)
                .exclusion("4.2", "custom-drill-action", "The customer's business unusable during a drill with a fault action the customer defined", 42668)
                .exclusion("4.3", "drill-without-rollback", "The customer ran a drill action the service warned has no matching recovery or "
                        + "rollback action", 42670)
                .exclusion("4.4", Clauses.NOT_TENCENT_CAUSE, 42672)
                .exclusion("4.5", Clauses.LEGAL_EXEMPTION, 42674)
                .note("1.4 (42596): a fault counts from 1 minute (\"持续的 1 分钟及以上\"): exactly 1 minute counts, 59 s does not (42598).")
                .note("1.6 (42606): the month's unavailable minutes come from the platform's back-end logs.")
                .note("3.1(2) (42648-42650): the voucher is capped at the cash actually paid for the service that month, excluding "
                        + "voucher, coupon or fee-waiver deductions. The text has no liability clause of its own; the Tencent Cloud "
                        + "service agreement applies (5.2, 42680).")
                .evaluationExample("Unusable from 14:01:01 to 15:01:29 on 10 January: 60 min 28 s counts 61 minutes", 42600, null,
                        "availability", YearMonth.of(2024, 1),
                        ObservabilityTerms.outage("2024-01-10T14:01:01", "2024-01-10T15:01:29"), "61", null, "10")
                .evaluationExample("Three outages of 10, 20 and 30 minutes: 60 unavailable minutes in the month", 42606, null,
                        "availability", YearMonth.of(2024, 4), ObservabilityTerms.outagesOfMinutes(YearMonth.of(2024, 4), 10, 20, 30),
                        "60", null, "10")
                .evaluationExample("Unusable for 59 seconds: not unavailable", 42598, null, "availability", YearMonth.of(2024, 4),
                        ObservabilityTerms.outage("2024-04-05T10:00:00", "2024-04-05T10:00:59"), "0", "100", "0")
                .build();
    }
}
