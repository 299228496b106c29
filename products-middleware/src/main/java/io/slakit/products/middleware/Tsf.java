package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.CompositeMinutes;
import io.slakit.core.rules.Rules;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.core.rules.Signals.all;
import static io.slakit.core.rules.Signals.signal;

/**
 * 腾讯微服务平台服务等级协议 (Tencent Service Framework), seed 002 line 4982: a minute is down only when every node fails to
 * reach the registry AND, as a result, all online business is down.
 */
final class Tsf {
    private Tsf() {
    }

    /** 1.3 (5009-5011): both conditions together, whole minutes only. */
    static CompositeMinutes rule() {
        return Rules.compositeMinutes(all(signal("registry"), signal("business"))).roundingDown();
    }

    static SlaDefinition definition() {
        return Sla.define("tsf", Site.CN, Family.MIDDLEWARE)
                .names("腾讯微服务平台", "Tencent Service Framework (TSF)")
                .source(Seeds.CN, 4982, "腾讯微服务平台服务等级协议")
                .updated("2020-05-21T10:45:56")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(rule())
                        .commitment("99.90", 5017)
                        .tiers(5051,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 5055)
                .note("Input (1.3, 5009-5011): give the provider's outages as incidents on two signals: \"registry\" while every one of "
                        + "the customer's nodes fails in its continued attempts to connect to the TSF registry, and \"business\" while, "
                        + "as a result, all of the customer's online business on TSF cannot run. Only the time both hold counts.")
                .note("Reading (5009-5011): \"在连续的1分钟内 ... 这1分钟计为服务不可用时间，低于1分钟的不计入\": a minute counts when both "
                        + "conditions hold throughout it, and time short of a minute is not counted, so a joint stretch counts its whole "
                        + "minutes (partial minutes dropped: 2m59s counts 2). Incidents on whole Beijing-time minutes give the count exactly.")
                .note("The tier rows [95, 99) 25% and [0, 95) 100% are displaced to 5123-5125, after section 5; they are read with the "
                        + "table's first row (5051).")
                .note("Preamble (4991): unless agreed otherwise the SLA does not apply to features in internal testing. 5.4 (5119-5121): "
                        + "the SLA applies only to TSF used online through Tencent Cloud's website; private deployments and other forms "
                        + "have their standards agreed separately. Neither removes time from a covered month, so neither is a clause.")
                .note("3.1 (2) (5025-5027): the voucher is capped at the month's fee, excluding voucher, coupon, discount or fee-waiver "
                        + "deductions. 5.1 (5107): total liability is at most the fees paid for the service concerned.")
                .exclusion("4.1", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not develop its applications by the development "
                        + "norms or usage advice in the documentation"), 5069)
                .exclusion("4.2", Clauses.CUSTOMER_FAULT.worded("The customer's own services on the platform failed"), 5071)
                .exclusion("4.3", Clauses.ANNOUNCED_MAINTENANCE, 5073)
                .exclusion("4.4", Clauses.THIRD_PARTY_NETWORK, 5075)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS, 5077)
                .exclusion("4.6", Clauses.NOT_TENCENT_CAUSE.worded("Causes not Tencent Cloud's, or other force majeure"), 5079)
                .exclusion("4.7", Clauses.CUSTOMER_APP_ATTACKED, 5081)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, 5083)
                .exclusion("4.9", "customer-own-judgement", "The customer's own judgement and operations: compatibility with its "
                        + "architecture, its business logic, health checks and log collection, fees and terms of other products, the "
                        + "upper-layer applications it builds; unavailability caused by peripheral products (CVM, VPC, TKE, API Gateway) "
                        + "falls under their SLAs and is not TSF's unavailable time", 5085)
                .note("4.9 (5085-5105) lists its cases (1)-(5): compatibility (5091), the customer's own operations (5093), other "
                        + "products' fees and terms (5095), peripheral products under their own SLAs, not counted as TSF's unavailable "
                        + "time (5099-5101), the customer's own code and applications (5103). Attribute such time to 4.9.")
                .build();
    }
}
