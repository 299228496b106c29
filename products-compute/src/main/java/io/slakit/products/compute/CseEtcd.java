package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云原生 etcd 服务等级协议 (Cloud Service for etcd), seed 002 line 3302. */
final class CseEtcd {
    private CseEtcd() {
    }

    static SlaDefinition definition() {
        return Sla.define("cse-etcd", Site.CN, Family.COMPUTE)
                .names("云原生 etcd", "Cloud Service for etcd")
                .source(Seeds.CN, 3302, "云原生 etcd 服务等级协议")
                .updated("2022-05-16T14:47:00")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (3335-3337): a minute in which every connection or read/write attempt to the instance failed.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 3355)
                        .tiers(3381,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 3371)
                .exclusion("4.1", "announced-maintenance", "System maintenance notified in advance (cutover, repair, upgrade, failure drills)", 3401)
                .exclusion("4.2", "third-party-network", "Network or equipment failure or configuration change outside Tencent Cloud's equipment", 3403)
                .exclusion("4.3", "customer-app-attacked", "Attacks or misconduct against the customer's interfaces or data despite reasonable protection", 3405)
                .exclusion("4.4", "customer-credentials", "Data, passwords or keys lost or leaked through the customer's maintenance or confidentiality", 3407)
                .exclusion("4.5", "customer-operation", "The customer's negligent authorisation, wrong operations, own devices or third-party software", 3409)
                .exclusion("4.6", "customer-ignored-docs", "The customer did not follow the documentation or advice", 3411)
                .exclusion("4.7", "not-tencent-cause", "Unavailability not caused by Tencent Cloud", 3413)
                .exclusion("4.8", "customer-ignored-advice", "The customer did not change its use of the service as Tencent Cloud advised", 3415)
                .exclusion("4.9", "instance-restart", "Time spent restarting or force-restarting an instance during operations", 3417)
                .exclusion("4.10", "legal-exemption", "Exemptions under laws, agreements or rules Tencent Cloud publishes", 3419)
                .note("The text states no effective date; the last-updated day 2022-05-16 stands in.")
                .note("Minutes are counted per account (1.4) and the fee is the account's cash fee for the service (1.5): one resource "
                        + "stands for the account, with one 1-minute window per minute of probing its etcd instance(s).")
                .note("No threshold: any single minute in which every attempt failed counts (1.3).")
                .build();
    }
}
