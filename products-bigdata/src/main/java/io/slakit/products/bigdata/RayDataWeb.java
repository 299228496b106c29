package io.slakit.products.bigdata;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * 数字孪生可视化网页版 RayData Web 服务等级协议 (seed 002 line 25570): the basic and advanced editions promise
 * 99.90 % per project; the free trial is outside the service covered.
 */
final class RayDataWeb {
    private RayDataWeb() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("raydata-web", Site.CN, Family.BIGDATA)
                .names("数字孪生可视化网页版 RayData Web", "RayData Web (digital-twin visualisation, web edition)")
                .source(Seeds.CN, 25570, "数字孪生可视化网页版 RayData Web 服务等级协议")
                .updated("2024-06-28T11:47:21")
                .effectiveFromUpdatedDate()
                .edition("basic", "基础版", availability())
                .edition("advanced", "高级版", availability())
                .claim(5, 60, 25652)
                .exclusion("1.1", Clauses.TRIAL_OR_FREE_USE.worded("The free trial period is not part of the service this SLA covers "
                        + "(1.1: RayData Web（不包括免费试用期）服务)"), 25627);
        return BigdataTerms.visualisationClauses(b, 25668, 25670, 25672, 25674, 25676, 25678, 25680, 25682, 25684)
                .note("Editions (2.2, 25611): basic (基础版) and advanced (高级版), both 99.90% with the same table.")
                .note("1.3 (25599-25603): a minute counts only when every consecutive attempt to open or connect to the RayData Web "
                        + "project failed through Tencent Cloud's fault (the product could not be used at all); a minute in which some "
                        + "function worked or some attempt succeeded is available. Each project is one resource.")
                .note("The text defines no monthly fee of its own; 3.1(2) (25621-25623) caps the credit at the month's fee paid for the "
                        + "service, excluding voucher, coupon and fee-waiver deductions. Give the project's fee for the month.")
                .note("Free trial (1.1, 25627): time in the free trial is outside the SLA; mark it with the code trial-or-free-use.")
                .note("Clause 4.1 (25668) excludes system maintenance without the words \"预先通知\" (notified in advance) other texts use: "
                        + "it has its own code, system-maintenance.")
                .note("Claims (3.3, 25658): a claim must come with a detailed incident report, the dates, times and durations of the "
                        + "unavailability, and other information Tencent Cloud reasonably asks for.")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID)
                .build();
    }

    /** 1.3/1.4/2.1/2.2/3.1 (25599-25609, 25611, 25698-25704): 99.90%, 10 / 25 / 100 %. */
    private static MetricSpec availability() {
        return metric("availability", "服务可用性")
                .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                .commitment("99.90", 25611)
                .tiers(25698,
                        tier("[99, 99.90)", "10"),
                        tier("[95, 99)", "25"),
                        tier("[0, 95)", "100"));
    }
}
