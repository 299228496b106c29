package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云托管服务等级协议 (Tencent CloudBase Run), seed 002 line 37903. */
final class Tcbr {
    private Tcbr() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tcbr", Site.CN, Family.COMPUTE)
                .names("云托管", "Tencent CloudBase Run")
                .source(Seeds.CN, 37903, "云托管服务等级协议")
                .updated("2021-01-29T14:17:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (37934-37938): a minute counts only when every API or console attempt in it failed; any success
                        // makes the whole minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 37944)
                        // The table rows are displaced past section 5 (38030-38034).
                        .tiers(38030,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 37980)
                .note("Credits apply only to customers who bought the service and incurred fees (3.1, 37946); a claim also requires the "
                        + "environment to be running normally when it is filed (3.2, 37986).")
                .exclusion("4.1", CloudBaseClauses.MAINTENANCE, 37994)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 37996)
                .exclusion("4.3", CloudBaseClauses.ATTACKED, 37998)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 38000)
                .exclusion("4.5", CloudBaseClauses.OPERATION, 38002)
                .exclusion("4.6", CloudBaseClauses.IGNORED_DOCS, 38004)
                .exclusion("4.7", CloudBaseClauses.PLAN_CAPACITY_EXCEEDED, 38006)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, 38008)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 38010)
                .exclusion("4.10", "open-source-defect", "Problems of open-source parts (Kubernetes, Docker, the OS kernel)", 38012)
                .exclusion("4.11", "other-cloud-product", "Problems of other cloud products (CLB API errors, VPC quotas or sold-out resources)", 38014);
        return sla.build();
    }
}
