package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
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
                .updated("2025-06-26T14:56:52")
                .effective("2025-07-01", 2686)
                .note("The text states that no SLA applies (2, 2636-2638): the service is free and makes no availability or success-rate "
                        + "commitment. The CVM instances it creates are billed and covered by the CVM SLA (1.2, 2632-2634).")
                .note("The exclusion clauses (3.1-3.13) are listed as written, although with no commitment they remove nothing.");
        FreePlatformClauses.add(sla, "3", 2642, 2644, 2646, 2648, 2650, 2652, 2654, 2660, 2670, 2672, 2674, 2676, 2678);
        return sla.build();
    }
}
