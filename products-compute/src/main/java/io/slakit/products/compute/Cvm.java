package io.slakit.products.compute;

import io.slakit.api.CapRule;
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

/** 云服务器服务等级协议 (Cloud Virtual Machine), seed 002 line 1285. */
final class Cvm {
    /** The credit basis of the durability metric: the month's CBS disk fee (3.1(4)). */
    static final String CBS_FEE = "cbs";

    private Cvm() {
    }

    static SlaDefinition definition() {
        return Sla.define("cvm", Site.CN, Family.COMPUTE)
                .names("云服务器", "Cloud Virtual Machine")
                .source(Seeds.CN, 1285, "云服务器服务等级协议")
                .updated("2024-01-23T11:49:11")
                .effective("2024-02-01", 1340)
                .metric(metric("single-instance", "单实例服务可用性")
                        // 1.2.3/1.2.4 (1310-1318): at most 1 minute is not counted; 1m01s counts 2 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.975", 1468)
                        .tiers(1512,
                                tier("[99, 99.975)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .metric(metric("multi-az", "单地域多可用区服务可用性")
                        // 1.2.5/1.2.6 (1320-1336): down while all instances of another zone of the region are down.
                        .measuredBy(Rules.multiZoneMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.995", 1474)
                        // The table's last two rows are displaced by the page break to lines 1593-1595.
                        .tiers(1520,
                                tier("[99, 99.995)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .metric(metric("durability", "数据存储持久性 (搭配 CBS)")
                        .measuredBy(Rules.durability().wholeMonthsOnly())
                        .commitment("99.9999999", 1375)
                        // 3.1(4): missing durability earns the whole month's CBS fee.
                        .tiers(1522, tier("[0, 99.9999999)", "100"))
                        .basis(CBS_FEE))
                .combination(CombinationRule.HIGHEST)
                .cap(CapRule.EACH_METRIC_BASIS)
                // 6.1 (1579-1583): after 12 months of use, liability is at most the past 12 months' fees.
                .liabilityCapOverMonths(12, 1581)
                .claim(5, 60, 1527)
                .exclusion("4", "gpu-fault-retained", "A GPU instance (GT4 etc.) with an unrecoverable hardware fault the customer keeps after notice", 1541)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK, 1549)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 1551)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 1553)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 1555)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation (stop, restart, detach disks via console/API/CLI)"), 1557)
                .exclusion("5.6", "local-disk-data-loss", "Unavailability from relying on local-disk data, which may be lost", 1561)
                .exclusion("5.7", Clauses.THIRD_PARTY_SOFTWARE, 1563)
                .exclusion("5.8", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 1565)
                .exclusion("5.9", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of the service agreement (spot instance outbid, arrears)"), 1569)
                .exclusion("5.10", Clauses.ROUTINE_MAINTENANCE.worded("Routine maintenance as described in the service agreement 3.4.1"), 1573)
                .exclusion("5.11", Clauses.NOT_TENCENT_CAUSE, 1575)
                .exclusion("5.12", Clauses.LEGAL_EXEMPTION, 1577)
                .note("Durability (1.3.3) is computed per calendar month; a partial month is no service period for it. The credit is 100% of the month's CBS fee, given as the resource's fee named \"cbs\".")
                .note("3.1(2)/(3) cap each availability credit at the month's fee; 3.1(5) pays only the highest of the single-instance, multi-AZ and durability credits. Each credit is capped at its own basis (the instance fee, or the CBS fee for durability).")
                .note("Multi-AZ (1.2.5) applies only when the customer's instances in the region span at least two zones; the thresholds and rounding are the single-instance ones (1334).")
                .allowanceExample("A 30-day month at 99.975% allows 43200 - 43189.2 = 10.8 minutes of downtime", 1470,
                        "single-instance", YearMonth.of(2024, 4), "10.8")
                .allowanceExample("A 30-day month at 99.995% allows 43200 - 43197.84 = 2.16 minutes of multi-AZ downtime", 1476,
                        "multi-az", YearMonth.of(2024, 4), "2.16")
                .evaluationExample("One outage of 1m01s counts as 2 minutes", 1318, null, "single-instance", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("ins-example", Duration.ofSeconds(61)), "2", null, null)
                .evaluationExample("An outage of at most 1 minute is not counted", 1316, null, "single-instance", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("ins-example", Duration.ofSeconds(60)), "0", null, null)
                .note("Instances and features in internal test are not covered (preamble, 1290-1292).")
                .note("Clause 4 (1539-1545): a GPU instance (GT4 etc.) that the customer keeps after the notice of an unrecoverable "
                        + "hardware fault is billed as usual, its time is not counted as unavailable (1543) and sections 2 and 3 do not apply "
                        + "to it (1545): mark that time with the code gpu-fault-retained.")
                .build();
    }
}
