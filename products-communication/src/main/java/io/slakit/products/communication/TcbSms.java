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

/** 云开发短信服务等级协议 (CloudBase SMS), seed 002 line 37544. */
final class TcbSms {
    private TcbSms() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("tcb-sms", Site.CN, Family.COMMUNICATION)
                .names("云开发短信", "CloudBase (TCB) SMS (domestic verification, notification and marketing SMS)")
                .source(Seeds.CN, 37544, "云开发短信服务等级协议")
                .updated("2024-10-25T15:15:01")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (37587): 1 - explicit failures among the messages sent to valid numbers / those messages.
                        .measuredBy(Rules.deliveryRatio())
                        .commitment("95", 37589)
                        // 3.1 (37691-37693): [90, 95) 10 %, below 90 % 30 % of the month's fee, as messages at the list price (37619).
                        .credit(CommunicationTerms.messageCredit(CreditUnit.MESSAGES), 37691))
                .creditForm(CreditForm.FREE_USAGE)
                .claim(5, 60, 37629);
        return CommunicationTerms.messageExclusions(b, 37643, "SMS", "CloudBase SMS", true)
                .note("Precedence (37559): where this agreement conflicts with the CloudBase SLA (云开发服务等级协议), this agreement prevails; "
                        + "CloudBase SMS is evaluated under this text alone.")
                .note(CommunicationTerms.deliveryInput("SMS messages sent", "the official list price of one CloudBase SMS (云开发短信服务官方刊例价格)", 37619))
                .note(CommunicationTerms.roundingReading("messages", 37619))
                .note("Counts (1.2-1.4, before 37587): a failure is a message that could not reach a valid number for Tencent Cloud's reasons; "
                        + "messages to invalid numbers are not counted in sent; give only messages to valid numbers.")
                .note("Service months (1.5): the calendar months of the purchase, the first and last partial; a delivery ratio does not depend "
                        + "on the month's length.")
                .note("Fee: what was actually consumed for SMS in the service month, excluding bought-but-unused amounts; 3.3(2) (37625) caps the "
                        + "credit at the month's fee paid, excluding vouchers, coupons and fee waivers: give that as the fee.")
                .note("The credit messages cannot be cashed, invoiced or transferred and follow the SMS usage rules (37619).")
                .note("5.1 (37677) caps the total liability at the fees paid for the service; it spans months and is not applied to one month.")
                .note("The text states no effective date; the last-updated day 2024-10-25 stands in. Earlier months are evaluated under this version with a warning.")
                .build();
    }
}
