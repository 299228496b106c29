package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云建站 CloudPages 服务等级协议, seed 002 line 47683. */
final class CloudPages {
    private CloudPages() {
    }

    static SlaDefinition definition() {
        return Sla.define("cloudpages", Site.CN, Family.SAAS)
                .names("腾讯云建站 CloudPages", "CloudPages website builder")
                .source(Seeds.CN, 47683, "腾讯云建站 CloudPages 服务等级协议")
                .updated("2023-06-28T10:53:03")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (47710): only a continuous outage of at least 4 minutes counts; shorter ones are not counted.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(4)).rounding(Rounding.EXACT))
                        .commitment("99.99", 47718)
                        .tiers(47750,
                                tier("[99, 99.99)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 47757)
                .exclusion("4.1", Clauses.CONTENT_VIOLATION.worded(
                        "The website is banned or dealt with by Tencent Cloud or a regulator for its content's compliance or security"), 47777)
                .exclusion("4.2", Clauses.CUSTOMER_IGNORED_DOCS.worded(
                        "The user's own misconfiguration, or not following the documentation or staff's standard procedure"), 47779)
                .exclusion("4.3", "site-not-filed", "The website has no ICP filing or does not meet regulators' requirements, so it cannot be accessed", 47781)
                .exclusion("4.4", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud"), 47783)
                .exclusion("4.5", Clauses.LEGAL_EXEMPTION, 47785)
                .exclusion("4.6", Clauses.FORCE_MAJEURE.worded("Other force majeure or accidents"), 47787)
                .note("1.3 (47710) says an outage counts only when it lasts at least 4 minutes (不低于4分钟); under 4 minutes is not counted, "
                        + "exactly 4 minutes counts. The text states no rounding; the 3.1 example (47809-47811) compares the month's outage "
                        + "with 4.32 minutes, so the reading chosen counts each counted outage's exact duration.")
                .note("The monthly fee (3.1(2), 47728) is the cash actually paid, spread evenly over the months of a yearly order: "
                        + "360 a year ordered and 120 paid is 10 a month (47809); give that as the resource's fee.")
                .note("Liability (5.2, 47793) is at most the fees paid for the breached service. 5.1 (47789): defects unavoidable at the "
                        + "industry's level of technology at the time are not a breach; no time is removed on that account.")
                .evaluationExample("A yearly order of 360 paid at 120 is a monthly fee of 10; a month with more than 4.32 minutes of outage "
                                + "falls in the 10% tier: a voucher of 10 x 10% = 1", 47809, null, "availability", YearMonth.of(2024, 4),
                        tenPerMonthWithOutage(Duration.ofMinutes(5)), null, null, "10")
                .build();
    }

    /** The example's monthly fee of 10 (120 paid for a year) and one outage of {@code length} on April 5, 10:00 Beijing time. */
    static ResourceMonth tenPerMonthWithOutage(Duration length) {
        Instant start = Instant.parse("2024-04-05T02:00:00Z");
        return ResourceMonth.builder("site-example", Money.of("10.00", "CNY"))
                .incident(Incident.of(start, start.plus(length)))
                .build();
    }
}
