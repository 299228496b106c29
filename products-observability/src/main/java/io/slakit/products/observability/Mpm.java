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

/** 终端性能监控服务等级协议 (Mobile Performance Monitoring), seed 002 line 43406: console and interface minutes summed. */
final class Mpm {
    private Mpm() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("mpm", Site.CN, Family.OBSERVABILITY)
                .names("终端性能监控", "Mobile Performance Monitoring (MPM)")
                .source(Seeds.CN, 43406, "终端性能监控服务等级协议")
                .updated("2023-04-18T11:39:55")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (43433): 不可用分钟 = 控制台不可用分钟数 + 接口不可用分钟数, added.
                        .measuredBy(Rules.summedScopeMinutes()
                                .scopeIgnoringUnder("console", Duration.ofMinutes(5))
                                .scopeIgnoringAtOrUnder("interface", Duration.ofMinutes(5)))
                        .commitment("99.0", 43447)
                        .tiers(43524,
                                tier("[98, 99)", "10"),
                                tier("[95, 98)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 43480)
                .note("Input (1.4, 43433-43443): each provider incident names its component as its scope: \"console\" (business "
                        + "systems or applications cannot be created or edited, performance data cannot be viewed) or \"interface\". "
                        + "Unannounced maintenance counts. The two are added, not merged: an hour with both down counts 120 minutes.")
                .note("Thresholds (43437, 43443): a console outage under 5 minutes is not counted, \"不包含5分钟\": exactly 5 minutes "
                        + "counts; an interface outage of 5 minutes or less is not counted, \"包含5分钟\": exactly 5 minutes is ignored. "
                        + "No rounding is stated: exact durations.")
                .note("3.1 (2) (43455): the voucher is capped at the month's fee actually paid in cash. 5.1 (43512): total liability "
                        + "is at most the fees paid for the service concerned.");
        return ObservabilityTerms.monitoringClauses(sla, "4", 43494, 43496, 43498, 43500, 43502, 43504, 43506, 43508, 43510).build();
    }
}
