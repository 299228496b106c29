package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 边缘计算机器服务等级协议 (Edge Computing Machine), seed 002 line 13875. */
final class Ecm {
    private Ecm() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("ecm", Site.CN, Family.COMPUTE)
                .names("边缘计算机器", "Edge Computing Machine")
                .source(Seeds.CN, 13875, "边缘计算机器服务等级协议")
                .updated("2022-07-15T14:09:21")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.2/1.3 (13892-13898): month minutes x instance count; an outage lasting 5 minutes or longer
                        // counts for its duration.
                        .measuredBy(Rules.fleetIncidentMinutes().ignoringUnder(Duration.ofMinutes(5)).rounding(Rounding.EXACT))
                        .commitment("99.9", 13912)
                        // 3.1 (14007-14011): two rows only.
                        .tiers(14009,
                                tier("[95, 99.9)", "10"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 13947)
                .note(FleetNotes.EDGE_FLEET)
                .note(FleetNotes.EDGE_THRESHOLD)
                .note("Claims need the unavailable instance IDs and proof of the unavailable time (3.3).")
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK, 13967)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 13969)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 13971)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION, 13973)
                .exclusion("4.5", EdgeClauses.ignoredDocs("ECM"), 13975)
                .exclusion("4.6", EdgeClauses.LOCAL_DISK_DATA_LOSS, 13979)
                .exclusion("4.7", Clauses.THIRD_PARTY_SOFTWARE, 13981)
                .exclusion("4.8", EdgeClauses.FORCE_MAJEURE, 13983)
                .exclusion("4.9", Clauses.AGREEMENT_BREACH_SUSPENSION, 13987)
                .exclusion("4.10", EdgeClauses.ROUTINE_MAINTENANCE, 13989)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE, 13991)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 13993);
        return sla.build();
    }
}
