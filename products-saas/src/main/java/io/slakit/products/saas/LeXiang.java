package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯乐享 SaaS 服务等级协议, seed 002 line 51893. */
final class LeXiang {
    private LeXiang() {
    }

    static SlaDefinition definition() {
        return Sla.define("lexiang", Site.CN, Family.SAAS)
                .names("腾讯乐享 SaaS", "Tencent LeXiang (SaaS)")
                .source(Seeds.CN, 51893, "腾讯乐享 SaaS 服务等级协议")
                .updated("2024-12-27T15:23:53")
                .effectiveFromUpdatedDate()
                .months(MonthRule.ANNIVERSARY) // 1.2 (51912-51916): opened Apr 17 -> Apr 17-May 16, May 17-Jun 16, ...
                .metric(metric("availability", "服务可用性")
                        // 1.3 (51918-51922): a minute counts when the organisation's requests to the paid version's main
                        // functions have an error rate above 5% (HTTP 500 is an error).
                        .measuredBy(Rules.errorRateAbove("5", Duration.ofMinutes(1)))
                        .commitment("99.7", 51930)
                        .tiers(52018,
                                tier("[99.5, 99.7)", "5"),
                                tier("[97, 99.5)", "10"),
                                tier("[95, 97)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 51968)
                .exclusion("4.1", SaasTerms.CREDENTIALS, 51988)
                .exclusion("4.2", SaasTerms.NEGLIGENT_AUTHORISATION, 51990)
                .exclusion("4.3", SaasTerms.IGNORED_DOCS, 51992)
                .exclusion("4.4", SaasTerms.CAPACITY_EXCEEDED, 51994)
                .exclusion("4.5", SaasTerms.ANNOUNCED_EVENT, 51996)
                .exclusion("4.6", SaasTerms.MAINTENANCE, 51998)
                .exclusion("4.7", SaasTerms.TRUNCATED_EXEMPTION, 52000)
                .exclusion("4.8", SaasTerms.NOT_TENCENT, 52002)
                .exclusion("4.9", SaasTerms.LEGAL, 52004)
                .note(SaasTerms.MINUTE_SAMPLES_NOTE)
                .note(SaasTerms.ANNUAL_FEE_NOTE + " (1.2, 51912; 1.5, 51926)")
                .note(SaasTerms.TRUNCATED_NOTE + " (52000)")
                .note("Credits are for paid purchases only (51934). Liability (5.1, 52006) is at most the fees paid for the breached service.")
                .build();
    }
}
