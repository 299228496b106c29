package io.slakit.products.saas;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云腾讯优码服务等级协议 (Tencent Youma, one-item-one-code marketing SaaS), seed 002 line 18364: credits are extra months of service. */
final class TencentYouma {
    private TencentYouma() {
    }

    static SlaDefinition definition() {
        return Sla.define("tencent-youma", Site.CN, Family.SAAS)
                .names("腾讯优码", "Tencent Youma (one-item-one-code marketing)")
                .source(Seeds.CN, 18364, "腾讯云腾讯优码服务等级协议")
                .updated("2025-06-20T18:02:42")
                .effective("2025-06-20", 18413)
                .months(MonthRule.CALENDAR_WITH_PARTIAL) // 1.2.1 (18387-18391): opened Mar 17 for three months -> Mar 17-31, ..., Jun 1-16
                .metric(metric("availability", "服务可用性")
                        // 1.2.3 (18397-18401): a minute counts only when every function of the service was unusable the whole
                        // minute; one usable function makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.5", 18409)
                        // 3.1 (18509-18515): [95, 99.5) one extra month, [90, 95) two, below 90 three.
                        .credit(Credits.unitsByAvailability(CreditUnit.SERVICE_MONTHS,
                                tier("[95, 99.5)", "1"),
                                tier("[90, 95)", "2"),
                                tier("[0, 90)", "3")), 18509))
                .creditForm(CreditForm.SERVICE_DAYS)
                .claim(5, 60, 18451)
                .exclusion("1.2.2 服务不可用", "off-logic-operation", "Unavailability caused by manual operations in the Youma console that do not "
                        + "follow the campaign logic", 18393)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"), 18477)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application is attacked by hackers"), 18479)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 18481)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION.worded("The customer's negligence or operations the customer authorised"), 18483)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS, 18485)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE.worded(
                        "Software the customer installed, or third-party software or configuration not run directly by Tencent Cloud"), 18487)
                .exclusion("5.7", Clauses.FORCE_MAJEURE, 18489)
                .exclusion("5.8", "telecom-or-public-network", "Changes of basic telecom resources, control by authorities or carriers, "
                        + "public network congestion or hacking, or other events outside Tencent Cloud's fault and control", 18495)
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION, 18524)
                .exclusion("5.10", Clauses.AGREEMENT_BREACH_SUSPENSION, 18526)
                .exclusion("5.11", Clauses.ROUTINE_MAINTENANCE, 18528)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud"), 18530)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 18532)
                .note("The sentence of 1.2.2 at 18393 (its body is displaced above the headings at 18423) excludes manual off-logic "
                        + "operations: coded as clause \"1.2.2 服务不可用\" (off-logic-operation).")
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts to use the purchased "
                        + "Youma console functions and the Zhengpintong mini program, and the attempts that failed (1.2.2-1.2.3, 18393-18401); "
                        + "a minute counts only when every attempt failed. Minutes without a sample count as available. "
                        + "Availability = 1 - unavailable minutes / (days x 24 x 60) (18403, 18407). 18399 ends the sentence with "
                        + "\"不计入服务年度内不可用分钟数\" (service year): read as the service month, the only period the text measures.")
                .note("3.1 (18509-18515): the credit is extra service time (额外...个月的服务使用时间), counted in months (unit service-months; "
                        + "the credit form service-days stands for extra service time): 1 month for [95, 99.5), 2 for [90, 95), 3 below 90. "
                        + "It cannot be cashed, invoiced or transferred (3(1), 18441-18445). 3(2) (18447) caps the credit at the month's fee; the "
                        + "service is billed yearly and the monthly fee is the annual fee / 12 (1.2.5, 18405): that cap is not applied to months "
                        + "of service, whose money value the text does not state.")
                .note("4 (18471): beta, invitation tests, free use or use within a free quota carry no availability commitment and no credit; "
                        + "it concerns whole resources, not time, so it is a note: do not evaluate such resources.")
                .note("3.3 (18463-18469): a claim needs the fault's date, start, end and description, screenshots or a recording, and the "
                        + "account and device details. 6.1 (18538-18540): liability is at most the fees paid for the breached service; after "
                        + "more than 12 months of use, at most the fees paid in the 12 months before the damage. Not declared as the "
                        + "12-month liability cap: the credits are months of service whose money value the text does not state, and the "
                        + "ledger caps money credits against fees.")
                .build();
    }
}
