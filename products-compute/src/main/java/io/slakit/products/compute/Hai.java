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

/** 高性能应用服务 HAI 服务等级协议 (Hyper Application Inventor), seed 002 line 2335. */
final class Hai {
    private Hai() {
    }

    static SlaDefinition definition() {
        return Sla.define("hai", Site.CN, Family.COMPUTE)
                .names("高性能应用服务 HAI", "Hyper Application Inventor")
                .source(Seeds.CN, 2335, "高性能应用服务 HAI 服务等级协议")
                .liabilityCapOverMonths(12, 2465)
                .updated("2024-08-09T17:33:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4/1.5 (2358-2366): at most 5 minutes is not counted; 5m01s counts 6 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99.95", 2382)
                        .tiers(2485,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 2419)
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK, 2433)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 2435)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 2437)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION, 2439)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation (shutdown, restart, reset the application via console/API)"), 2441)
                .exclusion("4.6", "local-disk-data-loss", "Unavailability from relying on local-disk data as a boot dependency; local disks are wiped on a crash", 2445)
                .exclusion("4.7", "redundant-hardware-single-fault", "A single fault of redundant hardware that did not affect the business", 2447)
                .exclusion("4.8", Clauses.THIRD_PARTY_SOFTWARE, 2449)
                .exclusion("4.9", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 2451)
                .exclusion("4.10", Clauses.AGREEMENT_BREACH_SUSPENSION, 2455)
                .exclusion("4.11", Clauses.ROUTINE_MAINTENANCE.worded("Brief interruptions from normal maintenance and upgrades described in the service agreement"), 2457)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE, 2459)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 2461)
                .note("Instances and features in internal test are not covered (preamble, 2342).")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes of downtime", 2384,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("One outage of 5m01s counts as 6 minutes", 2364, null, "availability", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("hai-example", Duration.ofSeconds(301)), "6", null, null)
                .build();
    }
}
