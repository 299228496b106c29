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

/** 云开发网关服务等级协议 (CloudBase gateway), seed 002 line 38041. */
final class TcbGateway {
    private TcbGateway() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tcb-gateway", Site.CN, Family.COMPUTE)
                .names("云开发网关", "Tencent CloudBase Gateway")
                .source(Seeds.CN, 38041, "云开发网关服务等级协议")
                .updated("2022-07-06T15:03:14")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.3/2.4 (38072-38078): with the backends healthy, a minute in which every request through the gateway
                        // failed (100% failure) is unavailable; per account.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 38070)
                        // The table rows are displaced past section 5 (38173-38177).
                        .tiers(38173,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 38117)
                .note("Minutes are summed per account (2.4) and the fee is the account's cash fee for the service (1.3): one resource "
                        + "stands for the account. Minutes in which the backends themselves were unhealthy are not the gateway's "
                        + "unavailability; leave them out of the failed counts.")
                .note("Claims need the unavailability events and times, the affected services and request logs showing the outage (3.3).")
                .exclusion("4.1", CloudBaseClauses.MAINTENANCE, 38139)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 38141)
                .exclusion("4.3", CloudBaseClauses.ATTACKED, 38143)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 38145)
                .exclusion("4.5", CloudBaseClauses.OPERATION, 38147)
                .exclusion("4.6", CloudBaseClauses.IGNORED_DOCS, 38149)
                .exclusion("4.7", CloudBaseClauses.PLAN_CAPACITY_EXCEEDED, 38151)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, 38153)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 38155);
        return sla.build();
    }
}
