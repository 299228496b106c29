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

/** 数据库智能管家 DBbrain 服务等级协议, seed 002 line 9728: the paid compliance audit only. */
final class DbBrain {
    private DbBrain() {
    }

    static SlaDefinition definition() {
        return Sla.define("dbbrain", Site.CN, Family.DATABASE)
                .names("数据库智能管家 DBbrain", "TencentDB for DBbrain")
                .source(Seeds.CN, 9728, "数据库智能管家 DBbrain 服务等级协议")
                .updated("2023-07-18T11:36:22")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单个实例服务可用性（合规审计）")
                        // 1.3 (9753-9755): compliance results cannot be viewed for more than 5 minutes; 6m01s counts 7.
                        .measuredBy(DatabaseTerms.overFiveMinutesRoundedUp())
                        .commitment("99.95", 9771)
                        .tiers(9852,
                                tier("[99, 99.95)", "15"),
                                tier("[95, 99)", "30"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 9804)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after prior notice (cutover, repair, upgrade, failure drills)"), 9818)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 9820)
                .exclusion("4.3", "attack-or-misconduct", "Attacks or other misconduct against the customer's application interfaces or data, "
                        + "after Tencent Cloud deployed reasonable technical and organisational measures", 9822)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION.worded("The customer's mistakes or operations the customer authorised"), 9824)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS, 9826)
                .exclusion("4.6", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked by hackers"), 9828)
                .exclusion("4.7", Clauses.CUSTOMER_IGNORED_DOCS, 9830)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, 9832)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, 9834)
                .exclusion("4.10", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 9836)
                .note("Scope (1.1, 9743-9745): only the paid task, the compliance audit; the free parts of DBbrain have no SLA. "
                        + "An instance is one service instance opened in the DBbrain console (9769).")
                .note("Unavailable (1.3, 9753-9755): a paid compliance-audit instance's results cannot be viewed for more than 5 minutes; "
                        + "the whole failure then counts, partial minutes rounded up (6m01s -> 7 minutes).")
                .note(DatabaseTerms.PREPAID_SPLIT)
                .note(DatabaseTerms.SERVICE_MONTH_7)
                .note("Liability (5.1, 9838): at most the fees paid for the service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS)
                .evaluationExample("A failure lasting 6m01s counts as 7 minutes", 9755, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(361)), "7", null, "0")
                .evaluationExample("A failure of 5 minutes is not counted (only more than 5 minutes counts)", 9753, null, "availability",
                        YearMonth.of(2024, 4), oneOutage(Duration.ofMinutes(5)), "0", null, "0")
                .build();
    }
}
