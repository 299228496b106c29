package io.slakit.products.bigdata;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 流计算 Oceanus 服务等级协议 (seed 002 line 24868): 3-minute units, 99.9 % per cluster, 10 / 20 / 100 %. */
final class Oceanus {
    private Oceanus() {
    }

    static SlaDefinition definition() {
        return Sla.define("oceanus", Site.CN, Family.BIGDATA)
                .names("流计算 Oceanus", "Stream Compute Service Oceanus")
                .source(Seeds.CN, 24868, "流计算 Oceanus 服务等级协议")
                .updated("2023-06-01T14:55:06")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (24891) and 1.5 (24895-24897): a three-minute unit in which every attempt to connect to the specified
                        // cluster failed counts 3 unavailable minutes; a unit with any successful connection is available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(3)))
                        .commitment("99.9", 24905)
                        // 3.1 (24991-24997): the rows are displaced past section 5.
                        .tiers(24993,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 24949)
                .exclusion("4.1", BigdataTerms.BEYOND_REASONABLE_CONTROL.worded("Causes beyond Tencent Cloud's "
                        + "reasonable control: force majeure, Internet access, or factors beyond the service's boundary"), 24957)
                .exclusion("4.2", BigdataTerms.NEGLIGENT_AUTHORISATION, 24959)
                .exclusion("4.3", BigdataTerms.RESOURCES_MISMATCH, 24961)
                .exclusion("4.4", "cluster-practice-ignored", "The customer did not follow the cluster practices of the service's usage guide", 24963)
                .exclusion("4.5", BigdataTerms.UNSUPPORTED_USAGE, 24965)
                .exclusion("4.6", "non-production-nodes", "Node specifications or deployments the customer chose that are not recommended for "
                        + "production (two nodes with split-brain risk, 1-core 2 GB nodes with performance bottlenecks)", 24967)
                .exclusion("4.7", Clauses.ANNOUNCED_MAINTENANCE, 24971)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's usage advice for the service"), 24973)
                .exclusion("4.9", BigdataTerms.NON_RELEASE_VERSION, 24975)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 24977)
                .note("Reading of 1.3/1.5 (24891-24897): the three-minute units are aligned from 00:00:00 (480 a day, 00:00-00:02:59 the "
                        + "first); a unit counts 3 minutes only when every attempt to connect to the cluster in it failed. A failure that "
                        + "straddles two units without filling either is not counted. Windows are given per 3-minute unit.")
                .note("Availability is per specified cluster (1.3, 24891): each cluster is one resource. The monthly fee (1.6, 24899) is "
                        + "the total paid for the service in the month, excluding purchased-but-unconsumed amounts and voucher, coupon or "
                        + "fee-waiver deductions; the text does not split it per cluster. Reading chosen: give as the resource's fee what "
                        + "was paid for that cluster in the month (with one cluster, the whole monthly fee).")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID)
                .build();
    }
}
