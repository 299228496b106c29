package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.middleware.MiddlewareTerms.oneOutage;

/** API 网关服务等级协议 (API Gateway), seed 002 line 5661: a minute in which every request to one region failed. */
final class Apigw {
    private Apigw() {
    }

    static SlaDefinition definition() {
        return Sla.define("apigw", Site.CN, Family.MIDDLEWARE)
                .names("API 网关", "API Gateway")
                .source(Seeds.CN, 5661, "API 网关服务等级协议")
                .updated("2020-08-10T16:21:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 (5694-5696): a continuous minute in which the customer's requests to one region's gateway
                        // all failed counts; less than 1 minute does not.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.90", 5702)
                        // 3.1: the table sits after section 5 (5814-5820).
                        .tiers(5814,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 5744)
                .exclusion("前言 (内测)", "beta-feature", "Features in internal beta: no availability or quality commitment", 5670)
                .exclusion("1.4 (失败请求)", "not-a-failed-request", "API calls that failed for other reasons than the gateway's own fault (networks, "
                        + "the customer's backend, the customer's configuration errors) are not failed requests", 5690)
                .exclusion("4.1", "customer-dev-or-misoperation", "The customer did not develop by the documented standards or advice, "
                        + "or operated wrongly", 5758)
                .exclusion("4.2", "customer-backend-fault", "The backend service the customer's backend address or path points to was "
                        + "down or unstable", 5760)
                .exclusion("4.3", Clauses.ANNOUNCED_MAINTENANCE, 5762)
                .exclusion("4.4", Clauses.THIRD_PARTY_NETWORK, 5764)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the customer's "
                        + "improper maintenance"), 5766)
                .exclusion("4.6", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability not caused by Tencent Cloud, or other force majeure"), 5768)
                .exclusion("4.7", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interfaces or data are attacked or "
                        + "misused"), 5770)
                .exclusion("4.8", Clauses.CONTENT_VIOLATION.worded("The customer's backend offered pornography, gambling, drugs or "
                        + "other illegal services or information and was shut down"), 5772)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 5774)
                .exclusion("4.10", "customer-judgement-or-peripheral-product", "The customer's own choices and operations "
                        + "(compatibility, health checks, filters), peripheral products (SCF, TSF, CVM, TKE, CLS, domains), certificate, "
                        + "domain or security-group misconfiguration, and use beyond the service's limits", 5776)
                .exclusion("5.4", "private-deployment", "Private or other non-online deployments: their levels are agreed separately", 5810)
                .note("Reading of 1.5 (5694-5696): the input incidents are the spans in which every request the customer made to the "
                        + "gateway in one region failed (request failures counted only when the gateway itself failed, 1.4, 5690-5692); "
                        + "the incident's scope names the region. Spans of several regions merge, so a minute in which two regions fail "
                        + "counts once: the service's unavailable minutes are the minutes in which some region failed. A span under 1 "
                        + "minute is not counted (\"低于1分钟的不计入\"), exactly 1 minute counts; the text gives no rounding beyond that, "
                        + "and the reading chosen rounds partial minutes up, as the family's other texts do.")
                .note("Scope: one resource for the account's API Gateway service, its monthly fee as the basis (3.1(2), 5740-5742).")
                .note("The commitment is written 99.90% (2.2, 5702) and 99.9% in the table: the same number.")
                .note("The gateway's log function (2.2, 5704-5706) is an extra, carries no availability, quality or storage promise "
                        + "and is not covered by this agreement; its failures are not failed requests.")
                .note(MiddlewareTerms.liabilityFeesPaid("5.1", 5798))
                .evaluationExample("59 seconds of failed requests in a region are under 1 minute: not counted", 5694, null,
                        "availability", YearMonth.of(2024, 4), oneOutage(Duration.ofSeconds(59)), "0", null, "0")
                .evaluationExample("Exactly 1 minute of failed requests in a region counts 1 minute", 5694, null,
                        "availability", YearMonth.of(2024, 4), oneOutage(Duration.ofMinutes(1)), "1", null, "0")
                .build();
    }
}
