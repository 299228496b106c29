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

/** 终端性能监控 Pro 服务等级协议 (MPM Pro), seed 002 line 43650: reporting interface and console minutes summed. */
final class MpmPro {
    private MpmPro() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("mpm-pro", Site.CN, Family.OBSERVABILITY)
                .names("终端性能监控 Pro", "Mobile Performance Monitoring Pro (MPM Pro)")
                .source(Seeds.CN, 43650, "终端性能监控 Pro 服务等级协议")
                .liabilityCapOverMonths(12, 43794)
                .updated("2025-06-30T17:43:32")
                .effective("2025-06-30", 43655)
                .metric(metric("availability", "服务可用性")
                        // 1.4 (43689): 不可用分钟数 = 监控数据上报接口不可用分钟数 + 服务控制台不可用分钟数, added.
                        .measuredBy(Rules.summedScopeMinutes()
                                .scopeIgnoringAtOrUnder("reporting", Duration.ofMinutes(5))
                                .scopeIgnoringAtOrUnder("console", Duration.ofMinutes(5)))
                        .commitment("99.9", 43699)
                        .tiers(43800,
                                tier("[98, 99.9)", "10"),
                                tier("[95, 98)", "20"),
                                tier("[0, 95)", "30")))
                .claim(5, 60, 43732)
                .note("Input (1.4, 43689-43695): each provider incident names its component as its scope: \"reporting\" (monitoring "
                        + "data of the production environment cannot be reported to the back end) or \"console\" (the console cannot be "
                        + "entered to create applications, edit configuration or view data). The two are added, not merged.")
                .note("Thresholds (43691, 43695): an outage recovered in 5 minutes or less (\"5分钟（含）以下\") is not counted, on either "
                        + "component; no rounding is stated: exact durations.")
                .note("5.8 (43768) lists its cases (1)-(4) (43770-43776): basic telecom changes, authorities' or carriers' controls, "
                        + "public network congestion or hacking, other causes outside Tencent Cloud's control.")
                .note("3.1 (2) (43728): the voucher is capped at the month's fee. 6.1 (43792-43794): total liability is at most the "
                        + "fees paid, or the past 12 months' fees after 12 months of use (LiabilityLedger applies it across months).");
        return ObservabilityTerms.template2025Clauses(sla, "4", 43744, "5",
                43750, 43752, 43754, 43756, 43758, 43760, 43762, 43768, 43778, 43780, 43782, 43784, 43786).build();
    }
}
