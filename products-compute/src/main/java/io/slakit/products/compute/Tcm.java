package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 服务网格服务等级协议 (Tencent Cloud Mesh), seed 002 line 5510. */
final class Tcm {
    private Tcm() {
    }

    static SlaDefinition definition() {
        return Sla.define("tcm", Site.CN, Family.COMPUTE)
                .names("服务网格", "Tencent Cloud Mesh")
                .source(Seeds.CN, 5510, "服务网格服务等级协议")
                .updated("2023-10-11T10:58:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (5541-5543): a minute in which no mesh governance policy can be pushed to the application side.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 5549)
                        // The table rows are displaced past section 6 (5646-5650).
                        .tiers(5646,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 5588)
                .exclusion("4", "other-tencent-product", "Failures of other Tencent Cloud products used with the mesh (TKE, APM, CLS, monitoring) "
                        + "are not the mesh's unavailability; claim under those products' terms", 5602)
                .exclusion("5.1", Clauses.ANNOUNCED_MAINTENANCE, 5618)
                .exclusion("5.2", Clauses.THIRD_PARTY_NETWORK, 5620)
                .exclusion("5.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or misconduct against the customer's interfaces or data despite reasonable protection"), 5622)
                .exclusion("5.4", Clauses.CUSTOMER_CREDENTIALS, 5624)
                .exclusion("5.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software"), 5626)
                .exclusion("5.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation or advice"), 5628)
                .exclusion("5.7", Clauses.NOT_TENCENT_CAUSE, 5630)
                .exclusion("5.8", Clauses.LEGAL_EXEMPTION, 5632)
                .note("A minute counts when every push of governance policies in it failed (1.4): input is one 1-minute window per minute "
                        + "with the push attempts and the failed ones. No threshold: a single such minute counts.")
                .note("Features in internal test are not covered (preamble, 5515-5517).")
                .build();
    }
}
