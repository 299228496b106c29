package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.database.DatabaseTerms.oneOutage;

/** 腾讯云向量数据库服务等级协议 (Tencent Cloud VectorDB), seed 002 line 7856: two tables by number of zones. */
final class Vdb {
    private Vdb() {
    }

    static SlaDefinition definition() {
        return Sla.define("vdb", Site.CN, Family.DATABASE)
                .names("腾讯云向量数据库", "Tencent Cloud VectorDB")
                .source(Seeds.CN, 7856, "腾讯云向量数据库服务等级协议")
                .updated("2024-11-04T15:16:01")
                .effectiveFromUpdatedDate()
                .edition("three-az", "高可用版（三可用区）",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.99", 7923)
                                .tiers(7997,
                                        tier("[99.00, 99.99)", "15"),
                                        tier("[95.00, 99.00)", "30"),
                                        tier("[0, 95.00)", "100")))
                .edition("two-az", "高可用版（两可用区）",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.97", 7925)
                                .tiers(8005,
                                        tier("[99.00, 99.97)", "15"),
                                        tier("[95.00, 99.00)", "30"),
                                        tier("[0, 95.00)", "100")))
                .claim(5, 60, 7943)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance (cutover, upgrade, failure drills): planned downtime"), 7963)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 7965)
                .exclusion("4.3", "third-party-cause", "Caused by a third party other than Tencent Cloud, e.g. hacker attacks or the customer's suppliers' negligence", 7967)
                .exclusion("4.4", "performance-overload", "Slow responses, hangs, CPU/memory/IOPS over the limit or log replay (redo/recovery) under extreme load", 7969)
                .exclusion("4.5", "customer-config-or-arrears", "Connection or read/write failures or data loss from arrears, wrong passwords, security groups, network type mismatch or disk overuse", 7973)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 7975)
                .exclusion("4.7", Clauses.CUSTOMER_OPERATION.worded("The customer's mistakes or operations the customer authorised (restart, migration...)"), 7977)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 7979)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 7981)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 7983)
                .exclusion("4.11", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 7985)
                .note("Scope (1.1, 7871): only the high-availability edition. Pick the edition by the instance's deployment: "
                        + "three-az (99.99%) or two-az (99.97%); the text gives no commitment for single-zone deployments.")
                .note("1.3 (7881) says the state must last more than 1 minute and 1.4 (7883-7887) that at most 1 minute is not counted and "
                        + "1m01s counts 2 minutes: outages of 1 minute or less are ignored, longer ones rounded up.")
                .note(DatabaseTerms.FEE_NO_SPLIT_STATED)
                .note(DatabaseTerms.SERVICE_MONTH_17)
                .note("Claims need the instance ID and the duration with proof (3.3, 7955-7959).")
                .note("Liability (6.1, 8018): at most the fees paid for the service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 7885, "three-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 7885, "two-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
