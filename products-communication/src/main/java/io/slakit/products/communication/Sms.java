package io.slakit.products.communication;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import static io.slakit.core.dsl.MetricSpec.metric;

/** 腾讯云短信服务等级协议 (Tencent Cloud SMS), seed 002 line 44070. */
final class Sms {
    private Sms() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("sms", Site.CN, Family.COMMUNICATION)
                .names("腾讯云短信", "Tencent Cloud SMS (domestic and international verification, notification and marketing SMS)")
                .source(Seeds.CN, 44070, "腾讯云短信服务等级协议")
                .updated("2022-04-01T10:16:49")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (44111): 1 - explicit failures among the messages sent to valid numbers / those messages.
                        .measuredBy(Rules.deliveryRatio())
                        .commitment("95", 44113)
                        // 3.1 (44216-44218): [90, 95) 10 %, below 90 % 30 % of the month's fee, as messages at the list price (44140).
                        .credit(CommunicationTerms.messageCredit(CreditUnit.MESSAGES), 44216))
                .creditForm(CreditForm.FREE_USAGE)
                .claim(5, 60, 44150);
        return CommunicationTerms.messageExclusions(b, 44166, "SMS", "Tencent Cloud SMS", false)
                .note(CommunicationTerms.deliveryInput("SMS messages sent", "the official list price of one SMS (腾讯云短信服务官方刊例价格)", 44140))
                .note(CommunicationTerms.roundingReading("messages", 44140))
                .note("Counts (1.2-1.4, before 44111): a failure is a message that could not reach a valid number for Tencent Cloud's reasons; "
                        + "messages to invalid numbers (empty, switched off or suspended numbers, terminal-side causes such as arrears, no coverage "
                        + "or blocking, do-not-disturb lists) are not counted in sent; give only messages to valid numbers.")
                .note("Service months (1.5): the calendar months of the purchase, the first and last partial (bought Mar 17: Mar 17-31, Apr, May, "
                        + "Jun 1-16); a delivery ratio does not depend on the month's length.")
                .note("Fee (1.6): what was actually consumed for SMS in the service month, excluding bought-but-unused amounts; 3.3(2) (44146) "
                        + "caps the credit at the month's fee paid, excluding vouchers, coupons and fee waivers: give that as the fee.")
                .note("The credit messages cannot be cashed, invoiced or transferred and follow the SMS usage rules (44140).")
                .note("5.1 (44200) caps the total liability at the fees paid for the service; it spans months and is not applied to one month.")
                .note("The text states no effective date; the last-updated day 2022-04-01 stands in. Earlier months are evaluated under this version with a warning.")
                .build();
    }
}
