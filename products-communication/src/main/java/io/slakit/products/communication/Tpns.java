package io.slakit.products.communication;

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

/** 移动推送 基础版（不包括体验版）服务等级协议 (Tencent Push Notification Service, basic edition), seed 002 line 25713. */
final class Tpns {
    private Tpns() {
    }

    static SlaDefinition definition() {
        return Sla.define("tpns", Site.CN, Family.COMMUNICATION)
                .names("移动推送 基础版", "Tencent Push Notification Service (basic edition, not the trial edition)")
                .source(Seeds.CN, 25713, "移动推送 基础版（不包括体验版）服务等级协议")
                .updated("2023-06-09T16:13:33")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (25742-25746): a minute is unavailable only when every push attempt in it (API or console)
                        // failed; a minute with any success is available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 25752)
                        // The table's first row is at 25786; the page break moves the other two to 25839-25841.
                        .tiers(25786,
                                tier("[99, 99.9)", "10"),
                                tier("[98, 99)", "20"),
                                tier("[0, 98)", "50")))
                .claim(5, 60, 25789)
                .exclusion("4.1", "announced-maintenance", "System maintenance notified in advance (cutover, repair, upgrade, failure drills)", 25803)
                .exclusion("4.2", "third-party-network", "Network or equipment failure or configuration change outside Tencent Cloud's equipment", 25805)
                .exclusion("4.3", "customer-app-attacked", "The customer's application interface or data was attacked or misused", 25807)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 25809)
                .exclusion("4.5", "customer-operation", "The customer's negligent authorisation, wrong operations, own devices or third-party software or devices", 25811)
                .exclusion("4.6", "customer-ignored-docs", "The customer did not follow the product documentation or advice", 25813)
                .exclusion("4.7", "capacity-exceeded", "Push delay or loss from use beyond the capacity of the paid version", 25815)
                .exclusion("4.8", "not-tencent-cause", "Unavailability or missed targets not caused by Tencent Cloud", 25817)
                .exclusion("4.9", "legal-exemption", "Exemptions under laws, agreements or rules Tencent Cloud publishes", 25819)
                .exclusion("5.5", "outside-domestic-paid-scope", "Pushes outside the agreement's scope: an app used abroad, or messages pushed to customers abroad "
                        + "(the agreement covers only the domestic public-cloud paid push service)", 25835)
                .note("Scope (title 25713, 5.5 at 25835): only the domestic public-cloud paid basic edition; the trial edition (体验版) has no SLA. "
                        + "Pushes from an app used abroad or to customers abroad are coded with clause 5.5 and removed from the count.")
                .note("1.4 (25748) reads \"天数 x 24（小时）x（分钟）\" with the 60 missing; the month's total minutes are read as days x 24 x 60.")
                .note("A minute with no push attempt has no failed attempt and is not counted as unavailable (1.3, 25742).")
                .note("3.1(2) (25760): the credit is a voucher for this service, capped at the month's fee for the service (excluding vouchers and discounts).")
                .note("5.1 (25821) caps the total liability at the fees paid for the service; it is not a per-month rule.")
                .note("The text states no effective date; the last-updated day 2023-06-09 stands in. Earlier months are evaluated under this version with a warning.")
                .build();
    }
}
