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

/** 腾讯云数据库备份服务服务等级协议 (Database Backup Service), seed 002 line 9863: paid full and incremental backups. */
final class Dbs {
    private Dbs() {
    }

    static SlaDefinition definition() {
        return Sla.define("dbs", Site.CN, Family.DATABASE)
                .names("腾讯云数据库备份服务", "Database Backup Service")
                .source(Seeds.CN, 9863, "腾讯云数据库备份服务服务等级协议")
                .updated("2023-06-26T09:59:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单个实例服务可用性")
                        // 1.3 (9888-9890): the paid task backs up nothing for more than 5 minutes; 6m01s counts 7.
                        .measuredBy(DatabaseTerms.overFiveMinutesRoundedUp())
                        .commitment("99.95", 9906)
                        .tiers(9991,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 9941)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after prior notice (cutover, repair, upgrade, failure drills)"), 9955)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 9957)
                .exclusion("4.3", "attack-or-misconduct", "Attacks or other misconduct against the customer's application interfaces or data", 9959)
                .exclusion("4.4", "source-database-fault", "The customer's source database cannot be read (host down, locked for lack of space, connection limit reached...)", 9961)
                .exclusion("4.5", "target-storage-fault", "The customer's own destination storage cannot be written (resources exhausted, locked for exceeding space...)", 9965)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 9967)
                .exclusion("4.7", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation or wrong operations (e.g. deleting the source database), "
                        + "own equipment or third-party software or equipment"), 9969)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 9971)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 9973)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 9975)
                .note("Scope (1.1, 9878-9880): only paid tasks, full and incremental backups; restore tasks have no SLA. An instance "
                        + "is one backup plan created in the DBS console (9904).")
                .note("Unavailable (1.3, 9888-9890): the paid task backs up nothing (source writes cannot reach the target) for more than "
                        + "5 minutes; the whole failure then counts, partial minutes rounded up (6m01s -> 7 minutes).")
                .note("The bottom band pays 50%, not 100%, of the month's fee.")
                .note("The text has no force-majeure clause of its own; the general terms' 8.2 covers it.")
                .note(DatabaseTerms.PREPAID_SPLIT)
                .note(DatabaseTerms.SERVICE_MONTH_7)
                .note("Liability (5.1, 9977): at most the fees paid for the service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("A failure lasting 6m01s counts as 7 minutes", 9890, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(361)), "7", null, "0")
                .evaluationExample("A failure of 5 minutes is not counted (only more than 5 minutes counts)", 9888, null, "availability",
                        YearMonth.of(2024, 4), oneOutage(Duration.ofMinutes(5)), "0", null, "0")
                .build();
    }
}
