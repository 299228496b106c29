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

/** 腾讯云实时互动-教育版 LCIC 服务等级协议 (Low-code Interactive Classroom), seed 002 line 16183. */
final class Lcic {
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private Lcic() {
    }

    static SlaDefinition definition() {
        return Sla.define("lcic", Site.CN, Family.MEDIA)
                .names("实时互动-教育版", "Low-code Interactive Classroom")
                .source(Seeds.CN, 16183, "腾讯云实时互动-教育版 LCIC 服务等级协议")
                .updated("2023-10-24T14:59:11")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4/1.5 (16212-16222): a 5-minute unit with a classroom-entry success rate below 99% is down;
                        // every such unit lasts 5 minutes, so "低于5分钟不计入" never drops a whole unit.
                        .measuredBy(Rules.successRateBelow("99", FIVE_MINUTES))
                        .commitment("99.9", 16232)
                        .tiers(16327,
                                tier("[99.5, 99.9)", "10"),
                                tier("[99, 99.5)", "20"),
                                tier("[0, 99)", "50")))
                .claim(5, 60, 16267)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("The user's own failure"), 16281)
                .exclusion("4.2", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 16283)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 16285)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded("Hacker attacks on the user's website, application or data"), 16287)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the LCIC documentation or advice"), 16289)
                .exclusion("4.6", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A surge (over 3,000 users in one room or over 10,000 new concurrent users) without 5 business days' notice"), 16291)
                .exclusion("4.7", "trial-feature", "Products, features or permissions in trial, not publicly released", 16295)
                .exclusion("4.8", Clauses.CONTENT_VIOLATION.worded("Content violations or other compliance problems (pornography, gambling, drugs, fraud...)"), 16297)
                .exclusion("4.9", "announced-event", "Major events or promotions Tencent Cloud announced in advance", 16299)
                .exclusion("4.10", Clauses.ANNOUNCED_MAINTENANCE, 16301)
                .exclusion("4.11", Clauses.THIRD_PARTY_NETWORK, 16303)
                .exclusion("4.12", Clauses.FORCE_MAJEURE, 16305)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 16307)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 16309)
                .note("A unit with no classroom-entry requests has no success rate and is not counted as down.")
                .note("Monthly fee (1.3): actual consumption; prepaid packages by consumption, excluding the unconsumed part.")
                .evaluationExample("A day in March 2019 with 98% classroom-entry success from 10:00 to 10:30: 30 minutes down, "
                                + "1 - 30 / (31 x 24 x 60) = 99.93%", 16228, null, "availability", YearMonth.of(2019, 3),
                        Examples.halfHourAtNinetyEightPercent(), "30", "99.93", "0")
                .build();
    }
}
