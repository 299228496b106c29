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

/** 腾讯云智绘服务等级协议 (Tencent Cloud Zhihui), seed 002 line 14630. */
final class Zhihui {
    private Zhihui() {
    }

    static SlaDefinition definition() {
        return Sla.define("zhihui", Site.CN, Family.MEDIA)
                .names("腾讯云智绘", "Tencent Cloud Zhihui")
                .source(Seeds.CN, 14630, "腾讯云智绘服务等级协议")
                .updated("2023-06-19T17:53:11")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.6 (14667-14671): from the first to the last failed request; at most 1 minute is not counted,
                        // partial minutes round up (1m01s counts 2 minutes).
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99", 14675)
                        .tiers(14781,
                                tier("[98, 99)", "10"),
                                tier("[97, 98)", "20"),
                                tier("[0, 97)", "40")))
                .claim(5, 60, 14713)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 14737)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded("Network or equipment failure or configuration change outside Tencent Cloud's equipment (carrier failures...)"), 14739)
                .exclusion("4.3", Clauses.FORCE_MAJEURE.worded("Force majeure, hacker attacks, viruses, carrier causes or government control beyond reasonable control"), 14741)
                .exclusion("4.4", "telecom-or-regulator", "Controls by MIIT, communication administrations, other regulators or carriers", 14745)
                .exclusion("4.5", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application or data is attacked by hackers"), 14747)
                .exclusion("4.6", Clauses.CUSTOMER_FAULT.worded("Failures of the user's own network, systems, software or devices"), 14749)
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS.worded("Data, documents, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 14751)
                .exclusion("4.8", Clauses.CUSTOMER_OPERATION.worded("The user's negligent authorisation, wrong operation, own devices or third-party software or devices"), 14753)
                .exclusion("4.9", "customer-content-misuse", "Content the user uploaded or published being copied, altered or misused by others", 14755)
                .exclusion("4.10", Clauses.CONTENT_VIOLATION.worded("Illegal information (pornography, gambling, drugs, fraud...)"), 14757)
                .exclusion("4.11", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the documentation or advice"), 14759)
                .exclusion("4.12", "over-plan-capacity", "Delays or drops from use beyond the capacity of the paid edition", 14761)
                .exclusion("4.13", Clauses.NOT_TENCENT_CAUSE, 14763)
                .exclusion("4.14", Clauses.LEGAL_EXEMPTION, 14765)
                .note("Valid requests (1.4, 14657-14661) leave out requests for services not opened or authorised, failing authentication, in "
                        + "arrears or with a wrong key, and requests raised by attacks on the customer's application: they remove requests, "
                        + "not time, so they are not clauses; an outage is a run of failed valid requests, so give incidents without them.")
                .note("Multi-month prepayments are spread evenly over the months bought (1.5, 14663).")
                .note("Claims may need the date and times, screenshots or recordings, and account and device information (3.3, 14725-14733).")
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 14669, null, "availability", YearMonth.of(2024, 4),
                        Examples.oneOutage(Duration.ofSeconds(61)), "2", null, null)
                .evaluationExample("An outage of at most 1 minute is not counted", 14671, null, "availability", YearMonth.of(2024, 4),
                        Examples.oneOutage(Duration.ofSeconds(60)), "0", null, null)
                .build();
    }
}
