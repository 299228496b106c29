package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.database.DatabaseTerms.oneOutage;

/**
 * 云数据库 MySQL 服务等级协议 (TencentDB for MySQL, CDB), seed 002 line 8253: five deployments (plus the
 * read-only analysis engine) in three tables.
 */
final class Cdb {
    private Cdb() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("cdb", Site.CN, Family.DATABASE)
                .names("云数据库 MySQL", "TencentDB for MySQL")
                .source(Seeds.CN, 8253, "云数据库 MySQL 服务等级协议")
                .liabilityCapOverMonths(12, 8462)
                .updated("2025-06-26T11:29:02")
                .effective("2025-06-27", 8306)
                .edition("three-node-multi-az", "三节点多可用区", availability("99.99", 8367, 8385))
                .edition("two-node-multi-az", "双节点多可用区", availability("99.97", 8369, 8393))
                .edition("three-node-single-az", "三节点单可用区", availability("99.97", 8371, 8393))
                .edition("two-node-single-az", "双节点单可用区", availability("99.95", 8373, 8401))
                .edition("cloud-disk", "云盘版实例", availability("99.95", 8375, 8401))
                .edition("ro-analysis-engine", "只读分析引擎", availability("99.95", 8375, 8401))
                .claim(5, 60, 8347);
        return b
                .exclusion("4", DatabaseTerms.TRIAL_OR_FREE_USE_2025, 8412)
                .exclusion("5.1", DatabaseTerms.NETWORK_2025, 8418)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 8420)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 8422)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 8424)
                .exclusion("5.5", DatabaseTerms.IGNORED_DOCS_2025, 8426)
                .exclusion("5.6", DatabaseTerms.THIRD_PARTY_SOFTWARE_2025, 8428)
                .exclusion("5.7", DatabaseTerms.FORCE_MAJEURE_2025, 8430)
                .exclusion("5.8", DatabaseTerms.TELECOM_2025, 8436)
                .exclusion("5.9", DatabaseTerms.NON_PAYMENT_2025, 8446)
                .exclusion("5.10", DatabaseTerms.BREACH_2025, 8448)
                .exclusion("5.11", DatabaseTerms.ROUTINE_MAINTENANCE_2025, 8450)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 8452)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 8454)
                .note("Scope (1.1, 8274): two-node (formerly high-availability), three-node (formerly finance), cloud-disk instances "
                        + "and the read-only analysis engine; single-node (basic) instances have no SLA.")
                .note("Editions by architecture (2.2, 8367-8375): three-node multi-AZ 99.99%; two-node multi-AZ and three-node "
                        + "single-AZ 99.97%; two-node single-AZ, cloud-disk and the read-only analysis engine 99.95%. The three "
                        + "tables (8383-8405) are headed by these groups; the bands below the commitment are the same in all three.")
                .note("1.2 (8278) says the state lasts \"more than 1 minute\"; 1.3 (8282-8286): at most 1 minute is not counted, "
                        + "1m01s counts 2 minutes.")
                .note("Free, free-quota and beta/test use is outside the SLA (section 4, 8412): mark such time with the code trial-or-free-use.")
                .note(DatabaseTerms.PREPAID_SPLIT)
                .note(DatabaseTerms.SERVICE_MONTH_17)
                .note(DatabaseTerms.SOLE_REMEDY_2025)
                .note(DatabaseTerms.LIABILITY_12_MONTHS + " (8460-8464)")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 8284, "three-node-multi-az", "availability",
                        YearMonth.of(2024, 4), oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 8284, "two-node-single-az", "availability",
                        YearMonth.of(2024, 4), oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }

    /** One table of 3.1: "低于C但等于或高于99% 15%; 低于99%但等于或高于95% 30%; 低于95% 100%". */
    private static MetricSpec availability(String commitment, int commitmentLine, int tableLine) {
        return metric("availability", "单实例服务可用性")
                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                .commitment(commitment, commitmentLine)
                .tiers(tableLine,
                        tier("[99, " + commitment + ")", "15"),
                        tier("[95, 99)", "30"),
                        tier("[0, 95)", "100"));
    }
}
