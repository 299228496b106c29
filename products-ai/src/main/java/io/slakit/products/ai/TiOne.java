package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云 TI-ONE 训练平台服务等级协议 (TI-ONE training platform), seed 002 line 35779. */
final class TiOne {
    private TiOne() {
    }

    static SlaDefinition definition() {
        return Sla.define("ti-one", Site.CN, Family.AI)
                .names("TI-ONE 训练平台", "TI-ONE training platform")
                .source(Seeds.CN, 35779, "腾讯云 TI-ONE 训练平台服务等级协议")
                .liabilityCapOverMonths(12, 35912)
                .updated("2023-08-18T18:08:02")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 (35810-35812): only inaccessibility lasting more than 5 consecutive minutes counts.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(5)).rounding(Rounding.EXACT))
                        .commitment("99.9", 35816)
                        .tiers(35922,
                                tier("[95.00, 99.9)", "10"),
                                tier("[0, 95.00)", "20")))
                .claim(5, 60, 35852)
                .exclusion("preamble", Clause.of("internal-beta-feature", "Features in internal beta: the SLA does not apply unless agreed otherwise"), 35786)
                .exclusion("4.1(1)", Clauses.ANNOUNCED_MAINTENANCE, 35866)
                .exclusion("4.1(2)", Clauses.THIRD_PARTY_NETWORK, 35868)
                .exclusion("4.1(3)", AiTerms.INTERFACE_OR_DATA_ATTACKED, 35870)
                .exclusion("4.1(4)", Clause.of("customer-code-threat", "The customer's uploaded code or custom image threatens the service's security or breaks the law"), 35872)
                .exclusion("4.1(5)", Clause.of("customer-code-dependency", "External dependencies (databases, caches) the customer's code or custom image brings in failed"), 35874)
                .exclusion("4.1(6)", Clauses.CUSTOMER_CREDENTIALS, 35876)
                .exclusion("4.1(7)", AiTerms.NEGLIGENCE_OR_OWN_EQUIPMENT, 35878)
                .exclusion("4.1(8)", Clauses.CUSTOMER_IGNORED_DOCS, 35880)
                .exclusion("4.1(9)", AiTerms.NOT_TENCENT, 35882)
                .exclusion("4.1(10)", Clauses.LEGAL_EXEMPTION, 35884)
                .exclusion("4.2(2)", Clause.of("open-source-defect", "Operating-system and kernel defects from open-source software (Kubernetes, Docker, "
                        + "kernels, TensorFlow, PyTorch...)"), 35894)
                .exclusion("4.2(3)", Clause.of("customer-misconfiguration", "Data, job or service failures from the customer's own configuration, images, code "
                        + "or business logic outside the platform's operating rules"), 35898)
                .exclusion("4.2(5)", Clause.of("peripheral-product", "Availability problems of other Tencent Cloud products used with the service "
                        + "(COS, TKE, CLB, CBS, API Gateway...): their own SLAs apply"), 35906)
                .note("Unavailable minutes (1.5, 35810-35812), from the service's system logs: only inaccessibility caused by Tencent Cloud lasting more than "
                        + "5 consecutive minutes counts; shorter unavailability does not. Reading chosen: \"连续超过5分钟\" is strict, so an outage of exactly "
                        + "5 minutes does not count, and a longer one counts whole (all its minutes, not those after the fifth). The text states no rounding: "
                        + "durations count exactly.")
                .note("Only the service's own modules are covered: training jobs, Notebook and service deployment (4.2(5), 35906).")
                .note("4.2(1) and 4.2(4) (35890, 35902) make the customer responsible for framework and hardware fit and for the fees of other products; "
                        + "they remove no time.")
                .note(AiTerms.serviceMonths17("1.3, 35802-35806"))
                .note("Service fee (1.2, 35798-35800): prepaid (monthly or yearly) and postpaid instances and storage, not other Tencent Cloud products used "
                        + "alongside; the credit is capped at the month's fee without vouchers, coupons or waivers (3.1(2), 35848-35850).")
                .note("Liability cap (5.1, 35910-35912): the fees paid for the service in the past 12 months.")
                .build();
    }
}
