package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云游戏服务等级协议 (Game Streaming), seed 002 line 14858. */
final class Gs {
    private Gs() {
    }

    static SlaDefinition definition() {
        return Sla.define("gs", Site.CN, Family.MEDIA)
                .names("云游戏", "Game Streaming")
                .source(Seeds.CN, 14858, "云游戏服务等级协议")
                .updated("2022-07-15T14:17:57")
                .effectiveFromUpdatedDate()
                .metric(metric("single-instance", "单云游戏实例服务可用性")
                        // 1.4/1.5 (14881-14889): no UDP connectivity in either direction for more than 1 minute;
                        // at most 1 minute is not counted, 1m01s counts 2 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99", 14903)
                        .tiers(15007,
                                tier("[97, 99)", "5"),
                                tier("[95, 97)", "10"),
                                tier("[0, 95)", "20")))
                .claim(5, 60, 14943)
                .exclusion("4.1", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's game or application is attacked by hackers"), 14957)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS, 14959)
                .exclusion("4.3", Clauses.CUSTOMER_OPERATION, 14961)
                .exclusion("4.4", "client-network", "Unstable networks of the customer's terminals (jitter, disconnection, weak signal)", 14963)
                .exclusion("4.5", "app-compatibility", "Compatibility problems of the deployed game or application (hardware, peripherals, OS, GPU)", 14965)
                .exclusion("4.6", "customer-app-operations", "The deployed game's or application's own operation or maintenance (updates, maintenance, shutdown)", 14967)
                .exclusion("4.7", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation (stopping, restarting, disabling instances; SDK or API use)"), 14969)
                .exclusion("4.8", Clauses.THIRD_PARTY_SOFTWARE.worded("Games, applications or third-party software or configuration the customer installed"), 14973)
                .exclusion("4.9", "customer-illegal-use", "Service stopped for breaking laws or policies (pirated, unlicensed or infringing games, trojans)", 14975)
                .exclusion("4.10", Clauses.FORCE_MAJEURE.worded("Force majeure (natural disasters, war, government action, trunk line outages, hackers, congestion)"), 14977)
                .exclusion("4.11", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of the service agreement, including arrears"), 14981)
                .exclusion("4.12", Clauses.ROUTINE_MAINTENANCE.worded("Normal maintenance or upgrades as described in the service agreement"), 14983)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 14985)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 14987)
                .note("Availability is per single cloud-game instance (1.2, 14877). Maintenance state is not unavailability (14881).")
                .allowanceExample("A 30-day month at 99% allows 43200 - 42768 = 432 minutes", 14905, "single-instance", YearMonth.of(2024, 4), "432")
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 14889, null, "single-instance", YearMonth.of(2024, 4),
                        Examples.oneOutage(Duration.ofSeconds(61)), "2", null, null)
                .evaluationExample("An outage of at most 1 minute is not counted", 14887, null, "single-instance", YearMonth.of(2024, 4),
                        Examples.oneOutage(Duration.ofSeconds(60)), "0", null, null)
                .build();
    }
}
