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

/** 云压测服务等级协议 (Performance Testing Service), seed 002 line 42824: console, scenario and interface minutes summed. */
final class Pts {
    private Pts() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("pts", Site.CN, Family.OBSERVABILITY)
                .names("云压测", "Performance Testing Service (PTS)")
                .source(Seeds.CN, 42824, "云压测服务等级协议")
                .updated("2025-06-23T17:55:02")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (42853): 不可用分钟 = 控制台不可用分钟数 + 压测场景无法运行分钟数 + 接口不可用分钟数, added.
                        .measuredBy(Rules.summedScopeMinutes()
                                .scopeIgnoringUnder("console", Duration.ofMinutes(5))
                                .scopeIgnoringUnder("scenario", Duration.ofMinutes(5))
                                .scopeIgnoringUnder("interface", Duration.ofMinutes(5)))
                        .commitment("99.50", 42873)
                        .tiers(42954,
                                tier("[98, 99.5)", "10"),
                                tier("[95, 98)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 42908)
                .note("Input (1.4, 42853-42867): each provider incident names its component as its scope: \"console\" (projects, "
                        + "scenarios or reports cannot be created, edited or viewed), \"scenario\" (scenarios cannot run because of the "
                        + "PTS back end; not scenario errors of the customer's own script, 42861-42863), \"interface\" (the interface "
                        + "is unavailable). Unannounced maintenance counts. The three are added, not merged.")
                .note("Reading (42857-42871): each component says an outage recovered \"在5分钟以下\" is not counted and adds \"不超过5分钟的，"
                        + "不包含5分钟\" (console, 42857) or \"不包含\" (scenario 42865, interface 42869), which excludes 5 minutes itself "
                        + "from the ignored outages; the scenario and interface sentences also say only outages \"超过5分钟\" count. "
                        + "Read with MPM's text, which writes \"不包含5分钟\" for its console and \"包含5分钟\" for its interface (43437, 43443), "
                        + "\"不包含\" keeps an outage of exactly 5 minutes in the count. " + ObservabilityTerms.FAVOURABLE_READING
                        + " Outages under 5 minutes are ignored, exactly 5 counts, for all three. No rounding is stated: exact durations.")
                .note("3.1 (2) (42904): the voucher is capped at the month's fee actually paid in cash. 5.1 (42940): total liability "
                        + "is at most the fees paid for the service concerned.");
        return ObservabilityTerms.monitoringClauses(sla, "4", 42922, 42924, 42926, 42928, 42930, 42932, 42934, 42936, 42938).build();
    }
}
