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

/** 边缘可用区服务等级协议 (TencentCloud Edge Zone), seed 002 line 14023. */
final class Tez {
    private Tez() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tez", Site.CN, Family.COMPUTE)
                .names("边缘可用区", "TencentCloud Edge Zone")
                .source(Seeds.CN, 14023, "边缘可用区服务等级协议")
                .liabilityCapOverMonths(12, 14148)
                .updated("2024-03-04T11:14:01")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.2/1.3 (14040-14046) and 2.1 (14058): month minutes x instance count, against the sum of
                        // every instance's unavailable minutes; an outage of 5 minutes or longer counts for its duration.
                        .measuredBy(Rules.fleetIncidentMinutes().ignoringUnder(Duration.ofMinutes(5)).rounding(Rounding.EXACT))
                        .commitment("99.9", 14060)
                        // 3.1: the header is at 14094, the two rows are displaced past section 5 (14160-14162).
                        .tiers(14160,
                                tier("[95, 99.9)", "10"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 14098)
                .note(FleetNotes.EDGE_FLEET)
                .note(FleetNotes.EDGE_THRESHOLD)
                .note("Claims need the unavailable instance IDs and proof of the unavailable time (3.3).")
                .exclusion("4.1", Clauses.THIRD_PARTY_NETWORK, 14118)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 14120)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 14122)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION, 14124)
                .exclusion("4.5", EdgeClauses.ignoredDocs("TEZ"), 14126)
                .exclusion("4.6", EdgeClauses.LOCAL_DISK_DATA_LOSS, 14130)
                .exclusion("4.7", Clauses.THIRD_PARTY_SOFTWARE, 14132)
                .exclusion("4.8", EdgeClauses.FORCE_MAJEURE, 14134)
                .exclusion("4.9", Clauses.AGREEMENT_BREACH_SUSPENSION, 14138)
                .exclusion("4.10", EdgeClauses.ROUTINE_MAINTENANCE, 14140)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE, 14142)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 14144);
        return sla.build();
    }
}
