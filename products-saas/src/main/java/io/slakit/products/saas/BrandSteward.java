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

/** 腾讯云品牌经营管家企业经营服务等级协议 (Brand Steward enterprise operation service), seed 002 line 47419. */
final class BrandSteward {
    private BrandSteward() {
    }

    static SlaDefinition definition() {
        return Sla.define("brand-steward", Site.CN, Family.SAAS)
                .names("品牌经营管家企业经营服务", "Brand Steward enterprise operation service")
                .source(Seeds.CN, 47419, "腾讯云品牌经营管家企业经营服务等级协议")
                .updated("2023-07-27T11:39:12")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (47442-47446): a minute counts only when every attempt to push through the push API or the
                        // console page failed; any full or partial success makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 47452)
                        // 3.1 (47484-47539): 99.9% > Av >= 99.0% 10%; 99.0% > Av >= 98.0% 20%; 98.0% > Av 50%.
                        .tiers(47484,
                                tier("[99, 99.9)", "10"),
                                tier("[98, 99)", "20"),
                                tier("[0, 98)", "50")))
                .claim(5, 60, 47489)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after advance notice, including maintenance and upgrades"), 47513)
                .exclusion("4.2", Clauses.CUSTOMER_IGNORED_DOCS, 47515)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded(
                        "The user's application interfaces or data are attacked, or other improper behaviour"), 47517)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION.worded(
                        "The user's negligent authorisation or wrong operation, the user's own equipment, or third-party software or equipment"), 47519)
                .exclusion("4.5", Clauses.FORCE_MAJEURE, 47521)
                .exclusion("4.6", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud"), 47523)
                .exclusion("4.7", Clauses.LEGAL_EXEMPTION, 47525)
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the push attempts made and failed "
                        + "through the push API or console page; a minute counts only when every attempt failed. Minutes without a sample count as available.")
                .note("Credits apply to customers who bought the service and incurred fees (47454); the voucher is capped at the month's fee "
                        + "excluding voucher, coupon or fee-waiver deductions (3.1(2), 47460). Liability (5.1, 47527) is at most the fees paid for the breached service.")
                .build();
    }
}
