package io.slakit.core.testing;

import io.slakit.api.CapRule;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** Definitions for core tests, shaped like CVM's text (002:1285) but owned by the tests: core never names a product module. */
public final class TestSlas {
    private TestSlas() {
    }

    /** CVM's single-instance and multi-AZ metrics and its durability metric. */
    public static SlaDefinition cvmLike() {
        return cvmLike("2024-02-01");
    }

    public static SlaDefinition cvmLike(String effective) {
        return cvmLike(effective, Site.CN);
    }

    /** The same terms on {@code site} (business days are then counted by that site's calendar). */
    public static SlaDefinition cvmLike(String effective, Site site) {
        return Sla.define("vm", site, Family.COMPUTE)
                .names("云服务器", "Virtual machine (test)")
                .source(Seeds.CN, 1285, "云服务器服务等级协议")
                .updated("2024-01-23T11:49:11")
                .effective(effective, 1340)
                .metric(metric("single-instance", "单实例服务可用性")
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.975", 1468)
                        .tiers(1512, tier("[99, 99.975)", "10"), tier("[95, 99)", "25"), tier("[0, 95)", "100")))
                .metric(metric("multi-az", "单地域多可用区服务可用性")
                        .measuredBy(Rules.multiZoneMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.995", 1474)
                        .tiers(1520, tier("[99, 99.995)", "10"), tier("[95, 99)", "25"), tier("[0, 95)", "100")))
                .metric(metric("durability", "数据存储持久性")
                        .measuredBy(Rules.durability().wholeMonthsOnly())
                        .commitment("99.9999999", 1375)
                        .tiers(1522, tier("[0, 99.9999999)", "100"))
                        .basis("cbs"))
                .cap(CapRule.EACH_METRIC_BASIS)
                .claim(5, 60, 1527)
                .exclusion("5.1", "third-party-network", "Outside equipment", 1549)
                .exclusion("5.8", "force-majeure", "Force majeure", 1565)
                .build();
    }

    /** TRTC's 5-minute success-rate windows (002:15850). */
    public static SlaDefinition windowed() {
        return Sla.define("rtc", Site.CN, Family.MEDIA)
                .names("实时音视频", "Real-time (test)")
                .source(Seeds.CN, 15850, "实时音视频服务等级协议")
                .updated("2024-12-13T10:35:32")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(Rules.successRateBelow("99", Duration.ofMinutes(5)))
                        .commitment("99.9", 15923)
                        .tiers(15981, tier("[99.5, 99.9)", "10"), tier("[99, 99.5)", "20"), tier("[0, 99)", "50")))
                .claim(5, 60, 15935)
                .exclusion("4.13", "force-majeure", "Force majeure", 16007)
                .build();
    }

    /** CDN's 5-minute error-rate windows where only runs of two or more bad windows count (002:13422). */
    public static SlaDefinition cdnLike() {
        return Sla.define("edge", Site.CN, Family.NETWORK)
                .names("内容分发网络", "Content delivery (test)")
                .source(Seeds.CN, 13422, "内容分发网络服务等级协议")
                .updated("2023-11-03T10:01:41")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "加速域名服务可用性")
                        .measuredBy(Rules.errorRateAbove("0.05", Duration.ofMinutes(5)).countingRunsOfAtLeast(2))
                        .commitment("99.9", 13587)
                        .tiers(13649, tier("[99.0, 99.9)", "10"), tier("[95.0, 99.0)", "25"), tier("[0, 95.0)", "50")))
                .claim(5, 60, 13601)
                .exclusion("4.10", "force-majeure", "Force majeure", 13658)
                .build();
    }
}
