package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 网站建设服务等级协议 (website building and management service), seed 002 line 47820. */
final class WebsiteBuilding {
    private WebsiteBuilding() {
    }

    static SlaDefinition definition() {
        return Sla.define("website-building", Site.CN, Family.SAAS)
                .names("网站建设", "Website building and management")
                .source(Seeds.CN, 47820, "网站建设服务等级协议")
                .updated("2023-09-18T16:11:02")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (47847-47857): a website-system failure leaves the user unable to use the website management
                        // service for a while; 2.1 (47859) per single website. No threshold or rounding is stated: see the note.
                        .measuredBy(Rules.incidentMinutes())
                        .commitment("99.95", 47861)
                        // 3.1 (47891-47959): 99.0% <= a < 99.95% 15%; 95% <= a < 99.0% 30%; a < 95% 100%.
                        .tiers(47891,
                                tier("[99, 99.95)", "15"),
                                tier("[95, 99)", "30"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 47899)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded(
                        "System maintenance notified in advance (cutover, upgrade, failure drills): planned downtime"), 47917)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 47919)
                .exclusion("4.3", "beyond-reasonable-control", "Suspension, interruption, delay, restriction or temporary closure of the website from force majeure, "
                        + "hacker attacks, viruses, carriers or government control that Tencent Cloud, the user or others cannot reasonably control", 47921)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED, 47925)
                .exclusion("4.5", Clauses.CUSTOMER_FAULT.worded("The user's own network, system, software or equipment failed"), 47927)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 47929)
                .exclusion("4.7", Clauses.CUSTOMER_OPERATION.worded(
                        "The user's negligent authorisation or wrong operation, the user's own equipment, or third-party software or equipment"), 47931)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 47933)
                .exclusion("4.9", Clauses.CONTENT_VIOLATION.worded("Errors from the domain being banned for the user's content violations or other reasons"), 47935)
                .exclusion("4.10", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded(
                        "Lower availability from a large traffic surge the user did not announce in writing beforehand"), 47937)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE.worded(
                        "Unavailability or missed standards not caused by Tencent Cloud, or from other causes beyond its control"), 47939)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 47941)
                .exclusion("4.13", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 47943)
                .note("The text lists what counts as unusable (1.3.2, 47849-47857: no response, line unreachable, functions unusable, "
                        + "cannot log in) but states no minimum duration or rounding. Reading chosen: every incident counts from its start to its "
                        + "resolution, partial minutes round up, the usual rule of Tencent Cloud's texts.")
                .note("One resource is one website (2.1, 47859: 单个网站); the SLA covers the website management service only (47835-47839).")
                .note("The credit basis (3.1(2), 47869-47871) is the month's website management fee, equal to the product's current monthly "
                        + "renewal price, excluding voucher, coupon or fee-waiver deductions: give that as the resource's fee.")
                .note("Liability (5.1, 47945) is at most the fees paid for the breached service.")
                .build();
    }
}
