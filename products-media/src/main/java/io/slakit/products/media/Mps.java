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

/** 腾讯云媒体处理服务等级协议 (Media Processing Service), seed 002 line 15018. */
final class Mps {
    private Mps() {
    }

    static SlaDefinition definition() {
        return Sla.define("mps", Site.CN, Family.MEDIA)
                .names("媒体处理", "Media Processing Service")
                .source(Seeds.CN, 15018, "腾讯云媒体处理服务等级协议")
                .updated("2022-07-15T14:15:42")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.2/1.3 (15035-15041): a 5-minute unit is down when its error rate is above 0.5% (exclusive);
                        // only 10 continuous minutes or more count: runs of 2 or more units.
                        .measuredBy(Rules.errorRateAbove("0.5", Duration.ofMinutes(5)).countingRunsOfAtLeast(2))
                        .commitment("99.7", 15094)
                        .tiers(15158,
                                tier("[99, 99.7)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(3, 60, 15108)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 15128)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 15130)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or other misconduct against the user's application interfaces or data"), 15132)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 15134)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The user's negligent authorisation, wrong operation, own devices or third-party software or devices"), 15136)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the documentation or advice"), 15138)
                .exclusion("4.7", Clauses.CONTENT_VIOLATION.worded("Domains banned for content violations or other reasons"), 15140)
                .exclusion("4.8", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A large surge without 3 business days' written notice: transcoding over 100,000 min/day, "
                        + "video moderation over 40,000 min/day, content recognition over 40,000 min/day"), 15142)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 15144)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 15146)
                .exclusion("4.11", "customer-content-illegal", "Videos the user supplies that break laws or policies or infringe third parties' rights", 15148)
                .note("Claims open after the 3rd business day of the next month (3.2, 15108) and need the account appid and proof of the outage (3.3).")
                .note("\"连续10分钟或更长\" (15039) is read as at least two consecutive 5-minute units; a single bad unit is not counted.")
                .evaluationExample("10,000 requests in 5 minutes with 100 5xx: (100 + 0) / 10000 = 1% > 0.5%, the unit is unavailable; "
                                + "two such units in a row are 10 minutes", 15073, null, "availability", YearMonth.of(2024, 4),
                        Examples.fiveMinuteWindows(2, 10000, 100), "10", null, null)
                .evaluationExample("A single unavailable unit is shorter than 10 continuous minutes and not counted", 15041, null,
                        "availability", YearMonth.of(2024, 4), Examples.fiveMinuteWindows(1, 10000, 100), "0", null, null)
                .build();
    }
}
