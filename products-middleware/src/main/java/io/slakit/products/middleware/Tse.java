package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.middleware.MiddlewareTerms.oneOutage;

/**
 * 微服务引擎 TSE 服务等级协议 (Tencent Cloud Service Engine), seed 002 line 5132: three components (registry and
 * configuration centre, service governance centre, cloud-native gateway), each with its own unavailability rule
 * (1.4, 5201-5211); single-node instances have no SLA (5153).
 */
final class Tse {
    private Tse() {
    }

    /** 1.5 (5167-5173): at most 1 minute is not counted; beyond it partial minutes round up (10:00:00-10:04:20 is 5 minutes). */
    private static IncidentMinutes overOneMinuteRoundedUp() {
        return Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp();
    }

    private static MetricSpec availability(String name, int commitmentLine) {
        return metric("availability", name)
                .measuredBy(overOneMinuteRoundedUp())
                .commitment("99.95", commitmentLine)
                .tiers(5282,
                        tier("[99, 99.95)", "10"),
                        tier("[95, 99)", "25"),
                        tier("[0, 95)", "100"));
    }

    static SlaDefinition definition() {
        return Sla.define("tse", Site.CN, Family.MIDDLEWARE)
                .names("微服务引擎 TSE", "Tencent Cloud Service Engine (TSE)")
                .source(Seeds.CN, 5132, "微服务引擎 TSE 服务等级协议")
                .updated("2022-07-25T16:36:23")
                .effectiveFromUpdatedDate()
                .edition("zookeeper", "注册配置中心 zookeeper 标准版，3个及以上节点 (registry: ZooKeeper Standard, 3 or more nodes)",
                        availability("单实例服务可用性（注册配置中心）", 5252))
                .edition("nacos", "注册配置中心 nacos 标准版，3个及以上节点 (registry: Nacos Standard, 3 or more nodes)",
                        availability("单实例服务可用性（注册配置中心）", 5252))
                .edition("apollo", "注册配置中心 apollo 标准版，2个及以上节点 (configuration centre: Apollo Standard, 2 or more nodes)",
                        availability("单实例服务可用性（注册配置中心）", 5256))
                .edition("polarismesh", "服务治理中心 polarismesh 标准版 (governance centre: PolarisMesh Standard)",
                        availability("单实例服务可用性（服务治理中心）", 5260))
                .edition("kong", "云原生网关 kong 标准版 (cloud-native gateway: Kong Standard)",
                        availability("单实例服务可用性（云原生网关）", 5264))
                .edition("single-node", "单节点实例 (a single-node instance: no SLA, no credit)")
                .claim(5, 60, 5294)
                .exclusion("2.2 (说明)", "peripheral-product", "Other Tencent Cloud products used with TSE (TKE, EMR...): only TSE's own "
                        + "components are covered", 5270)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance (cutover, upgrade, "
                        + "failure drills): planned downtime"), 5314)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 5316)
                .exclusion("4.3", "public-network-instability", "Instability of the public network", 5318)
                .exclusion("4.4", "third-party-cause", "Caused by a third party other than Tencent Cloud despite reasonable measures, "
                        + "e.g. hacker attacks or the negligence of the customer's suppliers", 5320)
                .exclusion("4.5", "performance-overload", "Slow responses or hangs under extreme load, CPU, memory or IOPS limits "
                        + "exceeded, and the time of log replay (redo or recovery)", 5322)
                .exclusion("4.6", "customer-access-config", "Connection or read/write failures from arrears, wrong passwords, a "
                        + "misconfigured allow list, different network types or overused disks", 5326)
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS, 5328)
                .exclusion("4.8", Clauses.CUSTOMER_OPERATION.worded("The customer's mistakes or authorised operations, e.g. restarts, "
                        + "migrations, scaling up or down"), 5330)
                .exclusion("4.9", Clauses.CUSTOMER_IGNORED_DOCS, 5332)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 5334)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 5336)
                .exclusion("4.12", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 5338)
                .note("Editions by component (1.1, 5179-5193; 2.2, 5252-5266), all at 99.95% with one table (3.1, 5282-5288): the "
                        + "registry and configuration centre (zookeeper and nacos Standard with 3 or more nodes, apollo Standard with 2 or "
                        + "more), the service governance centre (polarismesh Standard) and the cloud-native gateway (kong Standard; 1.1 "
                        + "says 2 or more nodes, 2.2 just \"标准版实例\"; 5159 says kong and polarismesh Standard do not come in node "
                        + "counts, so every kong Standard instance is covered). Other editions are not covered (\"本协议仅适用于\", 5151). "
                        + "The edition must be given.")
                .note("Single-node instances (5153-5155): TSE makes no availability promise and no claim may be made; the edition "
                        + "single-node has no metric, so an evaluation says no credit is defined.")
                .note("Unavailability (1.4, 5201-5211): registry - every attempt to connect to, read from or write to the zookeeper, nacos "
                        + "or apollo instance failed; governance - every push of the governance policies to the customer's applications "
                        + "failed; gateway - every service call to the kong instance failed; in each case for more than 1 minute. Input: "
                        + "incidents are the spans in which that component's condition held, one resource per instance.")
                .note("1.5 (5167-5173): an outage of 1 minute or less is not counted; beyond it the part over whole minutes rounds up "
                        + "(30 s counts 0; 10:00:00 to 10:04:20 counts 5).")
                .note("Monthly fee (1.8, 5220): what was paid for the one instance in the month, excluding purchased-but-unconsumed "
                        + "amounts; a multi-month prepayment is divided evenly by the months bought; the voucher basis is the cash "
                        + "actually paid, excluding vouchers, coupons and fee waivers (3.1(2), 5236-5238).")
                .note("Claims need the instance ID and the duration with proof (3.3, 5306-5310).")
                .note(MiddlewareTerms.liabilityFeesPaid("5.1", 5340))
                .note("5.2 (5344) says flaws unavoidable at the industry's technical level are not a breach; it names no time to remove "
                        + "from the count and is not coded as a clause.")
                .allowanceExample("A 30-day month: 43200 - 30 x 24 x 60 x 99.95% = 21.6 minutes", 5274, "nacos", "availability",
                        YearMonth.of(2024, 4), "21.6")
                .evaluationExample("例1: 30 seconds unavailable, under 1 minute, count 0 minutes", 5171, "zookeeper", "availability",
                        YearMonth.of(2024, 4), oneOutage(Duration.ofSeconds(30)), "0", null, "0")
                .evaluationExample("例2: unavailable from 10:00:00 to 10:04:20 counts 5 minutes", 5171, "kong", "availability",
                        YearMonth.of(2024, 4), oneOutage(Duration.ofSeconds(260)), "5", null, "0")
                .build();
    }
}
