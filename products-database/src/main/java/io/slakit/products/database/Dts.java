package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 数据传输服务服务等级协议 (Data Transmission Service), seed 002 line 9507: failures over 5 minutes, paid tasks only. */
final class Dts {
    private Dts() {
    }

    static SlaDefinition definition() {
        return Sla.define("dts", Site.CN, Family.DATABASE)
                .names("数据传输服务", "Data Transmission Service")
                .source(Seeds.CN, 9507, "数据传输服务服务等级协议")
                .updated("2022-03-31T09:27:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单个实例服务可用性")
                        // 1.3 (9556-9564): write failures (migration, sync) or SDK consumption failures (subscription)
                        // lasting more than 5 minutes count; partial minutes count as 1 minute.
                        .measuredBy(DatabaseTerms.overFiveMinutesRoundedUp())
                        .commitment("99.95", 9544)
                        .tiers(9651,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 9593)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after prior notice (cutover, repair, upgrade, failure drills)"), 9607)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 9609)
                .exclusion("4.3", "attack-or-misconduct", "Attacks or other misconduct against the customer's application interfaces or data, "
                        + "after Tencent Cloud deployed reasonable technical and organisational measures", 9611)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 9613)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation or wrong operations (e.g. deleting the source database), "
                        + "own equipment or third-party software or equipment"), 9615)
                .exclusion("4.6", "source-database-fault", "The customer's source database cannot be read (host down, locked for lack of space, connection limit reached...)", 9617)
                .exclusion("4.7", "target-database-fault", "The customer's target database cannot be written (resources exhausted, locked for exceeding space...)", 9621)
                .exclusion("4.8", "credentials-not-updated", "Source or target user name or password changed and not updated in the DTS console", 9623)
                .exclusion("4.9", "dual-write-conflict", "Deadlocks and similar from writing to source and target at the same time during migration or sync", 9625)
                .exclusion("4.10", "sdk-misuse", "The customer did not follow the data subscription SDK instructions", 9627)
                .exclusion("4.11", "spec-exceeded", "Push delays or drops from use beyond the capacity of the paid version", 9629)
                .exclusion("4.12", Clauses.CUSTOMER_IGNORED_DOCS, 9631)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 9633)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 9635)
                .note("Scope (1.1, 9522-9524): only paid tasks and their paid phases; free tasks and the free phases of paid tasks are "
                        + "outside the SLA and their failure time is not counted (9558-9560). Give only paid-phase incidents.")
                .note("An instance is one migration, sync or subscription instance created in the DTS console (9542). Unavailable: "
                        + "writing to the target fails (migration/sync) or SDK consumption fails (subscription) for more than 5 minutes.")
                .note("\"持续5分钟以上，该失败状态下的分钟计入\" does not say whether the first 5 minutes count once the threshold is passed. "
                        + "Reading chosen: a failure of 5 minutes or less is ignored and a longer one counts whole, rounded up, as the "
                        + "DBbrain and DBS texts' example shows (6m01s -> 7 minutes).")
                .note("The bottom band pays 50%, not 100%, of the month's fee.")
                .note(DatabaseTerms.PREPAID_SPLIT)
                .note(DatabaseTerms.SERVICE_MONTH_7)
                .note("3.1(2) (9589-9591): the credit is computed per instance on that instance's month fee, capped at the month's DTS fee.")
                .note("Liability (5.1, 9637): at most the fees paid for the service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS)
                .build();
    }
}
