package io.slakit.products.bigdata;

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

/**
 * 弹性 MapReduce 服务等级协议 (EMR), seed 002 line 23817: availability = 1 - the sum of the 5-minute error
 * rates / the number of 5-minute units in the month, per account per region, all EMR services there combined.
 */
final class Emr {
    private Emr() {
    }

    static SlaDefinition definition() {
        return Sla.define("emr", Site.CN, Family.BIGDATA)
                .names("弹性 MapReduce", "Elastic MapReduce (EMR)")
                .source(Seeds.CN, 23817, "弹性 MapReduce 服务等级协议")
                .updated("2023-09-13T11:59:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.2 (23836): 5-minute units, 288 a day, 00:00:00 standing for 00:00:00-00:04:59. 1.5 (23848-23852):
                        // a unit's error rate = its errors / its valid requests; a unit without requests is 100% available.
                        // 2.1 (23895): availability = (1 - sum of unit error rates / units in the month) x 100%.
                        .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)))
                        .commitment("99.9", 23897)
                        .tiers(23951,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 23915)
                .exclusion("4.1", "user-side-fault", "Faults from user-side problems (wrong configuration parameters, unreasonable resource "
                        + "use, business-logic bugs)", 23923)
                .exclusion("4.2", "customer-or-third-party-technology", "The customer's or a third party's devices, software or other "
                        + "technology (third parties the service directly controls excepted)", 23925)
                .exclusion("4.3", "third-party-collaborator", "Causes of the customer or third-party collaborators (CVM resource limits, COS "
                        + "capacity limits, CAM roles, security groups, VPC configuration)", 23927)
                .exclusion("4.4", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed levels not caused by Tencent Cloud"), 23929)
                .exclusion("4.5", Clauses.LEGAL_EXEMPTION, 23931)
                .note("Scope (2.1, 23891-23893): one resource is one account's EMR in one region; all EMR services of the account in that "
                        + "region are combined: give their summed valid and error requests per 5-minute unit.")
                .note("Quiet units (1.5, 23852: 如果在单位时间内，您未发起任何请求，则认为是100%可用): a unit without requests has an error rate "
                        + "of 0 and still counts in the number of units (days x 288); give only the units with requests.")
                .note("1.6 (23854): a unit in which every valid request returned an error is unavailable; in the formula of 2.1 it has the "
                        + "error rate 1, so it needs no separate rule.")
                .note("Counts (1.3, 23838-23840; 1.4, 23842-23846): valid requests are API calls to the service's functions, not counting "
                        + "throttled requests, requests failed by the service's upgrades, changes or downtime, or requests from hacker "
                        + "attacks on the user's side; errors are valid requests answered with HTTP 500 or 503, not counting slow cluster "
                        + "responses under extreme load or task failures and slowness from open-source component bugs. 1.5 (23848) counts "
                        + "only errors caused by Tencent Cloud. Give the window counts with these requests left out.")
                .note("Exclusions (section 4, 23921): the text removes unavailable time from the calculation; under this rule there are "
                        + "no unavailable minutes to remove, and 1.5 counts only errors caused by Tencent Cloud. Reading chosen: errors "
                        + "from a cause in 4.1-4.5 are left out of the window's error count (the valid requests stay). The core's mean "
                        + "rule reports time attributed to a clause but does not itself remove the overlapping units' rates, so the "
                        + "counts given must already leave those errors out.")
                .note("Monthly fee (1.8, 23862-23864): what one account paid in the service month for EMR in one region, not counting "
                        + "the fees of the CVM, TKE, CBS, COS or other basic resources the EMR clusters use; give that as the "
                        + "resource's fee. The fee excludes voucher, coupon and fee-waiver deductions (3.1(2)).")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID)
                .build();
    }
}
