package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.core.rules.Signals.lastingAtLeast;
import static io.slakit.core.rules.Signals.signal;

/** 腾讯浏览服务等级协议 (Tencent Browsing Service, TBS document engine SDK), seed 002 line 51623. */
final class Tbs {
    /** The span signal: half or more of the SDK's document-viewing users could open no document. */
    static final String MAJORITY_CANNOT_OPEN = "majority-cannot-open";

    private Tbs() {
    }

    static SlaDefinition definition() {
        return Sla.define("tbs", Site.CN, Family.SAAS)
                .names("腾讯浏览服务", "Tencent Browsing Service (TBS)")
                .source(Seeds.CN, 51623, "腾讯浏览服务等级协议")
                .updated("2023-07-27T10:18:11")
                .effectiveFromUpdatedDate()
                .months(MonthRule.CALENDAR_WITH_PARTIAL) // 1.5 (51654-51658): opened Mar 17 for three months -> Mar 17-31, ..., Jun 1-16
                .metric(metric("availability", "服务可用性")
                        // 1.4 (51650-51652): time counts only while 50% or more of the users opening documents through the SDK
                        // could open none, for 10 minutes or longer; fewer users or shorter spans do not count.
                        .measuredBy(Rules.compositeMinutes(lastingAtLeast(Duration.ofMinutes(10), signal(MAJORITY_CANNOT_OPEN))).exact())
                        .commitment("99.9", 51664)
                        // 3.1 (51694-51700): [99, 99.9) 10%, [95, 99) 15%, below 95 50% of the monthly fee.
                        .tiers(51694,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "15"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 51703)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded(
                        "System maintenance after prior notice, including cutover, repair, upgrade and failure drills"), 51717)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 51719)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded(
                        "The customer's application interfaces or data are attacked, or other improper behaviour"), 51721)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 51723)
                .exclusion("4.5", SaasTerms.NEGLIGENT_AUTHORISATION, 51725)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 51727)
                .exclusion("4.7", "capacity-exceeded", "Push delays or drops from use beyond the capacity rated for the paid version", 51729)
                .exclusion("4.8", SaasTerms.NOT_TENCENT, 51731)
                .exclusion("4.9", "user-carrier-attack-or-force-majeure", "The user's own causes, carrier blocking, illegal attacks or "
                        + "other third-party causes, or force majeure", 51733)
                .exclusion("4.10", "outside-equipment", "Network or equipment failure or configuration change outside Tencent Cloud's "
                        + "equipment (as 4.2, restated)", 51735)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 51737)
                .exclusion("4.12", Clauses.FORCE_MAJEURE.worded("Other force majeure or accidents"), 51739)
                .note("Input (1.4, 51650-51652): give each span in which 50% or more of the users opening documents through the SDK in the "
                        + "customer's client could open no document as an incident on signal \"" + MAJORITY_CANNOT_OPEN + "\" (the customer "
                        + "marks the spans where half or more of the users failed; exactly half counts). Only spans of 10 minutes or longer "
                        + "count, whole and to the second (a span of exactly 10 minutes counts); shorter spans count nothing. The text states "
                        + "no rounding: durations are exact. Availability = 1 - unavailable minutes / (days x 24 x 60) (1.6, 51660-51662).")
                .note("1.3 (51646-51648): only interruptions caused by Tencent Cloud's servers, machine rooms, product functions or Tencent "
                        + "Cloud's own mishandling are unavailability; other time is not counted. It defines the provider's incidents "
                        + "rather than removing time from them, so it is a note: give only such spans.")
                .note("Credits are for customers who bought the service and incurred fees; customers using a free call package are out of "
                        + "scope (51670). The voucher is capped at the month's fee, which is the cash actually paid, excluding vouchers, "
                        + "coupons or fee waivers (3(2), 51678-51680): give that as the resource's fee. Vouchers buy only this service (51674-51676).")
                .note("3.2 (51703-51711) lets a claim be made after a failed service month \"或年度\" (or year), from the 5th working day "
                        + "after its end to 60 calendar days after it; the text measures availability only per service month (51658), so "
                        + "the window is encoded per month.")
                .note("4.10 (51735) restates 4.2 (51719) in nearly the same words; it keeps its own code so a report can name either. "
                        + "5.1 (51741-51743): defects unavoidable at the industry's technical level are not a breach; 5.2 (51745): liability "
                        + "is at most the fees paid for the breached service.")
                .allowanceExample("June at 99.9% allows 30 x 24 x 60 x 99.9% = 43156.8 available minutes, 43200 - 43156.8 = 43.2 minutes "
                        + "of unavailable time", 51668, "availability", YearMonth.of(2024, 6), "43.2")
                .build();
    }
}
