package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

/** 批量计算服务服务等级协议 (BatchCompute), seed 002 line 2609: no SLA. */
final class Batch {
    private Batch() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("batch", Site.CN, Family.COMPUTE)
                .names("批量计算", "BatchCompute")
                .source(Seeds.CN, 2609, "批量计算服务服务等级协议")
                .liabilityCapOverMonths(12, 2704)
                .updated("2025-06-26T14:56:52")
                .effective("2025-07-01", 2686)
                .note("The text states that no SLA applies (2, 2636-2638): the service is free and makes no availability or success-rate "
                        + "commitment. The CVM instances it creates are billed and covered by the CVM SLA (1.2, 2632-2634).")
                .note("The exclusion clauses (3.1-3.13) are listed as written, although with no commitment they remove nothing.")
                .exclusion("3.1", FreePlatformClauses.NETWORK, 2642)
                .exclusion("3.2", Clauses.CUSTOMER_APP_ATTACKED, 2644)
                .exclusion("3.3", Clauses.CUSTOMER_CREDENTIALS, 2646)
                .exclusion("3.4", Clauses.CUSTOMER_OPERATION, 2648)
                .exclusion("3.5", FreePlatformClauses.IGNORED_DOCS, 2650)
                .exclusion("3.6", Clauses.THIRD_PARTY_SOFTWARE, 2652)
                .exclusion("3.7", FreePlatformClauses.FORCE_MAJEURE, 2654)
                .exclusion("3.8", FreePlatformClauses.TELECOM_OR_PUBLIC_NETWORK, 2660)
                .exclusion("3.9", Clauses.NON_PAYMENT_SUSPENSION, 2670)
                .exclusion("3.10", FreePlatformClauses.BREACH_SUSPENSION, 2672)
                .exclusion("3.11", FreePlatformClauses.ROUTINE_MAINTENANCE, 2674)
                .exclusion("3.12", Clauses.NOT_TENCENT_CAUSE, 2676)
                .exclusion("3.13", FreePlatformClauses.LEGAL_EXEMPTION, 2678);
        return sla.build();
    }
}
