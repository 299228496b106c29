package io.slakit.products.middleware;

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
import static io.slakit.products.middleware.MiddlewareTerms.oneOutage;

/** 事件总线服务等级协议 (EventBridge), seed 002 line 41855. */
final class Eb {
    private Eb() {
    }

    static SlaDefinition definition() {
        return Sla.define("eb", Site.CN, Family.MIDDLEWARE)
                .names("事件总线", "EventBridge (EB)")
                .source(Seeds.CN, 41855, "事件总线服务等级协议")
                .updated("2022-04-26T15:06:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (41884-41888): the event-receiving interface unusable through an internal service error, from
                        // failure to recovery, maintenance included; only failures over 5 minutes count.
                        .measuredBy(MiddlewareTerms.overFiveMinutesRoundedUp())
                        .commitment("99.95", 41898)
                        // 3.1: the table sits after section 5 (41984-41990).
                        .tiers(41984,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 41938)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance"), 41952)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 41954)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interfaces or data are attacked or misused"), 41956)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 41958)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent mistakes or operations the customer authorised"), 41960)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 41962)
                .exclusion("4.7", Clauses.NOT_TENCENT_CAUSE, 41964)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, 41966)
                .note("Reading of 1.4 (41884-41888): an outage is a span in which the product's public event-receiving interface could not "
                        + "be used because of an internal service error; it counts only when it lasts more than 5 minutes (\"超过5分钟的，"
                        + "方纳入\"), one of 5 minutes or less is ignored. The text gives no rounding; the reading chosen rounds partial minutes "
                        + "up (5m01s counts 6), as the family's other texts do.")
                .note("Scope: one resource for the account's EB service (1.3, 1.5 and 1.6 are per account, 41882-41892).")
                .note(MiddlewareTerms.maintenanceNote(41886, 41952))
                .note(MiddlewareTerms.accountFeeNote(41892))
                .note("The text states no worked example; it promises credits without any condition of mutual agreement (3, 41900).")
                .note(MiddlewareTerms.liabilityFeesPaid("5.1", 41968))
                .note("5.2 (41972) says flaws unavoidable at the industry's technical level are not a breach; it names no time to remove "
                        + "from the count and is not coded as a clause.")
                .evaluationExample("A failure of exactly 5 minutes is not counted", 41888, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofMinutes(5)), "0", null, "0")
                .build();
    }
}
