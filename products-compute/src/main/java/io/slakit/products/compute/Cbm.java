package io.slakit.products.compute;

import io.slakit.api.CombinationRule;
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

/** 裸金属云服务器服务等级协议 (Cloud Bare Metal), seed 002 line 1607. */
final class Cbm {
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private Cbm() {
    }

    static SlaDefinition definition() {
        return Sla.define("cbm", Site.CN, Family.COMPUTE)
                .names("裸金属云服务器", "Cloud Bare Metal")
                .source(Seeds.CN, 1607, "裸金属云服务器服务等级协议")
                .updated("2022-08-19T11:38:27")
                .effectiveFromUpdatedDate()
                .metric(metric("single-instance", "单实例服务可用性")
                        // 1.4/1.5 (1632-1640): at most 5 minutes is not counted; 5m01s counts 6 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(FIVE_MINUTES).roundingUp())
                        .commitment("99.9", 1706)
                        .tiers(1748,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .metric(metric("multi-az", "单地域多可用区服务可用性")
                        // 1.6/1.7 (1644-1660): down while all the customer's CBM instances of another zone are down.
                        .measuredBy(Rules.multiZoneMinutes().ignoringAtOrUnder(FIVE_MINUTES).roundingUp())
                        .commitment("99.95", 1712)
                        .tiers(1756,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .combination(CombinationRule.HIGHEST)
                .claim(5, 60, 1763)
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK, 1777)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 1779)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 1781)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION, 1783)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation (stop, restart, detach disks via console/API/CLI)"), 1785)
                .exclusion("4.6", "local-disk-data-loss", "Unavailability from relying on local-disk data as a boot dependency; local disks are wiped on a crash", 1789)
                .exclusion("4.7", "redundant-hardware-single-fault", "A single fault of redundant hardware that did not affect the business (one bonded NIC, one disk of a redundant group)", 1791)
                .exclusion("4.8", Clauses.THIRD_PARTY_SOFTWARE, 1793)
                .exclusion("4.9", "expired-hardware-not-upgraded", "Hardware faults of physical servers past their maintenance period the customer chose not to upgrade", 1795)
                .exclusion("4.10", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 1797)
                .exclusion("4.11", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of the service agreement (spot instance outbid, arrears)"), 1801)
                .exclusion("4.12", Clauses.ROUTINE_MAINTENANCE.worded("Routine maintenance as described in the service agreement 3.4.1"), 1805)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 1807)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 1809)
                .note("3.1(2)/(3) cap each credit at the month's fee of the instance; 3.1(4) pays only the higher of the single-instance and multi-AZ credits.")
                .note("Multi-AZ (1.6) applies only when the customer's CBM instances in the region span at least two zones; the thresholds and rounding are the single-instance ones (1656-1660).")
                .note("Instances in internal test are not covered (preamble, 1614).")
                .allowanceExample("A 30-day month at 99.9% allows 43200 - 43156.8 = 43.2 minutes of downtime", 1708,
                        "single-instance", YearMonth.of(2024, 4), "43.2")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes of multi-AZ downtime", 1714,
                        "multi-az", YearMonth.of(2024, 4), "21.6")
                .evaluationExample("One outage of 5m01s counts as 6 minutes", 1638, null, "single-instance", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("cbm-example", Duration.ofSeconds(301)), "6", null, null)
                .evaluationExample("An outage of at most 5 minutes is not counted", 1638, null, "single-instance", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("cbm-example", FIVE_MINUTES), "0", null, null)
                .build();
    }
}
