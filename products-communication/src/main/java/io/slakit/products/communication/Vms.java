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

/** 腾讯云语音消息服务等级协议 (Tencent Cloud voice messages), seed 002 line 44668. */
final class Vms {
    private Vms() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("vms", Site.CN, Family.COMMUNICATION)
                .names("腾讯云语音消息", "Tencent Cloud Voice Message Service (voice verification codes and voice notifications)")
                .source(Seeds.CN, 44668, "腾讯云语音消息服务等级协议")
                .updated("2021-12-21T17:12:30")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (44709): 1 - explicit failures among the voice messages sent to valid numbers / those messages.
                        .measuredBy(Rules.deliveryRatio())
                        .commitment("95", 44711)
                        // 3.1 (44814-44816): [90, 95) 10 %, below 90 % 30 % of the month's fee, as voice-message minutes at the unit price (44715).
                        .credit(CommunicationTerms.messageCredit(CreditUnit.VOICE_MINUTES), 44814))
                .creditForm(CreditForm.FREE_USAGE)
                .claim(5, 60, 44750);
        return CommunicationTerms.messageExclusions(b, 44766, "voice messages", "Tencent Cloud voice message", false)
                .note(CommunicationTerms.deliveryInput("voice messages sent", "the official list price of voice messages "
                        + "(语音消息单价以腾讯云语音消息服务官方刊例价格为准), per minute", 44715))
                .note(CommunicationTerms.roundingReading("voice-message minutes", 44715))
                .note("Unit (44715, 44814): the credit is paid in voice-message minutes while the ratio counts voice messages; the list price "
                        + "given is read as the price of one voice-message minute.")
                .note("Counts (1.2-1.4, before 44709): a failure is a voice message that could not reach a valid number for Tencent Cloud's "
                        + "reasons; messages to invalid numbers (empty, switched off or suspended numbers, terminal-side causes, blacklists) are "
                        + "not counted in sent; give only voice messages to valid numbers.")
                .note("Service months (1.5): the calendar months of the purchase, the first and last partial (bought Mar 17: Mar 17-31, Apr, May, "
                        + "Jun 1-16); a delivery ratio does not depend on the month's length.")
                .note("Fee (1.6): what was actually consumed for voice messages in the service month, excluding bought-but-unused amounts; 3.3(2) "
                        + "(44746) caps the credit at the month's fee paid, excluding vouchers, coupons and fee waivers: give that as the fee.")
                .note("The credit cannot be cashed, invoiced or transferred and follows the voice message usage rules (44715).")
                .note("5.1 (44800) caps the total liability at the fees paid for the service; it spans months and is not applied to one month.")
                .note("The text states no effective date; the last-updated day 2021-12-21 stands in. Earlier months are evaluated under this version with a warning.")
                .build();
    }
}
