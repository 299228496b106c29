package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

/** 高性能计算平台服务服务等级协议 (Tencent HPC platform service, THPC), seed 002 line 2498: no SLA. */
final class Thpc {
    private Thpc() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("thpc", Site.CN, Family.COMPUTE)
                .names("高性能计算平台服务", "Tencent High Performance Computing platform")
                .source(Seeds.CN, 2498, "高性能计算平台服务服务等级协议")
                .updated("2025-06-26T14:46:52")
                .effective("2025-07-01", 2575)
                .note("The text states that no SLA applies (2, 2525-2527): the platform is free and makes no availability or success-rate "
                        + "commitment. The CVM instances it creates are billed and covered by the CVM SLA (1.2, 2521-2523).")
                .note("The exclusion clauses (3.1-3.13) are listed as written, although with no commitment they remove nothing.");
        FreePlatformClauses.add(sla, "3", 2531, 2533, 2535, 2537, 2539, 2541, 2543, 2549, 2559, 2561, 2563, 2565, 2567);
        return sla.build();
    }
}
