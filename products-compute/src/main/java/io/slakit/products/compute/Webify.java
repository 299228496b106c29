package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** Web 应用托管服务等级协议 (CloudBase Webify), seed 002 line 37258. */
final class Webify {
    private Webify() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("webify", Site.CN, Family.COMPUTE)
                .names("Web 应用托管", "CloudBase Webify")
                .source(Seeds.CN, 37258, "Web 应用托管服务等级协议")
                .updated("2023-07-26T15:44:01")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3-1.5 (37283-37291): a 5-minute window whose error rate is above 5% is unavailable; failures are
                        // HTTP 500, CDN 5xx and platform SYS_ERROR.
                        .measuredBy(Rules.errorRateAbove("5", Duration.ofMinutes(5)))
                        .commitment("99.90", 37297)
                        .tiers(37325,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 37334)
                .months(MonthRule.TOUCHED_CALENDAR_MONTHS)
                .note("1.2 (37277-37281) counts each calendar month the service period touches as a whole month: a service opened on "
                        + "Mar 17 for three months has the service months Mar 1-31, April, May and Jun 1-30.")
                .note("Exactly 5% errors is not \"超过5%\" and the window is available; a window with no requests is available.")
                .note("Claims need the unavailability events and times, the affected services and request logs showing the outage (3.3).")
                .exclusion("4.1", CloudBaseClauses.MAINTENANCE, 37356)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 37358)
                .exclusion("4.3", CloudBaseClauses.ATTACKED, 37360)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 37362)
                .exclusion("4.5", CloudBaseClauses.OPERATION, 37364)
                .exclusion("4.6", CloudBaseClauses.IGNORED_DOCS, 37366)
                .exclusion("4.7", CloudBaseClauses.PLAN_CAPACITY_EXCEEDED, 37368)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, 37370)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 37372)
                .exclusion("4.10", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 37374);
        return sla.build();
    }
}
