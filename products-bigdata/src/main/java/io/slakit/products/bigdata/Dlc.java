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

/** 数据湖计算 DLC 服务等级协议 (seed 002 line 25004): 5-minute units, 99.5 %, 10 / 25 / 100 % at 98 / 95. */
final class Dlc {
    private Dlc() {
    }

    static SlaDefinition definition() {
        return Sla.define("dlc", Site.CN, Family.BIGDATA)
                .names("数据湖计算 DLC", "Data Lake Compute (DLC)")
                .source(Seeds.CN, 25004, "数据湖计算 DLC 服务等级协议")
                .updated("2023-05-26T14:18:33")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (25035-25037) and 1.5 (25045-25047): a five-minute unit in which every attempt to connect to DLC
                        // failed, through Tencent Cloud's fault, counts 5 unavailable minutes.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(5)))
                        .commitment("99.5", 25061)
                        .tiers(25083,
                                tier("[98, 99.5)", "10"),
                                tier("[95, 98)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 25098)
                .exclusion("4.1", BigdataTerms.BEYOND_REASONABLE_CONTROL.worded("Causes beyond Tencent Cloud's "
                        + "reasonable control: force majeure, Internet access, or factors beyond the product's boundary (see the Tencent "
                        + "Cloud service agreement)"), 25118)
                .exclusion("4.2", "open-source-bug", "User-side faults from bugs within the open-source community components", 25120)
                .exclusion("4.3", Clauses.ANNOUNCED_MAINTENANCE, 25122)
                .exclusion("4.4", BigdataTerms.NEGLIGENT_AUTHORISATION, 25124)
                .exclusion("4.5", BigdataTerms.UNSUPPORTED_USAGE.worded("Use outside the usage, version compatibility or API norms the DLC version supports"), 25126)
                .exclusion("4.6", "third-party-collaborator", "Causes of third-party collaborators (CVM or EKS resource limits, COS capacity "
                        + "limits, CAM roles, security groups, VPC configuration)", 25128)
                .exclusion("4.7", "advice-not-followed", "Tencent Cloud advised the customer to change how it uses the service and the "
                        + "customer did not", 25130)
                .exclusion("4.8", BigdataTerms.CAPACITY_INSUFFICIENT, 25132)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 25134)
                .note("Reading of 1.3/1.5 (25035-25047): 1.3 says \"连续五（5）分钟\" (five consecutive minutes) and 1.5 \"某五（5）分钟单位\" "
                        + "(a five-minute unit): the units are taken as aligned from 00:00:00 (288 a day); a unit counts 5 minutes only "
                        + "when every attempt to connect to DLC in it failed. A failure that straddles two units without filling either "
                        + "is not counted.")
                .note("Section 4 (25116) says the listed causes are outside Tencent Cloud's compensation (不属于腾讯云的赔偿范畴) without "
                        + "the other texts' words that their time leaves the calculation. Reading chosen: a unit attributed to a clause "
                        + "is not counted, which gives the same credit.")
                .note("Scope: the text measures connection attempts to the DLC service (1.3) without naming an instance or region: "
                        + "evaluate the account's DLC service as one resource with the month's fee for the service (1.6, 25051), which "
                        + "excludes purchased-but-unconsumed amounts and voucher, coupon or fee-waiver deductions.")
                .note("Claims (3.3, 25106): Tencent Cloud may ask for the account ID and APPID, the reason with the abnormal service and "
                        + "the time of the problem, and other information it reasonably needs.")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID)
                .build();
    }
}
