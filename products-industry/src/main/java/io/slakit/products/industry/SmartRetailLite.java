package io.slakit.products.industry;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 智慧零售增长平台 Lite 版服务等级协议, seed 002 line 57120. */
final class SmartRetailLite {
    private SmartRetailLite() {
    }

    static SlaDefinition definition() {
        return Sla.define("smart-retail-lite", Site.CN, Family.INDUSTRY)
                .names("智慧零售增长平台 Lite 版", "Smart retail growth platform Lite")
                .source(Seeds.CN, 57120, "智慧零售增长平台 Lite 版服务等级协议")
                .updated("2023-09-11T16:05:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (57147-57153): a minute is unavailable when, for Tencent Cloud's reasons, every consecutive attempt
                        // to reach the platform (https://sili.tencent.com) failed; partial use makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99", 57161)
                        .tiers(57253,
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 57201)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 57223)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 57225)
                .exclusion("4.3", IndustryTerms.INTERFACES_ATTACKED, 57227)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 57229)
                .exclusion("4.5", IndustryTerms.NEGLIGENT_AUTHORISATION, 57231)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 57233)
                .exclusion("4.7", Clauses.NOT_TENCENT_CAUSE, 57235)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, 57237)
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts made and failed; a "
                        + "minute counts only when every attempt failed. Minutes without a sample count as available.")
                .note("1.2 (57143-57145): the service is bought by the service year (Mar 17, 2022 to Mar 16, 2023) and availability "
                        + "is computed for each calendar month in it. Reading: the first and last months are cut at the year's start "
                        + "and end (give activeFrom/activeUntil); the text gives no example of a partial month.")
                .note("3.1 注 (57199): the monthly fee is the service amount divided by the number of service months; the caller "
                        + "gives that figure as the month's fee. 3.1 2 (57195-57197): the voucher is capped at the month's fee, "
                        + "excluding voucher, coupon or fee-waiver deductions.")
                .note("3.3 (57213-57219): a claim needs the Tencent Cloud and platform accounts, the dates, times and duration of "
                        + "the outage, and what else Tencent Cloud reasonably asks. 5.1 (57239-57241): liability is at most the fees "
                        + "paid for the service in breach.")
                .build();
    }
}
