package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 应用云渲染服务等级协议 (Cloud Application Rendering), seed 002 line 15350. */
final class Car {
    private Car() {
    }

    static SlaDefinition definition() {
        return Sla.define("car", Site.CN, Family.MEDIA)
                .names("应用云渲染", "Cloud Application Rendering")
                .source(Seeds.CN, 15350, "应用云渲染服务等级协议")
                .updated("2022-07-15T14:23:05")
                .effectiveFromUpdatedDate()
                .metric(metric("concurrency-package", "应用云渲染并发包服务可用性")
                        // 1.4/1.5 (15373-15381): no UDP connectivity for more than 1 minute; at most 1 minute is not
                        // counted; "超过1分钟但不足2分钟的按1分钟计算": partial minutes are dropped (1m01s counts 1 minute).
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).rounding(Rounding.DOWN_TO_MINUTE))
                        .commitment("99", 15395)
                        .tiers(15498,
                                tier("[97, 99)", "5"),
                                tier("[95, 97)", "10"),
                                tier("[0, 95)", "20")))
                .claim(5, 60, 15436)
                .exclusion("4.1", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application is attacked by hackers"), 15450)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 15452)
                .exclusion("4.3", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 15454)
                .exclusion("4.4", "client-network", "Unstable networks of the user's terminals (jitter, disconnection, weak signal)", 15456)
                .exclusion("4.5", "app-compatibility", "Compatibility problems of the deployed application (hardware, peripherals, OS, GPU)", 15458)
                .exclusion("4.6", "customer-app-operations", "The deployed application's own operation or maintenance (updates, maintenance)", 15460)
                .exclusion("4.7", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the documentation (refunding or destroying packages; SDK or API use)"), 15462)
                .exclusion("4.8", Clauses.THIRD_PARTY_SOFTWARE.worded("Applications or third-party software or configuration the user installed"), 15466)
                .exclusion("4.9", "customer-illegal-use", "Service stopped for breaking laws or policies (pirated or unlicensed content, trojans, pornography)", 15468)
                .exclusion("4.10", Clauses.FORCE_MAJEURE.worded("Force majeure (natural disasters, war, government action, trunk line outages, hackers, congestion)"), 15470)
                .exclusion("4.11", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of the service agreement, including arrears"), 15474)
                .exclusion("4.12", Clauses.ROUTINE_MAINTENANCE.worded("Normal maintenance or upgrades as described in the service agreement"), 15476)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 15478)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 15480)
                .note("Partial minutes round DOWN (15379-15381: 1m01s counts 1 minute), unlike its sibling GS (1m01s counts 2). "
                        + "An outage of 1m30s or 1m59s also counts 1 minute; 2m00s counts 2.")
                .note("Availability is per concurrency package of n concurrencies (1.2, 15369); maintenance state is not unavailability (15373).")
                .allowanceExample("A 30-day month at 99% allows 43200 - 42768 = 432 minutes", 15397, "concurrency-package", YearMonth.of(2024, 4), "432")
                .evaluationExample("An outage of 1m01s counts as 1 minute", 15381, null, "concurrency-package", YearMonth.of(2024, 4),
                        Examples.oneOutage(Duration.ofSeconds(61)), "1", null, null)
                .evaluationExample("An outage of at most 1 minute is not counted", 15379, null, "concurrency-package", YearMonth.of(2024, 4),
                        Examples.oneOutage(Duration.ofSeconds(60)), "0", null, null)
                .build();
    }
}
