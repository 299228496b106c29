package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
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

/** 云桌面服务等级协议 (Cloud Virtual Desktop), seed 002 line 15190. */
final class Cvd {
    private Cvd() {
    }

    static SlaDefinition definition() {
        return Sla.define("cvd", Site.CN, Family.COMPUTE)
                .names("云桌面", "Cloud Virtual Desktop")
                .source(Seeds.CN, 15190, "云桌面服务等级协议")
                .updated("2023-07-04T16:46:32")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4/1.5 (15215-15221): at most 5 minutes is not counted; 5m01s counts 6 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99", 15235)
                        .tiers(15339,
                                tier("[97, 99)", "5"),
                                tier("[95, 97)", "10"),
                                tier("[0, 95)", "20")))
                .claim(5, 60, 15277)
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK, 15291)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 15293)
                .exclusion("4.3", "customer-terminal-network", "Unstable networks of the customer's terminals (jitter, disconnection, weak signal)", 15295)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 15297)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION, 15299)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation (shutdown, restart, reset via console/API)"), 15301)
                .exclusion("4.7", Clauses.THIRD_PARTY_SOFTWARE, 15305)
                .exclusion("4.8", "software-not-activated", "Software in the desktop not activated, or the customer's own poor maintenance", 15307)
                .exclusion("4.9", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 15309)
                .exclusion("4.10", Clauses.AGREEMENT_BREACH_SUSPENSION, 15313)
                .exclusion("4.11", Clauses.ANNOUNCED_MAINTENANCE.worded("Planned downtime notified in advance (cutover, upgrade, failure drills)"), 15315)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE, 15317)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 15319)
                .exclusion("4.14", "other-force-majeure", "Other force majeure (repeats 4.9 in general terms)", 15321)
                .note("An instance is unavailable when it cannot be reached by any means for more than 5 minutes (1.4).")
                .allowanceExample("A 30-day month at 99% allows 43200 - 42768 = 432 minutes of downtime", 15237,
                        "availability", YearMonth.of(2024, 4), "432")
                .evaluationExample("One outage of 5m01s counts as 6 minutes", 15221, null, "availability", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("desktop-example", Duration.ofSeconds(301)), "6", null, null)
                .build();
    }
}
