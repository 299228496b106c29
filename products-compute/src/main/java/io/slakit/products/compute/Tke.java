package io.slakit.products.compute;

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

/** 容器服务服务等级协议 (Tencent Kubernetes Engine), seed 002 line 2725. */
final class Tke {
    private Tke() {
    }

    static SlaDefinition definition() {
        return Sla.define("tke", Site.CN, Family.COMPUTE)
                .names("容器服务", "Tencent Kubernetes Engine")
                .source(Seeds.CN, 2725, "容器服务服务等级协议")
                .liabilityCapOverMonths(12, 2942)
                .updated("2023-12-26T15:54:12")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (2760-2764): a minute in which every attempt to use the cluster's Kubernetes API server
                        // failed is unusable; only runs of more than 5 such minutes count.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)).countingRunsOfAtLeast(6))
                        .commitment("99.95", 2842)
                        .tiers(2954,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .metric(durability("durability-object", "数据存储持久性（对象存储）", "99.9999999999", 2790))
                .metric(durability("durability-block", "数据存储持久性（块存储）", "99.9999999", 2792))
                .metric(durability("durability-file", "数据存储持久性（文件存储）", "99.9999999", 2794))
                .claim(5, 60, 2888)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 2902)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 2904)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or misconduct against the customer's interfaces or data despite reasonable measures"), 2906)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 2908)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software "
                        + "(deleting clusters, upgrading versions, disabling security groups, misconfiguring VPC)"), 2910)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation or advice"), 2914)
                .exclusion("4.7", Clauses.NOT_TENCENT_CAUSE, 2916)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, 2918)
                .exclusion("4.9", "free-cluster", "Clusters free of service fees are not covered", 2920)
                .exclusion("4(2)", "open-source-defect", "OS and kernel defects caused by third-party open-source software, for which no availability is promised", 2928)
                .note("1.4 counts runs of unusable minutes \"连续超过5分钟\" and ignores those \"低于5分钟\": exactly 5 minutes is covered by "
                        + "neither. The reading chosen follows \"超过\": a run counts only from 6 consecutive unusable minutes, and then wholly.")
                .note("Input: one resource per cluster, with one 1-minute window per minute of probing (total attempts, failed attempts).")
                .note("The credit basis is the service fee of 1.2 (managed-cluster control plane and software fees), excluding super nodes, "
                        + "native nodes, TCR and peripheral products (CVM, CLB, CBS).")
                .note("Durability (1.7) depends on the storage type used and is stated without any credit.")
                .note("Alpha features are not covered (preamble, 2730), nor are super nodes, native nodes and TCR, which have SLAs of their own (2732).")
                .note("The list after 4.9 (2922-2938): item (2) (2928) promises no availability for OS and kernel defects caused by "
                        + "third-party open-source software and is coded open-source-defect; items (1) and (3) (2926, 2930) make fit and the "
                        + "customer's own configuration the customer's responsibility, as 4.5 and 4.6 do; items (4) and (5) (2932, 2936) leave "
                        + "peripheral products (CVM, CLB, CBS) to their own SLAs, outside the credit basis (1.2).")
                .build();
    }

    static io.slakit.core.dsl.MetricSpec durability(String id, String name, String percent, int line) {
        return metric(id, name)
                .measuredBy(Rules.durability())
                .commitment(percent, line)
                .noCredit("the text states the storage type's durability without any credit");
    }
}
