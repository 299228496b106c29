package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.database.DatabaseTerms.oneOutage;

/**
 * 弹性缓存服务等级协议 (TencentDB for Redis / Memcached), seed 002 line 8897: three levels by zones, replicas
 * and global replication, each with its own table; the global-replication level counts exact durations.
 */
final class Redis {
    private Redis() {
    }

    static SlaDefinition definition() {
        return Sla.define("redis", Site.CN, Family.DATABASE)
                .names("弹性缓存（Redis/Memcached）", "TencentDB for Redis / Memcached (elastic cache)")
                .source(Seeds.CN, 8897, "弹性缓存服务等级协议")
                .updated("2023-08-14T10:00:52")
                .effectiveFromUpdatedDate()
                .edition("single-az", "同一地域下单个可用区域部署",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.95", 8942)
                                .tiers(9020,
                                        tier("[99, 99.95)", "10"),
                                        tier("[95, 99)", "30"),
                                        tier("[0, 95)", "100")))
                .edition("multi-az", "同一地域下多个可用区，副本数（不含主节点）≥2",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.99", 8944)
                                .tiers(9028,
                                        tier("[99.95, 99.99)", "10"),
                                        tier("[99, 99.95)", "30"),
                                        tier("[0, 99)", "100")))
                .edition("global-replication", "全球复制，多地域多可用区，副本数≥2，复制组所有实例启用主实例角色",
                        metric("availability", "单实例服务可用性")
                                // 2.2 (8946-8948): at this level the actual duration counts, even under 1 minute.
                                // The core's Rounding.EXACT throws for durations like 25 s (see ExactOutageDuration).
                                .measuredBy(new ExactOutageDuration())
                                .commitment("99.999", 8946)
                                .tiers(9036,
                                        tier("[99.99, 99.999)", "10"),
                                        tier("[99.95, 99.99)", "30"),
                                        tier("[0, 99.95)", "100")))
                .claim(5, 60, 8996)
                .exclusion("4.1", "announced-maintenance", "Normal maintenance notified in advance (cutover, upgrade, drills): planned downtime", 9056)
                .exclusion("4.2", "third-party-network", "Network or equipment failure or configuration change outside Tencent Cloud's equipment", 9058)
                .exclusion("4.3", "third-party-cause", "Caused by a third party other than Tencent Cloud, e.g. hacker attacks or the customer's suppliers' negligence", 9060)
                .exclusion("4.4", "performance-overload", "Slow responses or hangs of the instance under extreme load", 9062)
                .exclusion("4.5", "spec-exceeded", "Use beyond the product's specification (connections, memory...)", 9064)
                .exclusion("4.6", "non-payment-suspension", "The service isolated for arrears", 9066)
                .exclusion("4.7", "customer-credentials", "Data, passwords or keys lost or leaked through the customer's maintenance or confidentiality", 9068)
                .exclusion("4.8", "customer-operation", "The customer's mistakes or operations the customer authorised", 9070)
                .exclusion("4.9", "not-tencent-cause", "Unavailability not caused by Tencent Cloud", 9072)
                .exclusion("4.10", "legal-exemption", "Exemptions under laws, agreements or rules Tencent Cloud publishes", 9074)
                .exclusion("4.11", "force-majeure", "Other force majeure", 9076)
                .note("Editions (2.2, 8942-8948; tables 3.1, 9018-9040 in that order): single-az 99.95%; multi-az (several zones of "
                        + "one region and at least 2 replicas besides the primary) 99.99%; global-replication (several regions, at least "
                        + "2 replicas per global replication instance, primary role enabled for every instance of the group) 99.999%. "
                        + "The bands move with the level: multi-az pays 100% below 99%, global-replication below 99.95%.")
                .note("single-az and multi-az: outages of 1 minute or less are ignored, longer ones rounded up (1.4, 8924-8928; 1m01s -> 2). "
                        + "global-replication: the actual duration counts, even under 1 minute, and is not rounded (8946-8948). "
                        + "Reading chosen: exact seconds, no threshold, no rounding at that level.")
                .note("1.3 (8922) counts a minute as unavailable when every connection attempt in it fails; it states no minimum duration itself.")
                .note("The text states no effective date; the last-updated day 2023-08-14 stands in.")
                .note(DatabaseTerms.FEE_NO_SPLIT_STATED)
                .note(DatabaseTerms.SERVICE_MONTH_17)
                .note("Claims need the instance ID and the duration with proof; screenshots of the Tencent Cloud Observability "
                        + "Platform traffic metrics are recommended (3.3, 9008-9012).")
                .note("Liability (5.1, 9078): at most the fees paid for the service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 8926, "single-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 8926, "multi-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
