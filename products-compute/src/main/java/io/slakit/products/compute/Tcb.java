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

/** 云开发服务等级协议 (Tencent CloudBase), seed 002 line 37399. */
final class Tcb {
    private Tcb() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tcb", Site.CN, Family.COMPUTE)
                .names("云开发", "Tencent CloudBase")
                .source(Seeds.CN, 37399, "云开发服务等级协议")
                .updated("2025-06-24T10:28:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3-1.5 (37426-37430): a 1-minute window whose error rate is above 5% is unavailable.
                        .measuredBy(Rules.errorRateAbove("5", Duration.ofMinutes(1)))
                        .commitment("99.95", 37434)
                        // The last two rows are displaced past section 5 (37526-37528).
                        .tiers(37470,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 37474)
                .note("Credits apply only to customers who bought a CloudBase plan and incurred fees (3.1, 37436); a claim also requires "
                        + "the environment to be running normally when it is filed (3.2, 37480).")
                .note("Exactly 5% errors is not \"超过5%\" and the window is available; a window with no requests is available.")
                .note("Claims need the unavailability events and times, the affected services and request logs showing the outage (3.3).")
                .exclusion("4.1", CloudBaseClauses.MAINTENANCE, 37496)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 37498)
                .exclusion("4.3", CloudBaseClauses.ATTACKED, 37500)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 37502)
                .exclusion("4.5", CloudBaseClauses.OPERATION, 37504)
                .exclusion("4.6", CloudBaseClauses.IGNORED_DOCS, 37506)
                .exclusion("4.7", CloudBaseClauses.PLAN_CAPACITY_EXCEEDED, 37508)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, 37510)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 37512);
        return sla.build();
    }
}
