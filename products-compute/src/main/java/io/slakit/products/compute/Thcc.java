package io.slakit.products.compute;

import io.slakit.api.Attribution;
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
import static io.slakit.products.compute.ExcessMinuteMultipleCredit.multiple;

/** 高性能计算集群服务等级协议 (Tencent High-Performance Computing Cluster), seed 002 line 2144. */
final class Thcc {
    private Thcc() {
    }

    static SlaDefinition definition() {
        return Sla.define("thcc", Site.CN, Family.COMPUTE)
                .names("高性能计算集群", "Tencent High-Performance Computing Cluster")
                .source(Seeds.CN, 2144, "高性能计算集群服务等级协议")
                .updated("2024-02-01T14:11:31")
                .effective("2024-02-01", 2193)
                .metric(metric("availability", "服务可用性")
                        // 1.4-1.7 (2169-2183): all nodes' downtime against all nodes' minutes; at most 5 minutes
                        // is not counted; 5m01s counts 6 minutes.
                        .measuredBy(Rules.fleetIncidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99.9", 2222)
                        // 3.1 (2280-2286): a multiple of the unavailable minutes beyond the standard, not a percent.
                        .credit(ExcessMinuteMultipleCredit.of(
                                multiple("[99, 99.9)", "2"),
                                multiple("[95, 99)", "5"),
                                multiple("[0, 95)", "10")), 2282))
                .claim(5, 60, 2238)
                .exclusion("4", "gpu-fault-retained", "A GPU instance (HCCPNV4h ... HCCPNV5x) with an unrecoverable hardware fault the customer keeps after notice", 2250)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK, 2262)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 2264)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 2266)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 2268)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation (stop, restart, detach disks via console/API/CLI)"), 2293)
                .exclusion("5.6", "local-disk-data-loss", "Unavailability from relying on local-disk data as a boot dependency; local disks are wiped on a crash", 2297)
                .exclusion("5.7", "redundant-hardware-single-fault", "A single fault of redundant hardware that did not affect the business (one bonded NIC, one disk of a redundant group)", 2299)
                .exclusion("5.8", Clauses.THIRD_PARTY_SOFTWARE, 2301)
                .exclusion("5.9", "expired-hardware-not-upgraded", "Hardware faults of physical servers past their maintenance period the customer chose not to upgrade", 2303)
                .exclusion("5.10", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 2305)
                .exclusion("5.11", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of the service agreement (spot instance outbid, arrears)"), 2309)
                .exclusion("5.12", Clauses.ROUTINE_MAINTENANCE.worded("Routine maintenance as described in the service agreement 3.4.1"), 2313)
                .exclusion("5.13", Clauses.NOT_TENCENT_CAUSE, 2315)
                .exclusion("5.14", Clauses.LEGAL_EXEMPTION, 2317)
                .note("Availability is per account (1.4, 1.7): one resource stands for all the account's THCC nodes, units = the number of "
                        + "nodes, and each incident's scope names the node it hit.")
                .note("The credit (3.1) is 2x, 5x or 10x the unavailable minutes beyond the standard. The text does not say how minutes "
                        + "become a voucher; the reading chosen values one minute at the month's fee / (nodes x month minutes), so the "
                        + "voucher is fee x multiple x (counted minutes - allowed minutes) / (nodes x month minutes), capped at the fee.")
                .note("Clause 4 (2250-2258): a GPU instance with an unrecoverable hardware fault that the customer keeps after notice is "
                        + "outside the SLA; its time is attributed to the code gpu-fault-retained.")
                .note("The credit basis: the text defines the monthly fee per instance (1.9) but measures the account; the reading chosen "
                        + "is the account's whole THCC fee for the month, given as the resource's fee.")
                .evaluationExample("100 instances in a 30-day month at 99.9%: 4320000 - 4315680 = 4320 minutes (72 hours) of downtime "
                                + "are allowed; exactly 4320 minutes down meets the commitment", 2224, null, "availability",
                        YearMonth.of(2024, 4), hundredNodesDown(3), "4320", "99.9", null)
                .note("Instances and features in internal test are not covered (preamble, 2151).")
                .build();
    }

    /** 100 nodes; {@code nodes} of them each down one whole day (1440 minutes each). */
    static ResourceMonth hundredNodesDown(int nodes) {
        ResourceMonth.Builder builder = ResourceMonth.builder("account-example", Money.of("100000.00", "CNY")).units(100);
        Instant day = Instant.parse("2024-04-09T16:00:00Z");
        for (int node = 1; node <= nodes; node++) {
            builder.incident(new Incident(day, day.plus(Duration.ofDays(1)), "node-" + node, Attribution.provider()));
        }
        return builder.build();
    }
}
