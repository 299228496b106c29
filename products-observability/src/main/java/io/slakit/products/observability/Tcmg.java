package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;

import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** Grafana 服务服务等级协议 (TencentCloud Managed Service for Grafana), seed 002 line 41997. */
final class Tcmg {
    private Tcmg() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tcmg", Site.CN, Family.OBSERVABILITY)
                .names("Grafana 服务", "TencentCloud Managed Service for Grafana")
                .source(Seeds.CN, 41997, "Grafana 服务服务等级协议")
                .updated("2023-05-17T17:15:11")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单实例服务可用性")
                        // 1.2-1.5 (42018-42028): per Grafana instance; unavailable when Grafana cannot display visual data
                        // for Tencent Cloud's reasons, unannounced maintenance included; outages of 5 minutes or less ignored.
                        .measuredBy(ObservabilityTerms.overFiveMinutesExact())
                        .commitment("99.95", 42042)
                        .tiers(42134,
                                tier("[99, 99.95)", "10"),
                                tier("(95, 99)", "25"),
                                tier("[0, 95]", "100")))
                .claim(5, 60, 42082)
                .note(ObservabilityTerms.managedInstanceThreshold(42026))
                .note(ObservabilityTerms.ninetyFiveInTwoRows(42138))
                .note("1.7 (42036-42038): the monthly fee is the cash paid for the one Grafana instance in the service month, excluding "
                        + "purchased-but-unconsumed amounts and voucher, coupon or fee-waiver deductions; 3.1(2) (42078-42080) caps the "
                        + "voucher at that month's fee.")
                .note("5.2 (42118-42120): total liability is at most the fees paid for the service concerned.")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 42044,
                        "availability", YearMonth.of(2024, 4), "21.6");
        return ObservabilityTerms.managedInstanceClauses(sla, Clauses.FORCE_MAJEURE.worded("Other force majeure or accidents"),
                42096, 42098, 42100, 42102, 42104, 42106, 42108, 42110, 42112).build();
    }
}
