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

/** 腾讯云云数据库服务等级协议 (TencentDB, high-availability edition), seed 002 line 7694. */
final class TencentDb {
    private TencentDb() {
    }

    static SlaDefinition definition() {
        return Sla.define("tencentdb", Site.CN, Family.DATABASE)
                .names("腾讯云云数据库（高可用版）", "TencentDB (high-availability edition)")
                .source(Seeds.CN, 7694, "腾讯云云数据库服务等级协议")
                .updated("2023-07-14T17:08:11")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单实例服务可用性")
                        // 1.3/1.4 (7721-7729): every attempt fails for more than 1 minute; at most 1 minute is not counted;
                        // 1m01s counts 2 minutes.
                        .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                        .commitment("99.95", 7741)
                        .tiers(7830,
                                tier("[99, 99.95)", "15"),
                                tier("[95, 99)", "30"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 7776)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance (cutover, upgrade, failure drills): planned downtime"), 7796)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 7798)
                .exclusion("4.3", "third-party-cause", "Caused by a third party other than Tencent Cloud, e.g. hacker attacks or the customer's suppliers' negligence", 7800)
                .exclusion("4.4", "performance-overload", "Slow responses, hangs, CPU/memory/IOPS over the limit or log replay (redo/recovery) under extreme load", 7802)
                .exclusion("4.5", "customer-config-or-arrears", "Connection or read/write failures from arrears, wrong passwords, security groups, network type mismatch or disk overuse", 7806)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 7808)
                .exclusion("4.7", Clauses.CUSTOMER_OPERATION.worded("The customer's mistakes or operations the customer authorised (restart, migration...)"), 7810)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 7812)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 7814)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 7816)
                .exclusion("4.11", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 7818)
                .note("Scope (1.1, 7711): only high-availability instances (one primary, N replicas, automatic failover) of TencentDB's "
                        + "relational, distributed, time-series, document and key-value databases; products with their own SLA "
                        + "(TDSQL-C, MySQL, SQL Server, Redis...) are evaluated under that one.")
                .note("Availability is per instance (2.1, 7739); the voucher is capped at the instance's month fee (3.1(2), 7772).")
                .note(DatabaseTerms.PREPAID_SPLIT)
                .note(DatabaseTerms.SERVICE_MONTH_17)
                .note("Claims need the instance ID and the duration with proof (3.3, 7788-7792); Tencent Cloud's back-end records decide disputes.")
                .note("Liability (6.1, 7845): at most the fees paid for the service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 7727, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 7727, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
