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

/** 腾讯 TAPD SaaS 版服务等级协议, seed 002 line 51484. */
final class Tapd {
    private Tapd() {
    }

    static SlaDefinition definition() {
        return Sla.define("tapd", Site.CN, Family.SAAS)
                .names("腾讯 TAPD SaaS 版", "TAPD (SaaS edition)")
                .source(Seeds.CN, 51484, "腾讯 TAPD SaaS 版服务等级协议")
                .updated("2023-03-27T15:35:51")
                .effectiveFromUpdatedDate()
                .months(MonthRule.ANNIVERSARY) // 1.2 (51503-51507): opened Apr 17 -> Apr 17-May 16, May 17-Jun 16, ...
                .metric(metric("availability", "服务可用性")
                        // 1.3 (51509-51513): a minute counts when the company's requests to TAPD's main functions have an
                        // error rate above 5% (HTTP 500 is an error).
                        .measuredBy(Rules.errorRateAbove("5", Duration.ofMinutes(1)))
                        .commitment("99.9", 51525)
                        .tiers(51608,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 51558)
                .exclusion("4.1", SaasTerms.CREDENTIALS, 51578)
                .exclusion("4.2", SaasTerms.NEGLIGENT_AUTHORISATION, 51580)
                .exclusion("4.3", SaasTerms.IGNORED_DOCS, 51582)
                .exclusion("4.4", SaasTerms.CAPACITY_EXCEEDED, 51584)
                .exclusion("4.5", SaasTerms.ANNOUNCED_EVENT, 51586)
                .exclusion("4.6", SaasTerms.MAINTENANCE, 51588)
                .exclusion("4.7", SaasTerms.TRUNCATED_EXEMPTION, 51590)
                .exclusion("4.8", SaasTerms.NOT_TENCENT, 51592)
                .exclusion("4.9", SaasTerms.LEGAL, 51594)
                .note(SaasTerms.MINUTE_SAMPLES_NOTE)
                .note(SaasTerms.ANNUAL_FEE_NOTE + " (1.2, 51503; 1.5, 51517)")
                .note(SaasTerms.TRUNCATED_NOTE + " (51590)")
                .note("The 2.1 example (51521-51523) measures \"2023年04月\" although months are anniversary months; it is tested with a "
                        + "service month starting April 1 (30 days): 5 minutes -> 1 - 5 / 43200 = 99.98%. Credits are for paid purchases only (51527). "
                        + "Liability (5.1, 51596) is at most the fees paid for the breached service.")
                .build();
    }
}
