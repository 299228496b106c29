package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.Money;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯同传服务等级协议 (Tencent Simultaneous Interpretation, TSI), seed 002 line 34760. */
final class Tsi {
    private Tsi() {
    }

    static SlaDefinition definition() {
        return Sla.define("tsi", Site.CN, Family.AI)
                .names("腾讯同传", "Tencent Simultaneous Interpretation (TSI)")
                .source(Seeds.CN, 34760, "腾讯同传服务等级协议")
                .updated("2023-08-14T10:00:54")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 / 2.1 (34787-34791): a 1-minute unit is unavailable when every attempt to log in to the client, use a live
                        // meeting or transcribe a file failed (Tencent Cloud's monitoring); unavailability under 1 minute does not count.
                        .measuredBy(AiTerms.everyRequestFailedInMinute())
                        .commitment("99.9", 34795)
                        .tiers(34887,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 34835)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("The customer's own network, system, software or equipment failed"), 34849)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS, 34851)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked by hackers"), 34853)
                .exclusion("4.4", Clauses.CUSTOMER_IGNORED_DOCS, 34855)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operation or own equipment"), 34857)
                .exclusion("4.6", AiTerms.OVER_CAPACITY.worded("Use beyond the service capacity rated for the paid version"), 34859)
                .exclusion("4.7", Clause.of("trial-feature", "Trial products, features or permissions not published on the Tencent Cloud website"), 34861)
                .exclusion("4.8", Clause.of("regulator-or-carrier", "Controls by the MIIT, communication administrations, other regulators or carriers"), 34863)
                .exclusion("4.9", Clause.of("announced-event", "Major events or promotions Tencent Cloud announced in advance"), 34865)
                .exclusion("4.10", Clauses.ANNOUNCED_MAINTENANCE, 34867)
                .exclusion("4.11", Clauses.THIRD_PARTY_NETWORK, 34869)
                .exclusion("4.12", AiTerms.NOT_TENCENT, 34871)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 34873)
                .note("Unavailable minute (1.5, 34787-34789): every attempt the customer made in the minute to log in to the TSI client, use a live meeting "
                        + "or transcribe a file failed, by Tencent Cloud's monitoring. Give per minute the attempts (all three kinds together) and the failed ones; "
                        + "a minute without attempts is available. Unavailability under one minute does not count, which whole 1-minute units already ensure.")
                .note("Only paid use earns credits (3.1, 34797: 对于您付费购买的本服务).")
                .note(AiTerms.serviceMonths17("1.2, 34777-34781"))
                .note("Monthly fee (1.3, 34783): the actual fees paid for the service in the service month; the credit is capped at it without vouchers, "
                        + "coupons or waivers (3.1(2), 34803-34805).")
                .note("The example (34793) gives 5 unavailable minutes in April 2020 as 99.98%; exactly it is 99.98843%, which the text truncates. "
                        + "The example is replayed at 99.988%.")
                .note("Liability cap (5.1, 34875-34877): total compensation never exceeds the fees paid for the service concerned.")
                .evaluationExample("April 2020 with 5 unavailable minutes", 34793, null, "availability", YearMonth.of(2020, 4),
                        aprilWithFiveFailedMinutes(), "5", "99.988", "0")
                .build();
    }

    /** Five minutes on 2020-04-05 from 10:00 Beijing time, each with every one of 3 attempts failed. */
    private static ResourceMonth aprilWithFiveFailedMinutes() {
        ResourceMonth.Builder b = ResourceMonth.builder("tsi-example", Money.of("100.00", "CNY"));
        Instant start = Instant.parse("2020-04-05T02:00:00Z");
        for (int i = 0; i < 5; i++) {
            b.window(WindowSample.of(start.plusSeconds(60L * i), 3, 3));
        }
        return b.build();
    }
}
