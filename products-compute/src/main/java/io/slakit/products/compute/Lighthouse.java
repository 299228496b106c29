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

/** 轻量应用服务器服务等级协议 (TencentCloud Lighthouse), seed 002 line 1829. */
final class Lighthouse {
    private Lighthouse() {
    }

    static SlaDefinition definition() {
        return Sla.define("lighthouse", Site.CN, Family.COMPUTE)
                .names("轻量应用服务器", "TencentCloud Lighthouse")
                .source(Seeds.CN, 1829, "轻量应用服务器服务等级协议")
                .updated("2023-03-21T17:36:22")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4/1.5 (1852-1860): at most 1 minute is not counted; 1m01s counts 2 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.95", 1874)
                        // The table is displaced past section 5 by the page break (1968-1976).
                        .tiers(1972,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 1916)
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK, 1930)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 1932)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 1934)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION, 1936)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation (shutdown, restart, reset the application via console/API)"), 1938)
                .exclusion("4.6", Clauses.THIRD_PARTY_SOFTWARE, 1942)
                .exclusion("4.7", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 1944)
                .exclusion("4.8", Clauses.AGREEMENT_BREACH_SUSPENSION, 1948)
                .exclusion("4.9", Clauses.ROUTINE_MAINTENANCE.worded("Brief interruptions from normal maintenance and upgrades described in the service agreement"), 1950)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 1952)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 1954)
                .note("Instances and features in internal test are not covered (preamble, 1836).")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes of downtime", 1876,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("One outage of 1m01s counts as 2 minutes", 1860, null, "availability", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("lhins-example", Duration.ofSeconds(61)), "2", null, null)
                .build();
    }
}
