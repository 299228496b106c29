package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云实时互动-工业能源版服务等级协议 (Tencent Real-Time Remote Operation), seed 002 line 16032. */
final class Trro {
    private Trro() {
    }

    static SlaDefinition definition() {
        return Sla.define("trro", Site.CN, Family.MEDIA)
                .names("实时互动-工业能源版", "Tencent Real-Time Remote Operation")
                .source(Seeds.CN, 16032, "腾讯云实时互动-工业能源版服务等级协议")
                .updated("2023-10-23T10:54:44")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (16057-16061): a minute counts only when every API or console attempt in it failed;
                        // any full or partial success makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99", 16067)
                        .tiers(16168,
                                tier("[98, 99)", "10"),
                                tier("[97, 98)", "20"),
                                tier("[0, 97)", "50")))
                .claim(5, 60, 16106)
                .exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("The user's own failure"), 16120)
                .exclusion("4.2", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 16122)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 16124)
                .exclusion("4.4", Clauses.CUSTOMER_APP_ATTACKED.worded("Hacker attacks on the user's website, application or data"), 16126)
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the TRRO documentation or advice"), 16128)
                .exclusion("4.6", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A large surge of uplink or subscription concurrency without 3 business days' notice by ticket or business manager: "
                        + "daily concurrency under 10,000 with a day's peak above 10,000, or daily concurrency above 10,000 with a burst above 30% (16178-16180)"), 16130)
                .exclusion("4.7", "sdk-upgrade-untested", "Behaviour changes of an upgraded SDK the user did not test before release", 16134)
                .exclusion("4.8", "trial-feature", "Products, features or permissions in trial, not publicly released", 16138)
                .exclusion("4.9", Clauses.CONTENT_VIOLATION.worded("Content violations or other compliance problems (pornography, gambling, drugs, fraud...)"), 16140)
                .exclusion("4.10", "announced-event", "Major events or promotions Tencent Cloud announced in advance", 16142)
                .exclusion("4.11", Clauses.ANNOUNCED_MAINTENANCE, 16144)
                .exclusion("4.12", Clauses.THIRD_PARTY_NETWORK, 16146)
                .exclusion("4.13", Clauses.FORCE_MAJEURE, 16148)
                .exclusion("4.14", Clauses.NOT_TENCENT_CAUSE, 16150)
                .exclusion("4.15", Clauses.LEGAL_EXEMPTION, 16152)
                .note("The service month starts on the day use starts (1.2, 16051: from March 19 the first month is March 19-31): give that day as the activation.")
                .note("Monthly fee (1.3): prepaid packages by actual consumption; an annual licence is spread evenly over 12 months (16089).")
                .note("A minute without any API or console attempt is not unavailable: 1.4 needs failed attempts.")
                .build();
    }
}
