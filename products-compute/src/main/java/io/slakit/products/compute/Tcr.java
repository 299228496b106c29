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

/** 容器镜像服务服务等级协议 (Tencent Container Registry, Enterprise Edition), seed 002 line 3442. */
final class Tcr {
    private Tcr() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tcr", Site.CN, Family.COMPUTE)
                .names("容器镜像服务", "Tencent Container Registry")
                .source(Seeds.CN, 3442, "容器镜像服务服务等级协议")
                .liabilityCapOverMonths(12, 3624)
                .updated("2025-07-02T14:49:02")
                .effective("2025-07-02", 3493)
                .metric(metric("availability", "服务可用性")
                        // 1.5 (3475-3477): a minute counts when internal errors or failed pushes/pulls cover the whole minute.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 3521)
                        // 3.1 (3587-3591): "99.95% > Av >= 90%" and "90% > Av": two rows only.
                        .tiers(3589,
                                tier("[90, 99.95)", "10"),
                                tier("[0, 90)", "25")))
                .claim(5, 60, 3533)
                .exclusion("1.7", "cos-backend-fault", "Faults of the backend COS object storage are compensated under COS only, not by TCR", 3509)
                .exclusion("4", "free-or-beta-use", "Public beta, internal beta, invitation tests, free use or use within a free quota carry no commitment", 3555)
                .note("Only the paid Enterprise Edition (TCR EE) instances are covered (1.2); the free Personal Edition has no SLA.")
                .note("A minute is unavailable when errors cover the whole minute (1.5): modelled as a 1-minute window in which every "
                        + "attempt failed; a minute with some successful request is available.")
                .note("Claims need the fault's date, start and end, screenshots or logs, and account and device details (3.3).")
                .note("1.7's text stands above its heading in the extracted layout (3485-3489): a fault of the backend COS is compensated "
                        + "only under COS and not counted in TCR's credit (cos-backend-fault).")
                .exclusion("5.1", FreePlatformClauses.NETWORK, 3561)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 3563)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 3565)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 3567)
                .exclusion("5.5", FreePlatformClauses.IGNORED_DOCS, 3569)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE, 3571)
                .exclusion("5.7", FreePlatformClauses.FORCE_MAJEURE, 3573)
                .exclusion("5.8", FreePlatformClauses.TELECOM_OR_PUBLIC_NETWORK, 3579)
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION, 3608)
                .exclusion("5.10", FreePlatformClauses.BREACH_SUSPENSION, 3610)
                .exclusion("5.11", FreePlatformClauses.ROUTINE_MAINTENANCE, 3612)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 3614)
                .exclusion("5.13", FreePlatformClauses.LEGAL_EXEMPTION, 3616);
        return sla.build();
    }
}
