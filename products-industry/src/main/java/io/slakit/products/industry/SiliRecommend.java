package io.slakit.products.industry;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 四力选品智能推荐服务等级协议, seed 002 line 57379: credits are extra calendar days of service. */
final class SiliRecommend {
    private SiliRecommend() {
    }

    static SlaDefinition definition() {
        return Sla.define("sili-recommend", Site.CN, Family.INDUSTRY)
                .names("四力选品智能推荐", "Sili product-selection recommendation")
                .source(Seeds.CN, 57379, "四力选品智能推荐服务等级协议")
                .updated("2024-07-24T17:23:01")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (57408-57412): a minute is unavailable when, for Tencent's sole reasons, every attempt to get
                        // recommendation results failed; partial use or partial success makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.90", 57416)
                        .credit(Credits.unitsByAvailability(CreditUnit.SERVICE_DAYS,
                                tier("[99, 99.9)", "3"),
                                tier("[95, 99)", "6"),
                                tier("[0, 95)", "15")), 57444))
                .creditForm(CreditForm.SERVICE_DAYS)
                .claim(0, 30, 57418)
                .exclusion("4.1", "platform-maintenance", "System maintenance of the smart retail growth platform (cutover, repair, "
                        + "upgrade, failure drills); unlike its siblings the text asks for no prior notice", 57466)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Network or equipment failure or configuration change outside the smart retail growth platform's equipment"), 57468)
                .exclusion("4.3", IndustryTerms.INTERFACES_ATTACKED, 57470)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 57472)
                .exclusion("4.5", IndustryTerms.NEGLIGENT_AUTHORISATION, 57474)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded(
                        "The customer did not follow the smart retail growth platform's product documentation or advice"), 57476)
                .exclusion("4.7", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or a missed standard not caused by Tencent"), 57478)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION.worded("Exemptions from liability, including from extending the service "
                        + "term, under laws, agreements or rules Tencent publishes"), 57480)
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts to get recommendation "
                        + "results made and the attempts that failed for Tencent's sole reasons (1.3, 57408); a minute counts only when "
                        + "every attempt failed. Minutes without a sample count as available. Availability = (total minutes - "
                        + "unavailable minutes) / total minutes (57414), the same ratio as 1 - unavailable / total.")
                .note("3.1 (57442-57448): the credit is an extension of the service term (服务期限延长) by calendar days: [99, 99.9) 3 "
                        + "days, [95, 99) 6 days, below 95 15 days; no money is paid. 57416 writes the trigger as \"低于99.90%\".")
                .note("3.2 (57418): a claim is filed \"在...次月的第（30）个自然日内\", within the 30th calendar day of the next month, "
                        + "with no opening delay. Encoded as opening on the next month's first day and closing 30 days after the "
                        + "month's last day, which is always the next month's 30th calendar day counted from its 1st (for January, "
                        + "counting runs past February's end).")
                .note("1.2 is headed \"服务阅读\" (57430), a typo for 服务月度 (57402-57406). " + IndustryTerms.cutMonths(57402, 57406))
                .note("3.3 (57456-57462): a claim needs an incident report, the dates, times and duration of the outage, and what else "
                        + "is reasonably asked. 5.1 (57482-57484): liability is at most the fees paid for the service in breach.")
                .build();
    }
}
