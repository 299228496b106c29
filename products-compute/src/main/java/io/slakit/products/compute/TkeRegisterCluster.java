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

/** 注册集群服务等级协议 (TKE Register Cluster), seed 002 line 3653: 99.9 % promised, no credit. */
final class TkeRegisterCluster {
    private TkeRegisterCluster() {
    }

    static SlaDefinition definition() {
        return Sla.define("tke-register-cluster", Site.CN, Family.COMPUTE)
                .names("注册集群", "TKE Register Cluster")
                .source(Seeds.CN, 3653, "注册集群服务等级协议")
                .updated("2022-11-15T16:16:49")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (3678-3680): as TKE, runs of more than 5 minutes in which every attempt failed.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)).countingRunsOfAtLeast(6))
                        .commitment("99.9", 3686)
                        .noCredit("the text states 99.9% but defines no compensation (Register Cluster is free, 1.2)"))
                .exclusion("3.1", Clauses.ANNOUNCED_MAINTENANCE, 3690)
                .exclusion("3.2", Clauses.THIRD_PARTY_NETWORK, 3692)
                .exclusion("3.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or misconduct against the customer's interfaces or data despite reasonable measures"), 3694)
                .exclusion("3.4", Clauses.CUSTOMER_CREDENTIALS, 3696)
                .exclusion("3.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software"), 3698)
                .exclusion("3.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation or advice"), 3702)
                .exclusion("3.7", Clauses.NOT_TENCENT_CAUSE, 3704)
                .exclusion("3.8", Clauses.LEGAL_EXEMPTION, 3706)
                .exclusion("3.9", "registered-cluster-fault", "Faults of the registered cluster itself or of other products used with the service", 3708)
                .exclusion("3.10", "not-tencent-cause-repeated", "Unavailability not caused by Tencent Cloud (repeats 3.7 word for word)", 3732)
                .exclusion("3.11", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 3734)
                .exclusion("3(2)", "open-source-defect", "OS and kernel defects caused by third-party open-source software, for which no availability is promised", 3742)
                .note("The text states a 99.9% commitment (2.2) but no compensation scheme and no claim procedure: the service is free (1.2). "
                        + "Availability is reported; no credit is defined.")
                .note("As for TKE, exactly 5 consecutive unusable minutes is covered neither by \"连续超过5分钟\" nor by \"低于5分钟\"; "
                        + "a run counts only from 6 minutes.")
                .note("Clause 3.10 repeats 3.7; it carries its own code so each clause keeps one.")
                .note("The list after 3.11 (3736-3752): item (2) (3742) promises no availability for OS and kernel defects caused by "
                        + "third-party open-source software and is coded open-source-defect; items (1) and (3) (3740, 3744) make fit and the "
                        + "customer's own configuration the customer's responsibility, as 3.5 and 3.6 do; items (4) and (5) (3746, 3750) leave "
                        + "peripheral products (CVM, CLB, CBS) to their own SLAs.")
                .build();
    }
}
