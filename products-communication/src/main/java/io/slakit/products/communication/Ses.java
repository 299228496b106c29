package io.slakit.products.communication;

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

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云邮件推送服务等级协议 (Tencent Cloud Simple Email Service), seed 002 line 45016. */
final class Ses {
    private Ses() {
    }

    static SlaDefinition definition() {
        return Sla.define("ses", Site.CN, Family.COMMUNICATION)
                .names("腾讯云邮件推送", "Tencent Cloud Simple Email Service (SES)")
                .source(Seeds.CN, 45016, "腾讯云邮件推送服务等级协议")
                .updated("2022-03-08T15:15:02")
                .effective("2022-03-15", 45033)
                .metric(metric("availability", "服务可用性")
                        // 2.1 (45059): per Tencent Cloud account, 1 - failed send requests / all send requests in the month.
                        .measuredBy(Rules.deliveryRatio())
                        .commitment("99", 45063)
                        // 3.1 (45095-45099): emails = 10/30/50 % of the month's fee / the pay-as-you-go list price of one email,
                        // 四舍五入取整 (rounded half up to whole emails).
                        .credit(Credits.convertedToUnitsAtListPrice(Credits.tiered(
                                tier("[97, 99)", "10"),
                                tier("[95, 97)", "30"),
                                tier("[0, 95)", "50")), CreditUnit.EMAILS, 0, RoundingMode.HALF_UP), 45095))
                .creditForm(CreditForm.FREE_USAGE)
                .claim(5, 60, 45079)
                .exclusion("(1)", "poor-sender-reputation", "The ISP refused the customer's email for poor sender reputation, or the customer was "
                        + "reported or blacklisted by an ISP for suspected spam or other improper sending", 45113)
                .exclusion("(2)", Clauses.ANNOUNCED_MAINTENANCE, 45115)
                .exclusion("(3)", Clauses.CUSTOMER_FAULT.worded("The customer's own causes, such as its devices or network failing or its "
                        + "application attacked by hackers"), 45117)
                .exclusion("(4)", Clauses.CUSTOMER_OPERATION.worded("The customer's negligence or authorised operations, such as data, passwords "
                        + "or keys lost or leaked through poor maintenance or confidentiality"), 45119)
                .exclusion("(5)", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's product rules, norms or guides"), 45121)
                .exclusion("(6)", Clauses.FORCE_MAJEURE, 45123)
                .exclusion("(7)", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed targets not caused by Tencent Cloud, such as networks "
                        + "or equipment outside Tencent Cloud's failing or being reconfigured"), 45125)
                .exclusion("(8)", Clauses.LEGAL_EXEMPTION, 45127)
                .note("Input (2.1, 45059): one resource per Tencent Cloud account; deliveries.sent is the month's send requests (1.4: all requests "
                        + "connecting to the SES servers, failed and valid) and deliveries.delivered those not failed. A failed request (1.5) is one "
                        + "that failed for Tencent Cloud's reasons: failures from insufficient balance, poor email reputation or invalid addresses "
                        + "are not failed requests and count as not failed. Undelivered requests an exclusion clause caused go under "
                        + "deliveries.excluded by clause code and count as delivered.")
                .note("Credit (3.1, 45095-45099): emails = the tier's percent of the month's fee / the pay-as-you-go list price of one email "
                        + "(按量付费模式的单封邮件刊例价), rounded half up to whole emails (四舍五入取整). The text does not state the price: give it as "
                        + "deliveries.unitPrice (exact, e.g. \"0.0019\"); a month whose credit must be converted without it is an error.")
                .note("Fee (1.7, 3.1(2) at 45073-45075): the fee the emails are computed from is the cash the account actually paid in the month "
                        + "for SES, excluding vouchers and coupons: give that as the fee.")
                .note("Cap: the text states no monthly cap besides the tiers (at most 50% of the month's fee); the converted amount never "
                        + "exceeds the fee.")
                .note("Service period (1.2): a calendar month, or the cumulative time of use in a month of less than a full month's use; a "
                        + "delivery ratio does not depend on the period's length.")
                .note("The credit emails cannot be cashed, invoiced or transferred and are used only in the account (3.1(1)).")
                .note("5.1 (45129-45135) caps the total liability per account at 50% of the fees paid for the service and, for use over 12 "
                        + "months, at the cash paid in the 12 months before the damage. Not declared as the 12-month liability cap: the ledger "
                        + "has no 50% cap for the first 12 months.")
                .build();
    }
}
