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

/** 腾讯会议 SaaS 版服务等级协议 (Tencent Meeting, SaaS edition), seed 002 line 48250. */
final class TencentMeeting {
    private TencentMeeting() {
    }

    static SlaDefinition definition() {
        return Sla.define("tencentmeeting", Site.CN, Family.SAAS)
                .names("腾讯会议 SaaS 版", "Tencent Meeting (SaaS edition)")
                .source(Seeds.CN, 48250, "腾讯会议 SaaS 版服务等级协议")
                .updated("2024-06-24T16:07:21")
                .effectiveFromUpdatedDate()
                .months(MonthRule.ANNIVERSARY) // 1.2 (48269-48273): opened Apr 17 -> Apr 17-May 16, May 17-Jun 16, ...
                .metric(metric("availability", "服务可用性")
                        // 3.1 (48277-48281): the text defines no unavailable minute beyond its example; see the note.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 48283)
                        // 4.1 (48313-48373): the 50% row is displaced to 48373.
                        .tiers(48313,
                                tier("[99.5, 99.9)", "5"),
                                tier("[97, 99.5)", "10"),
                                tier("[95, 97)", "20"),
                                tier("[0, 95)", "50")))
                .metric(metric("durability", "数据存储持久性")
                        // 2 (48275): meeting recordings stored by Tencent Meeting, 99.999999999% (11 nines).
                        .measuredBy(Rules.durability())
                        .commitment("99.999999999", 48275)
                        .noCredit("2 states the meeting recordings' durability without any credit"))
                .claim(5, 60, 48323)
                .exclusion("5.1", SaasTerms.CREDENTIALS, 48343)
                .exclusion("5.2", SaasTerms.NEGLIGENT_AUTHORISATION, 48345)
                .exclusion("5.3", SaasTerms.IGNORED_DOCS, 48347)
                .exclusion("5.4", SaasTerms.CAPACITY_EXCEEDED, 48349)
                .exclusion("5.5", SaasTerms.ANNOUNCED_EVENT, 48351)
                .exclusion("5.6", SaasTerms.MAINTENANCE, 48353)
                .exclusion("5.7", SaasTerms.TRUNCATED_EXEMPTION, 48355)
                .exclusion("5.8", SaasTerms.NOT_TENCENT, 48357)
                .exclusion("5.9", SaasTerms.LEGAL, 48359)
                .note("The text defines no unavailable minute, threshold or rounding: 3.1 (48277-48281) counts 服务月度内不可用分钟数 and only "
                        + "gives the example \"23:00 to 23:05 the service cannot be used: 5 minutes\". Reading chosen: the unit is the minute, "
                        + "and a minute is unavailable when the service could not be used at all in it (every attempt failed), as the sibling "
                        + "TAPD and LeXiang texts (same clauses word for word) define their minutes. Give one window sample per minute "
                        + "(aligned to the minute, Beijing time); minutes without a sample count as available.")
                .note(SaasTerms.TRUNCATED_NOTE.replace("4.7", "5.7").replace("4.9", "5.9") + " (48355)")
                .note("Months are anniversary months: give the activation day as the service start. The 3.1 example (48279) measures "
                        + "\"2020年04月\"; it is tested with a service month starting April 1 2020 (30 days): 5 minutes -> 99.98%.")
                .note("Credits are for paid purchases only (48285); the voucher is capped at the month's fee excluding voucher, coupon or "
                        + "fee-waiver deductions (48291-48293). Liability (6.1, 48361) is at most the fees paid for the breached service.")
                .note("The seed section continues after 48383 with other Tencent Meeting documents (the app-market rules from 48384); they "
                        + "are not part of this SLA.")
                .build();
    }
}
