package io.slakit.products.security;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.products.security.SecurityTerms.*;

/** 验证码服务等级协议 (Captcha), seed 002 line 17076. */
final class Captcha {
    private Captcha() {
    }

    static SlaDefinition definition() {
        return Sla.define("captcha", Site.CN, Family.SECURITY)
                .names("验证码", "Captcha")
                .source(Seeds.CN, 17076, "验证码服务等级协议")
                .updated("2020-08-10T16:09:13")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.6-1.7 (17107-17109): per-minute error rate; a minute above 0.01% is unavailable.
                        .measuredBy(Rules.errorRateAbove("0.01", Duration.ofMinutes(1)))
                        .commitment("99.99", 17117)
                        // 3.1 (17150-17154): 10 x the failed requests of the month's fault events, as captcha requests.
                        .credit(Credits.perFailedRequest(CreditUnit.CAPTCHA_REQUESTS, "10"), 17152))
                .creditForm(CreditForm.FREE_USAGE)
                .claimWithinMonths(5, 2, 17162)
                .exclusion("4.1", SECURITY_THREAT, 17170)
                .exclusion("4.2", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY.worded("Equipment, software or technology of the customer or of "
                        + "any third party"), 17172)
                .exclusion("4.3", NOT_CONFIGURED_AS_REQUIRED, 17174)
                .exclusion("4.4", Clause.of("product-rules-breach", "The customer breached any Tencent Cloud product rules"), 17176)
                .exclusion("4.5", NON_PAYMENT.worded("The customer did not pay, is in arrears or took a refund"), 17178)
                .exclusion("4.6", UNLAWFUL_USE.worded("The customer used Tencent Cloud products unlawfully"), 17180)
                .exclusion("4.7", Clauses.ANNOUNCED_MAINTENANCE.worded("Maintenance or upgrade of the network, hardware or services "
                        + "related to this service; Tencent Cloud notifies the schedule in advance"), 17182)
                .exclusion("4.8", FORCE_MAJEURE, 17184)
                .exclusion("4.9", NOT_TENCENT_CAUSE, 17186)
                .exclusion("4.10", LEGAL_EXEMPTION.worded("Cases where laws and regulations, related agreements or rules, or service "
                        + "terms, rules and explanations Tencent Cloud publishes separately exempt Tencent Cloud from liability or "
                        + "compensation"), 17188)
                .note("Failed requests (1.4, 17099-17103): responses with a 4xx or 5xx status caused by the captcha system, and normal "
                        + "requests that never reached the captcha server because of a captcha system failure. Give each natural "
                        + "minute's sample as (all requests the customer made, including those that never arrived; failed requests "
                        + "of both kinds).")
                .note("Unavailability (1.7, 17109): a minute whose error rate is above 0.01% is unavailable (0.01% itself is not); "
                        + "a minute without requests is not unavailable.")
                .note("Reading of the credit (3.1, 17152-17154): the sentence says 10 times the failed requests in the month's fault "
                        + "events, but its formula reads \"赔偿次数 = 故障次数 * 10\" (fault events x 10); the example multiplies the "
                        + "failed requests (10 failed requests: 10 * 10 = 100 captcha requests). The failed requests are taken, as the "
                        + "sentence and the example say.")
                .note("Reading of the fault events (1.7, 17109): \"服务连续1分钟以上不可用的，计为一次故障事件\" - 以上 is read as "
                        + "inclusive, so every unavailable minute belongs to a fault event and the credit counts the failed requests "
                        + "of every unavailable minute that no exclusion removes (a minute overlapping excluded time counts none).")
                .note("The credit is owed only when the month's availability is below 99.99% (3, 17148); it is paid as free captcha "
                        + "requests (17150), never money.")
                .note("Claims (3.2, 17156-17166): after the 5th business day following the month, through the account's ticket "
                        + "system, within two calendar months after the month ends; disputes are settled by Tencent Cloud's backend "
                        + "records (17158-17160).")
                .note("Liability (5.1, 17190-17192; 1.9, 17113): Tencent Cloud's total liability for breach is at most the service "
                        + "year's fee paid for the service in breach; a service year runs from the activation day (1.1, 17091).")
                .note("Service months (1.2, 17093-17095) are the calendar months of the purchase, the first partial: activated on Mar "
                        + "17, the first runs Mar 17-31; availability is computed per service month. Give activeFrom/activeUntil for "
                        + "a partial month.")
                .build();
    }
}
