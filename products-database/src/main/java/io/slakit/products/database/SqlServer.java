package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.database.DatabaseTerms.oneOutage;

/** 云数据库 SQL Server 服务等级协议, seed 002 line 8488. */
final class SqlServer {
    private SqlServer() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("sqlserver", Site.CN, Family.DATABASE)
                .names("云数据库 SQL Server", "TencentDB for SQL Server")
                .source(Seeds.CN, 8488, "云数据库 SQL Server 服务等级协议")
                .liabilityCapOverMonths(12, 8670)
                .updated("2025-06-26T11:29:02")
                .effective("2025-06-27", 8541)
                .metric(metric("availability", "单实例服务可用性")
                        .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                        .commitment("99.99", 8567)
                        .tiers(8633,
                                tier("[99, 99.99)", "15"),
                                tier("[95, 99)", "30"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 8581);
        // 5.8's four cases sit after the displaced section headings, at 8646-8652; the clause heading is at 8623.
        return b
                .exclusion("4", DatabaseTerms.TRIAL_OR_FREE_USE_2025, 8599)
                .exclusion("5.1", DatabaseTerms.NETWORK_2025, 8605)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 8607)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 8609)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 8611)
                .exclusion("5.5", DatabaseTerms.IGNORED_DOCS_2025, 8613)
                .exclusion("5.6", DatabaseTerms.THIRD_PARTY_SOFTWARE_2025, 8615)
                .exclusion("5.7", DatabaseTerms.FORCE_MAJEURE_2025, 8617)
                .exclusion("5.8", DatabaseTerms.TELECOM_2025, 8623)
                .exclusion("5.9", DatabaseTerms.NON_PAYMENT_2025, 8654)
                .exclusion("5.10", DatabaseTerms.BREACH_2025, 8656)
                .exclusion("5.11", DatabaseTerms.ROUTINE_MAINTENANCE_2025, 8658)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 8660)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 8662)
                .note("Scope (1.1, 8511): two-node (formerly high-availability and cluster editions) and multi-node instances only; "
                        + "single-node and basic instances have no SLA.")
                .note("1.2 (8515) says the state lasts \"1 minute or more\" (持续1分钟及以上), while 1.3 (8519-8523) says an outage of at most "
                        + "1 minute is not counted. Reading chosen: 1.3's explicit rule; exactly 1 minute is ignored, 1m01s counts 2 minutes.")
                .note("Free, free-quota and beta/test use is outside the SLA (section 4, 8599): mark such time with the code trial-or-free-use.")
                .note(DatabaseTerms.PREPAID_SPLIT)
                .note(DatabaseTerms.SERVICE_MONTH_17)
                .note(DatabaseTerms.SOLE_REMEDY_2025)
                .note(DatabaseTerms.LIABILITY_12_MONTHS + " (8668-8672)")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 8521, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 8521, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
