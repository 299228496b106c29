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
 * 腾讯云 BI 服务等级协议 (seed 002 line 25428): the advanced and professional editions promise 99.90 % per
 * instance; the personal edition has no commitment; the free trial is outside the service covered.
 */
final class Bi {
    private Bi() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("bi", Site.CN, Family.BIGDATA)
                .names("腾讯云 BI", "Tencent Cloud BI")
                .source(Seeds.CN, 25428, "腾讯云 BI 服务等级协议")
                .updated("2023-07-27T11:39:11")
                .effectiveFromUpdatedDate()
                .edition("advanced", "高级版", availability())
                .edition("professional", "专业版", availability())
                .edition("personal", "个人版 (Personal): no commitment, no credit (2.2, 25465 names only 高级版 and 专业版)")
                .defaultEdition("advanced")
                .claim(5, 60, 25509)
                .exclusion("1.1", Clauses.TRIAL_OR_FREE_USE.worded("The free trial period is not part of the service this SLA covers "
                        + "(1.1: 腾讯云 BI（不包括免费试用期）服务)"), 25481);
        return BigdataTerms.visualisationClauses(b, 25525, 25527, 25529, 25531, 25533, 25535, 25537, 25539, 25541)
                .note("Editions (2.2, 25465): the text names three editions, 个人版 (personal), 高级版 (advanced) and 专业版 (professional), "
                        + "and promises 99.90% only for the advanced and professional editions. The personal edition has no commitment and "
                        + "no credit: its edition has no metric, and evaluating it answers \"no credit defined\". The advanced edition is the default.")
                .note("1.3 (25453-25457): a minute counts only when every consecutive attempt to open or connect to the BI instance failed "
                        + "through Tencent Cloud's fault (the product could not be used at all); a minute in which some function worked or "
                        + "some attempt succeeded is available. Each instance is one resource.")
                .note("The text defines no monthly fee of its own; 3.1(2) (25475-25477) caps the credit at the month's fee paid for the "
                        + "service, excluding voucher, coupon and fee-waiver deductions. Give the instance's fee for the month.")
                .note("Free trial (1.1, 25481): time in the free trial is outside the SLA; mark it with the code trial-or-free-use.")
                .note("Clause 4.1 (25525) excludes system maintenance without the words \"预先通知\" (notified in advance) other texts use: "
                        + "it has its own code, system-maintenance.")
                .note("Claims (3.3, 25515): a claim must come with a detailed incident report, the dates, times and durations of the "
                        + "unavailability, and other information Tencent Cloud reasonably asks for.")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID)
                .build();
    }

    /** 1.3/1.4/2.1/2.2/3.1 (25453-25463, 25465, 25555-25561): 99.90%, 10 / 20 / 100 %. */
    private static MetricSpec availability() {
        return metric("availability", "服务可用性")
                .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                .commitment("99.90", 25465)
                .tiers(25555,
                        tier("[99, 99.90)", "10"),
                        tier("[95, 99)", "20"),
                        tier("[0, 95)", "100"));
    }
}
