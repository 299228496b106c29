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

/** 在线教育互动课堂服务等级协议 (online interactive classroom; not LCIC), seed 002 line 57500. */
final class OnlineClassroom {
    private OnlineClassroom() {
    }

    static SlaDefinition definition() {
        return Sla.define("online-classroom", Site.CN, Family.MEDIA)
                .names("在线教育互动课堂", "Online Interactive Classroom")
                .source(Seeds.CN, 57500, "在线教育互动课堂服务等级协议")
                .updated("2022-07-15T15:13:05")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (57527-57529): 1 - person-time unable to use the classroom / all person-time in the classroom.
                        .measuredBy(Rules.monthlyRatio(Duration.ofMinutes(1)))
                        .commitment("99", 57531)
                        // The last row (below 95%: 60%) is displaced by the page break to 57644.
                        .tiers(57563,
                                tier("[98, 99)", "10"),
                                tier("[95, 98)", "25"),
                                tier("[0, 95)", "60")))
                .claim(5, 60, 57568)
                .exclusion("4.1", Clauses.FORCE_MAJEURE.worded("Force majeure (typhoons, floods, fires, earthquakes, war, unrest, government intervention, strikes)"), 57582)
                .exclusion("4.2", "maintenance-refused", "The customer refused necessary maintenance notified in advance", 57584)
                .exclusion("4.3(1)", "internet-backbone", "Internet backbone network failures of any cause", 57588)
                .exclusion("4.3(2)", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application attacked or infected by viruses"), 57590)
                .exclusion("4.3(3)", "customer-illegal-use", "The customer broke the contract terms or national laws", 57592)
                .exclusion("4.3(4)", "unforeseeable-event", "Other unforeseeable, unpreventable force majeure", 57594)
                .exclusion("4.4(1)", Clauses.CUSTOMER_FAULT.worded("The user's own failure"), 57598)
                .exclusion("4.4(2)", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 57600)
                .exclusion("4.4(3)", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 57602)
                .exclusion("4.4(4)", "customer-site-attacked", "Hacker attacks on the user's website, application or data", 57604)
                .exclusion("4.4(5)", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the product documentation or advice"), 57606)
                .exclusion("4.4(6)", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("A surge (fluctuation over 2,000 concurrent) without 5 business days' written notice"), 57608)
                .exclusion("4.4(7)", "trial-feature", "Products, features or permissions in trial, not publicly released", 57610)
                .exclusion("4.4(8)", Clauses.CONTENT_VIOLATION.worded("Illegal information (pornography, gambling, drugs, fraud...)"), 57612)
                .exclusion("4.4(9)", "announced-event", "Major events or promotions Tencent Cloud announced in advance", 57614)
                .exclusion("4.4(10)", Clauses.ANNOUNCED_MAINTENANCE, 57616)
                .exclusion("4.4(11)", Clauses.THIRD_PARTY_NETWORK, 57618)
                .exclusion("4.4(12)", "accident", "Force majeure and accidents", 57620)
                .exclusion("4.4(13)", Clauses.NOT_TENCENT_CAUSE, 57622)
                .exclusion("4.4(14)", Clauses.LEGAL_EXEMPTION, 57624)
                .note("2.1 defines availability per single classroom as a person-time ratio but credits the service's monthly fee. Reading chosen: "
                        + "the month's availability is the ratio over all person-time of the month: give 1-minute samples with total = person-seconds "
                        + "spent in classrooms and failed = person-seconds unable to use them (summed over classrooms; give one classroom's samples to evaluate it alone).")
                .note("4.1 and 4.4(12) both name force majeure; they are kept as two codes (force-majeure, accident) so each clause can be cited.")
                .build();
    }
}
