package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 机器翻译服务等级协议 (Tencent Machine Translation, TMT), seed 002 line 29887. */
final class Tmt {
    /** 1.3 (29912): the minute must hold at least 100 request attempts. */
    static final long MINIMUM_REQUESTS = 100;

    private Tmt() {
    }

    static SlaDefinition definition() {
        return Sla.define("tmt", Site.CN, Family.AI)
                .names("机器翻译", "Tencent Machine Translation (TMT)")
                .source(Seeds.CN, 29887, "机器翻译服务等级协议")
                .updated("2020-08-11T11:39:58")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 / 1.4 / 2.1 (29912-29920): a minute is unavailable when every API attempt in it failed, at least 100 of them.
                        .measuredBy(AiTerms.everyRequestFailedInMinute().withMinimumRequests(MINIMUM_REQUESTS))
                        .commitment("99.9", 29922)
                        .tiers(29954,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 29961)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 29985)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 29987)
                .exclusion("4.3", AiTerms.INTERFACE_OR_DATA_ATTACKED, 29989)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 29991)
                .exclusion("4.5", AiTerms.NEGLIGENCE_OR_OWN_EQUIPMENT, 29993)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 29995)
                .exclusion("4.7", AiTerms.OVER_CAPACITY.worded("Use beyond the service capacity rated for the paid version"), 29997)
                .exclusion("4.8", AiTerms.NOT_TENCENT, 29999)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 30001)
                .note("Unavailable minute (1.3, 29912-29916): every request attempt through the API in the minute failed, with at least 100 attempts in it; "
                        + "any success makes the minute available. The text names no error code: give each minute's attempts and failed attempts. "
                        + "Reading chosen: a minute with fewer than 100 attempts is never unavailable, even if all failed.")
                .note(AiTerms.serviceMonths17("1.2, 29906-29910"))
                .note("Credit basis (3.1(2), 29930-29932): the month's fee for the service without vouchers, coupons or waivers. "
                        + "The table's last row (below 95%: 50%) is displaced to line 30015.")
                .note(MinuteFamily.CLAIM_MATERIALS + " (3.3, 29973-29977).")
                .note("The exclusions keep a drafting-template instruction (29979-29981: keep the two general clauses, add product clauses before them); "
                        + "it is not a clause.")
                .note("Liability cap (5.1, 30003-30005): total compensation never exceeds the fees paid for the service concerned.")
                .build();
    }
}
