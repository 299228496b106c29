package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 前端性能监控服务等级协议 (Real User Monitoring), seed 002 line 42699: a minute with 5 or more failed API calls is down. */
final class Rum {
    private Rum() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("rum", Site.CN, Family.OBSERVABILITY)
                .names("前端性能监控", "Real User Monitoring (RUM)")
                .source(Seeds.CN, 42699, "前端性能监控服务等级协议")
                .updated("2021-10-08T15:11:47")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (42730): 如果一分钟内调用前端性能监控 API 出现5次及以上服务不可用，则记录为服务不可用分钟.
                        .measuredBy(Rules.failedAtLeast(5, Duration.ofMinutes(1)))
                        .commitment("99.9", 42734)
                        .tiers(42768,
                                tier("[99, 99.9)", "10"),
                                tier("[98, 99)", "20"),
                                tier("[0, 98)", "50")))
                .claim(5, 60, 42773)
                .note("Input (1.3-1.4, 42726-42730): one window sample per minute (aligned to 00:00:00 Beijing time) with the RUM API "
                        + "calls made and those that failed through the service (back-end errors, response timeouts, no connection). "
                        + "A minute with 5 or more failed calls is an unavailable minute, whatever the number of calls; 4 failures never are.")
                .note("1.3 (42726-42728): failures caused by the user's devices, network problems or domain access restrictions are not "
                        + "counted (\"不计算在内\"): they are not failed calls of the input; where such time must be attributed, clauses 4.2 "
                        + "and 4.5 cover it.")
                .note("The last tier row (\"低于98.0% 月度服务费的50%\") is displaced to 42817, after section 5; it is read with the table "
                        + "at 42766-42770.")
                .note("3.1 (2) (42742): the voucher is capped at the month's fee, excluding voucher, coupon or fee-waiver deductions. "
                        + "5.1 (42805): total liability is at most the fees paid for the service concerned.");
        return ObservabilityTerms.monitoringClauses(sla, "4", 42787, 42789, 42791, 42793, 42795, 42797, 42799, 42801, 42803).build();
    }
}
