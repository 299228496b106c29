package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
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
                .liabilityCapOverMonths(12, 2592)
                .updated("2025-06-26T14:46:52")
                .effective("2025-07-01", 2575)
                .note("The text states that no SLA applies (2, 2525-2527): the platform is free and makes no availability or success-rate "
                        + "commitment. The CVM instances it creates are billed and covered by the CVM SLA (1.2, 2521-2523).")
                .note("The exclusion clauses (3.1-3.13) are listed as written, although with no commitment they remove nothing.")
                .exclusion("3.1", FreePlatformClauses.NETWORK, 2531)
                .exclusion("3.2", Clauses.CUSTOMER_APP_ATTACKED, 2533)
                .exclusion("3.3", Clauses.CUSTOMER_CREDENTIALS, 2535)
                .exclusion("3.4", Clauses.CUSTOMER_OPERATION, 2537)
                .exclusion("3.5", FreePlatformClauses.IGNORED_DOCS, 2539)
                .exclusion("3.6", Clauses.THIRD_PARTY_SOFTWARE, 2541)
                .exclusion("3.7", FreePlatformClauses.FORCE_MAJEURE, 2543)
                .exclusion("3.8", FreePlatformClauses.TELECOM_OR_PUBLIC_NETWORK, 2549)
                .exclusion("3.9", Clauses.NON_PAYMENT_SUSPENSION, 2559)
                .exclusion("3.10", FreePlatformClauses.BREACH_SUSPENSION, 2561)
                .exclusion("3.11", FreePlatformClauses.ROUTINE_MAINTENANCE, 2563)
                .exclusion("3.12", Clauses.NOT_TENCENT_CAUSE, 2565)
                .exclusion("3.13", FreePlatformClauses.LEGAL_EXEMPTION, 2567);
        return sla.build();
    }
}
