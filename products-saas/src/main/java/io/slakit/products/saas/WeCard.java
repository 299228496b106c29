package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯微卡服务等级协议 (Tencent WeCard), seed 002 line 48115. */
final class WeCard {
    private WeCard() {
    }

    static SlaDefinition definition() {
        return Sla.define("wecard", Site.CN, Family.SAAS)
                .names("腾讯微卡", "Tencent WeCard")
                .source(Seeds.CN, 48115, "腾讯微卡服务等级协议")
                .updated("2023-03-17T14:42:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (48140-48142): a minute counts only when the user cannot use any of the service's functions
                        // throughout it; the WeCard team's system logs are the record.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.7", 48152)
                        .tiers(48178,
                                tier("[98, 99.7)", "10"),
                                tier("[95, 98)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 48187)
                .exclusion("4.2", Clauses.FORCE_MAJEURE.worded(
                        "Interruptions from force majeure: unforeseeable, unavoidable events such as floods, earthquakes, storms, war, unrest, government action"), 48215)
                .exclusion("4.4", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud"), 48225)
                .exclusion("4.5", Clauses.LEGAL_EXEMPTION, 48227)
                .note("4.1 (48211-48213) says the software and service are provided \"as is\" without warranty; read as a disclaimer that "
                        + "removes no particular time, so it is not coded as a clause (coding it would void every month). 4.3 (48221-48223) "
                        + "excludes indirect, punitive or consequential damages and lost business: a liability limit, not time removed.")
                .note("The table's header (48178) reads 赠送产品服务时长 (gifted service time) but every row and 3.1(1) (48156) give vouchers "
                        + "of a percent of the monthly fee. Reading chosen: vouchers of 10/20/50% of the monthly fee.")
                .note("Give one window sample per minute (aligned to the minute, Beijing time): a minute with every attempt failed is one in "
                        + "which no function could be used. Minutes without a sample count as available.")
                .note("Liability (5.1, 48229) is at most the fees paid for the breached service. 3.2 (48197-48199): months are natural months.")
                .evaluationExample("April 2023, one day 23:00-23:05 with no function usable: 5 minutes unavailable, "
                                + "1 - 5 / (30 x 24 x 60) = 99.98%", 48148, null, "availability", YearMonth.of(2023, 4),
                        fiveDeadMinutes(), "5", "99.98843", null)
                .build();
    }

    /** April 10 2023, 23:00-23:05 Beijing time: five minutes in which every attempt failed. */
    static ResourceMonth fiveDeadMinutes() {
        ResourceMonth.Builder b = ResourceMonth.builder("org-example", Money.of("100.00", "CNY"));
        Instant start = Instant.parse("2023-04-10T15:00:00Z");
        for (int i = 0; i < 5; i++) {
            b.window(WindowSample.of(start.plus(Duration.ofMinutes(i)), 3, 3));
        }
        return b.build();
    }
}
