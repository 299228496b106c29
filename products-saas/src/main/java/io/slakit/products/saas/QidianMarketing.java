package io.slakit.products.saas;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;

import java.math.RoundingMode;
import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯企点营销通服务等级协议 (Qidian Marketing Cloud), seed 002 line 52989. */
final class QidianMarketing {
    /**
     * 3.1(1) (53061-53065) states no rounding for the page views; this encoding reads it as the SMS family does (whole units
     * rounded down, so the views are never worth more than the money tier: CommunicationTerms.MESSAGE_ROUNDING).
     */
    static final RoundingMode PAGE_VIEW_ROUNDING = RoundingMode.DOWN;

    private QidianMarketing() {
    }

    static SlaDefinition definition() {
        return Sla.define("qidian-marketing", Site.CN, Family.SAAS)
                .names("腾讯企点营销通", "Tencent Qidian Marketing")
                .source(Seeds.CN, 52989, "腾讯企点营销通服务等级协议")
                .updated("2023-07-27T17:16:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.2/1.3 (53006-53014): ad landing pages cannot be opened for more than 1 minute (不含本数); an outage of
                        // at most 1 minute is not counted; over 1 but under 2 minutes counts 2 (1m01s -> 2).
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99", 53032)
                        // 3.1 table (53133-53137): 10% / 30% of the month's fee, paid as the page views it buys (3.1(1), 53061).
                        .credit(Credits.convertedToUnitsAtResourceListPrice(Credits.tiered(
                                tier("[95, 99)", "10"),
                                tier("[0, 95)", "30")), CreditUnit.PAGE_VIEWS, 0, PAGE_VIEW_ROUNDING), 53133))
                .creditForm(CreditForm.FREE_USAGE)
                .claim(5, 60, 53071)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("The user's own failures"), 53085)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS.worded(
                        "Data, passwords or keys lost or leaked, or verification codes abused, through the user's maintenance or confidentiality"), 53087)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED, 53089)
                .exclusion("4.4", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the product documentation or advice "
                        + "(no WeCom interworking account bought in time, landing pages banned for ignoring the design advice)"), 53091)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION, 53095)
                .exclusion("4.6", "platform-rule-violation", "Credit, flow or information-security (sensitive word) controls for breaking platform rules, WeChat's included", 53097)
                .exclusion("4.7", "reported-as-harassment", "The business is judged harassment by the receiving end", 53099)
                .exclusion("4.8", "telecom-or-regulator", "Controls by the MIIT, communications administrations or carriers", 53101)
                .exclusion("4.9", Clauses.CONTENT_VIOLATION.worded("Any illegal information such as pornography, gambling, drugs or fraud"), 53103)
                .exclusion("4.10", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded(
                        "High-concurrency demand not announced in advance: an ordinary user reaching 50,000 per day per account, unless the contract says otherwise"), 53105)
                .exclusion("4.11", "non-standard-access", "Non-standard access (such as webview embedding), or page creatives changed after review", 53107)
                .exclusion("4.12", "announced-event", "Major events or promotions Tencent Cloud announced to users in advance", 53109)
                .exclusion("4.13", Clauses.ANNOUNCED_MAINTENANCE, 53111)
                .exclusion("4.14", Clauses.THIRD_PARTY_NETWORK, 53113)
                .exclusion("4.15", Clauses.FORCE_MAJEURE, 53115)
                .exclusion("4.16", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud"), 53117)
                .exclusion("4.17", Clauses.LEGAL_EXEMPTION, 53119)
                .note("The credit (3.1(1), 53061-53065) is paid as page views (PV) of Qidian Marketing worth the amount, at the official list "
                        + "price per view (刊例价格), which the text does not state: give it as the resource's unitPrice (\"0.03\"). The "
                        + "amount is 10% or 30% of the month's fee (capped at it); divided by the price it gives the page views. They offset "
                        + "later traffic and cannot be cashed, invoiced or transferred; no money is owed besides them.")
                .note("Rounding (3.1(1), 53061-53065, not stated): whole page views rounded down, as the SMS family reads its messages, "
                        + "so the views are never worth more than the money tier (100.00 at 0.03 per view: 3333 page views).")
                .note("The 10% row (53135) reads \"服务月度的10%\" without the word fee; read as 10% of the month's fee, like the 30% row (53137).")
                .note("The monthly fee (1.6, 53026) is the fee actually consumed, excluding what was bought but not yet consumed and "
                        + "voucher, coupon or fee-waiver deductions. Liability (5.1, 53121) is at most the fees paid for the breached service.")
                .note("A resource is the customer's ad landing pages (mini-program landing pages or HTML5 intermediate pages created in the "
                        + "back office, 53008); an incident is a span in which they could not be opened.")
                .build();
    }
}
