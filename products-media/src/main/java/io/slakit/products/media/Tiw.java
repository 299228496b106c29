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

/** 互动白板服务等级协议 (Tencent Interactive Whiteboard), seed 002 line 56950. */
final class Tiw {
    private Tiw() {
    }

    static SlaDefinition definition() {
        return Sla.define("tiw", Site.CN, Family.MEDIA)
                .names("互动白板", "Tencent Interactive Whiteboard")
                .source(Seeds.CN, 56950, "互动白板服务等级协议")
                .updated("2022-07-15T14:59:49")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4/1.5 (56983-56989, 57015): a 5-minute unit with a whiteboard-room entry success rate below 99% is down.
                        .measuredBy(Rules.successRateBelow("99", Duration.ofMinutes(5)))
                        .commitment("99.9", 56999)
                        .tiers(57099,
                                tier("[99.5, 99.9)", "10"),
                                tier("[99, 99.5)", "20"),
                                tier("[0, 99)", "50")))
                .claim(5, 60, 57037)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("The user's own failure"), 57051)
                .exclusion("4.2", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 57053)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 57055)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded("Hacker attacks on the user's website, application or data"), 57057)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the whiteboard documentation or advice"), 57059)
                .exclusion("4.6", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A surge (over 5,000 users in one room or over 30,000 new concurrent users) without 5 business days' notice"), 57061)
                .exclusion("4.7", "trial-feature", "Products, features or permissions in trial, not publicly released", 57065)
                .exclusion("4.8", Clauses.CONTENT_VIOLATION.worded("Content violations or other compliance problems (pornography, gambling, drugs, fraud...)"), 57067)
                .exclusion("4.9", "announced-event", "Major events or promotions Tencent Cloud announced in advance", 57069)
                .exclusion("4.10", Clauses.ANNOUNCED_MAINTENANCE, 57071)
                .exclusion("4.11", Clauses.THIRD_PARTY_NETWORK, 57073)
                .exclusion("4.12", Clauses.FORCE_MAJEURE, 57075)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 57077)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 57079)
                .note("A unit with no room-entry requests has no success rate and is not counted as down.")
                .evaluationExample("A day in March 2019 with 98% whiteboard-room entry success from 10:00 to 10:30: 30 minutes down, "
                                + "1 - 30 / (31 x 24 x 60) = 99.93%", 56995, null, "availability", YearMonth.of(2019, 3),
                        Examples.halfHourAtNinetyEightPercent(), "30", "99.93", "0")
                .build();
    }
}
