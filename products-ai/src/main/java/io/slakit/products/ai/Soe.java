package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 智聆口语评测服务等级协议 (Smart Oral Evaluation, SOE), seed 002 line 56463. */
final class Soe {
    private Soe() {
    }

    static SlaDefinition definition() {
        return Sla.define("soe", Site.CN, Family.AI)
                .names("智聆口语评测", "Smart Oral Evaluation (SOE)")
                .source(Seeds.CN, 56463, "智聆口语评测服务等级协议")
                .updated("2022-04-15T14:55:19")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 / 1.4 / 2.1 (56488-56496): a minute is unavailable when every push attempt in it failed.
                        .measuredBy(AiTerms.everyRequestFailedInMinute())
                        .commitment("99.9", 56498)
                        .tiers(56530,
                                tier("[99.0, 99.9)", "10"),
                                tier("[98.0, 99.0)", "20"),
                                tier("[0, 98.0)", "50")))
                .claim(5, 60, 56535)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 56549)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 56551)
                .exclusion("4.3", AiTerms.INTERFACE_OR_DATA_ATTACKED, 56553)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 56555)
                .exclusion("4.5", AiTerms.NEGLIGENCE_OR_OWN_EQUIPMENT, 56557)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 56559)
                .exclusion("4.7", Clause.of("over-capacity", "Push delays or drops from use beyond the capacity rated for the paid version"), 56561)
                .exclusion("4.8", AiTerms.NOT_TENCENT, 56563)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 56565)
                .note("Unavailable minute (1.3, 56488-56492): the text keeps a messaging template's wording, \"every message pushed through the push API "
                        + "or console page failed\". Reading chosen: every evaluation request the customer sent through the API or console in the minute failed; "
                        + "any success makes the minute available, and a minute without requests is available. Give per minute the requests and the failed ones.")
                .note("Tiers as written (56532, 56589-56591): 99.9% > Av >= 99.0%: 10%; 99.0% > Av >= 98.0%: 20%; 98.0% > Av: 50%.")
                .note(AiTerms.serviceMonths17("1.2, 56482-56486"))
                .note("The credit is capped at the month's fee for the service without vouchers, coupons or waivers (3.1(2), 56506-56508).")
                .note("5.2 and 5.3 (56571-56579) make the customer answer for consent to process its users' voice data and for lawful use of results; "
                        + "they remove no time.")
                .note("Liability cap (5.1, 56567-56569): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
