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

/** Prometheus 监控服务服务等级协议 (TencentCloud Managed Service for Prometheus), seed 002 line 42145. */
final class Tmp {
    private Tmp() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tmp", Site.CN, Family.OBSERVABILITY)
                .names("Prometheus 监控服务", "TencentCloud Managed Service for Prometheus")
                .source(Seeds.CN, 42145, "Prometheus 监控服务服务等级协议")
                .updated("2021-10-09T16:34:40")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单实例服务可用性")
                        // 1.2-1.5 (42164-42174): per Prometheus instance; unavailable when the service cannot collect or query data
                        // for Tencent Cloud's reasons, unannounced maintenance included; outages of 5 minutes or less ignored.
                        .measuredBy(ObservabilityTerms.overFiveMinutesExact())
                        .commitment("99.95", 42188)
                        .tiers(42279,
                                tier("[99, 99.95)", "10"),
                                tier("(95, 99)", "25"),
                                tier("[0, 95]", "100")))
                .claim(5, 60, 42227)
                .note(ObservabilityTerms.managedInstanceThreshold(42172))
                .note(ObservabilityTerms.ninetyFiveInTwoRows(42283))
                .note("1.7 (42182-42184): the monthly fee is the cash paid for the one Prometheus instance in the service month, excluding "
                        + "purchased-but-unconsumed amounts and voucher, coupon or fee-waiver deductions; 3.1(2) (42223-42225) caps the "
                        + "voucher at that month's fee.")
                .note("5.2 (42263-42265): total liability is at most the fees paid for the service concerned.")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 42190,
                        "availability", YearMonth.of(2024, 4), "21.6");
        return ObservabilityTerms.managedInstanceClauses(sla, Clauses.FORCE_MAJEURE.worded("Other force majeure"),
                42241, 42243, 42245, 42247, 42249, 42251, 42253, 42255, 42257).build();
    }
}
