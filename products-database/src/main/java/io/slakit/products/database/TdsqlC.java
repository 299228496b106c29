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

/**
 * TDSQL-C MySQL 版服务等级协议, seed 002 line 8031: read-write and read-only instances (99.99%) and the
 * read-only analysis engine and analysis clusters (99.95%), each with its own table.
 */
final class TdsqlC {
    private TdsqlC() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("tdsql-c", Site.CN, Family.DATABASE)
                .names("TDSQL-C MySQL 版", "TDSQL-C for MySQL")
                .source(Seeds.CN, 8031, "TDSQL-C MySQL 版服务等级协议")
                .liabilityCapOverMonths(12, 8229)
                .updated("2025-06-26T11:29:02")
                .effective("2025-06-27", 8084)
                .edition("instance", "读写实例和只读实例",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.99", 8152)
                                .tiers(8162,
                                        tier("[99, 99.99)", "15"),
                                        tier("[95, 99)", "30"),
                                        tier("[0, 95)", "100")))
                .edition("analysis-engine", "只读分析引擎和分析集群",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.95", 8154)
                                .tiers(8170,
                                        tier("[99, 99.95)", "15"),
                                        tier("[95, 99)", "30"),
                                        tier("[0, 95)", "100")))
                .claim(5, 60, 8128);
        return b
                .exclusion("4", DatabaseTerms.TRIAL_OR_FREE_USE_2025, 8146)
                .exclusion("5.1", DatabaseTerms.NETWORK_2025, 8185)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 8187)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 8189)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 8191)
                .exclusion("5.5", DatabaseTerms.IGNORED_DOCS_2025, 8193)
                .exclusion("5.6", DatabaseTerms.THIRD_PARTY_SOFTWARE_2025, 8195)
                .exclusion("5.7", DatabaseTerms.FORCE_MAJEURE_2025, 8197)
                .exclusion("5.8", DatabaseTerms.TELECOM_2025, 8203)
                .exclusion("5.9", DatabaseTerms.NON_PAYMENT_2025, 8213)
                .exclusion("5.10", DatabaseTerms.BREACH_2025, 8215)
                .exclusion("5.11", DatabaseTerms.ROUTINE_MAINTENANCE_2025, 8217)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 8219)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 8221)
                .note("Editions: \"instance\" for read-write and read-only instances (2.2, 8152: 99.99%), \"analysis-engine\" for the "
                        + "read-only analysis engine and analysis clusters (8154: 99.95%). The two tables (8160-8174) lost their headings "
                        + "(8124/8126) in extraction; they are assigned in order, and each table's top bound equals its commitment.")
                .note("1.2 (8056) says the state lasts \"1 minute or more\" (持续1分钟及以上), while 1.3 (8060-8064) says an outage of at most "
                        + "1 minute is not counted. Reading chosen: 1.3's explicit rule; an outage of exactly 1 minute is ignored, 1m01s counts 2 minutes.")
                .note("Free, free-quota and beta/test use is outside the SLA (section 4, 8146): mark such time with the code trial-or-free-use.")
                .note(DatabaseTerms.PREPAID_SPLIT)
                .note(DatabaseTerms.SERVICE_MONTH_17)
                .note(DatabaseTerms.SOLE_REMEDY_2025)
                .note(DatabaseTerms.LIABILITY_12_MONTHS + " (8227-8231)")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 8062, "instance", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 8062, "analysis-engine", "availability",
                        YearMonth.of(2024, 4), oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
