package io.slakit.products.saas;

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

/** 腾讯云区块链服务平台 TBaaS 服务等级协议 (Tencent Blockchain as a Service), seed 002 line 47270. */
final class Tbaas {
    private Tbaas() {
    }

    static SlaDefinition definition() {
        return Sla.define("tbaas", Site.CN, Family.SAAS)
                .names("区块链服务平台 TBaaS", "Tencent Blockchain as a Service")
                .source(Seeds.CN, 47270, "腾讯云区块链服务平台 TBaaS 服务等级协议")
                .updated("2023-10-13T16:38:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (47301-47305): resolved - started; at most 1 minute is not counted; partial minutes round up (1m01s -> 2).
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.9", 47313)
                        .tiers(47402,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 47350)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded(
                        "System maintenance or unavailability warnings notified in advance (cutover, upgrade, failure drills): planned downtime"), 47372)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Failures caused by networks, equipment or configuration that are not Tencent Cloud's facilities"), 47374)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded(
                        "The user's application interfaces or data are attacked, or other improper behaviour"), 47376)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS.worded(
                        "Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 47378)
                .exclusion("4.5", "overload-or-block-replay",
                        "Slow responses or apparent hangs of a blockchain instance under extreme load, and time spent replaying blocks (redo or recovery)", 47380)
                .exclusion("4.6", Clauses.CUSTOMER_OPERATION.worded(
                        "The user's negligent authorisation or wrong operation, the user's own equipment, or third-party software or equipment"), 47382)
                .exclusion("4.7", Clauses.FORCE_MAJEURE, 47384)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE.worded(
                        "Unavailability or missed standards not caused by Tencent Cloud"), 47386)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 47388)
                .note("1.3 (47297) defines unavailability as a non-redundant hardware failure needing downtime for maintenance; "
                        + "1.4 (47299) counts the time from failure to recovery including maintenance time. Incidents given to the "
                        + "evaluation are taken to be such failures.")
                .note("The credit basis (1.6, 47309) is the fee actually consumed in the month, excluding what was bought but not yet consumed; "
                        + "the cap (3.1(2), 47346) is that month's fee excluding vouchers, coupons and fee reductions.")
                .note("The liability cap (5.1, 47390) is the total fee paid for the breached service.")
                .build();
    }
}
