package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.middleware.MiddlewareTerms.oneOutage;

/** 腾讯轻联服务等级协议 (Tencent iPaaS), seed 002 line 52846: four tiers, credits after mutual agreement. */
final class Ipaas {
    private Ipaas() {
    }

    static SlaDefinition definition() {
        return Sla.define("ipaas", Site.CN, Family.MIDDLEWARE)
                .names("腾讯轻联", "Tencent iPaaS (Qinglian)")
                .source(Seeds.CN, 52846, "腾讯轻联服务等级协议")
                .updated("2023-09-11T16:01:23")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3-1.4 (52873-52885): all console/API access failed, or no published flow could be scheduled;
                        // at most 1 minute is not counted; partial minutes round up (1m01s -> 2).
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.9", 52897)
                        // 3.1: the table sits after section 5 (52972-52980).
                        .tiers(52972,
                                tier("[99.5, 99.9)", "5"),
                                tier("[97, 99.5)", "10"),
                                tier("[95, 97)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 52930)
                .exclusion("1.3 (不计算在内)", "request-failure-not-counted", "Request failures from throttling, failed authentication or "
                        + "authorisation, suspension for arrears or hacker attacks are not counted", 52875)
                .exclusion("3 (付费购买)", "unpaid-use", "Use that was not paid for: credits apply only to the service bought for a fee", 52899)
                .exclusion("4.1", Clauses.CUSTOMER_CREDENTIALS, 52944)
                .exclusion("4.2", "third-party-or-integration-design", "Faults caused by third-party systems or the user's unreasonable "
                        + "integration design", 52946)
                .exclusion("4.3", Clauses.CUSTOMER_IGNORED_DOCS, 52948)
                .exclusion("4.4", "capacity-exceeded", "Use beyond the capacity of the paid version", 52950)
                .exclusion("4.5", Clauses.ANNOUNCED_MAINTENANCE, 52952)
                .exclusion("4.6", Clauses.FORCE_MAJEURE, 52954)
                .exclusion("4.7", Clauses.LEGAL_EXEMPTION, 52956)
                .note("Reading of 1.3 (52873-52877): a minute is unavailable when all access through the console or the API failed, "
                        + "or when none of the published integration flows could be scheduled. Input: incidents are the spans in which "
                        + "either condition held (scope console-api or flows); spans merge, so a minute in which both held counts once.")
                .note("1.4 (52881-52885): an outage of 1 minute or less is not counted; a longer one counts in whole minutes, a partial "
                        + "minute as 1 (1m01s counts 2).")
                .note("Credits (3, 52899): only for the service bought for a fee, and only \"经双方协商一致后\", after both parties agree. "
                        + "The voucher computed here is the table's amount; whether it is paid depends on that agreement.")
                .note("The worked example (52893-52895) prints 1 - 5 / 43200 = 99.98%; the exact value is 99.98843%, which the text "
                        + "truncates to two decimals. The exact value decides; both are above the 99.9% commitment.")
                .note("Monthly fee (1.6, 52889): what was actually consumed of the service in the month, excluding purchased-but-"
                        + "unconsumed amounts; the voucher basis excludes vouchers, coupons and fee waivers (3.1(2), 52926-52928).")
                .note(MiddlewareTerms.liabilityFeesPaid("5.1", 52958))
                .evaluationExample("April 2021: unusable from 23:00 to 23:05, 5 minutes; 1 - 5 / (30 x 24 x 60) = 99.988% (the text "
                                + "prints 99.98%), above 99.9%", 52893, null, "availability", YearMonth.of(2021, 4),
                        april2021(), "5", "99.988", "0")
                .evaluationExample("1m01s counts 2 minutes", 52883, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 52881, null, "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }

    /** "2021年04月某一天23:00至23:05": 20 April 2021, 23:00-23:05 Beijing time. */
    private static ResourceMonth april2021() {
        Instant start = Instant.parse("2021-04-20T15:00:00Z");
        return ResourceMonth.builder("account-example", Money.of("100.00", "CNY"))
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(5))))
                .build();
    }
}
