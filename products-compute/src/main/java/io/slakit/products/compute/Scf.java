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

/** 云函数服务等级协议 (Serverless Cloud Function), seed 002 line 3777. */
final class Scf {
    private Scf() {
    }

    static SlaDefinition definition() {
        return Sla.define("scf", Site.CN, Family.COMPUTE)
                .names("云函数", "Serverless Cloud Function")
                .source(Seeds.CN, 3777, "云函数服务等级协议")
                .updated("2020-08-10T16:11:19")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3-1.5 (3800-3804): a 5-minute window whose error rate is above 5% is unavailable; errors are
                        // InvokeResult -1 and HTTP 5xx.
                        .measuredBy(Rules.errorRateAbove("5", Duration.ofMinutes(5)))
                        .commitment("99.95", 3808)
                        // The table's last two rows are displaced past section 5 (3898-3900).
                        .tiers(3844,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 3848)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance"), 3870)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 3872)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or misconduct against the customer's interfaces or data"), 3874)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 3876)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent mistakes or operations the customer authorised"), 3878)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation or advice"), 3880)
                .exclusion("4.7", Clauses.NOT_TENCENT_CAUSE, 3882)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, 3884)
                .note("Error rate = failed requests / valid requests in the window (1.4); a window with no requests is not unavailable. "
                        + "Exactly 5% is not \"超过5%\" and is available.")
                .note("Claims need the unavailability events and times, the affected functions and request logs showing the outage (3.3).")
                .build();
    }
}
