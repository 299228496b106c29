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

/** 数据万象服务等级协议 (Cloud Infinite), seed 002 line 7280. */
final class Ci {
    private Ci() {
    }

    static SlaDefinition definition() {
        return Sla.define("ci", Site.CN, Family.MEDIA)
                .names("数据万象", "Cloud Infinite")
                .source(Seeds.CN, 7280, "数据万象服务等级协议")
                .liabilityCapOverMonths(12, 7455)
                .updated("2025-06-26T19:19:42")
                .effective("2025-06-27", 7321)
                .metric(metric("availability", "服务可用性")
                        // 1.4/1.5 (7311-7317): 5-minute units, error rate = failed / total requests of the unit.
                        // The availability formula itself (2.1) is an image lost in extraction; see the note.
                        .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)))
                        .commitment("99.95", 7356)
                        .tiers(7420,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 7370)
                .exclusion("4", Clauses.TRIAL_OR_FREE_USE.worded("Public or private beta, invited tests, free use or use within a free quota: no availability commitment"), 7382)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"), 7388)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application is attacked by hackers"), 7390)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 7392)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION.worded("The user's negligence or operations the user authorised"), 7394)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The user did not follow the agreements, documentation or advice"), 7396)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the user installed or third-party software or configuration"), 7398)
                .exclusion("5.7", Clauses.FORCE_MAJEURE.worded("Force majeure (hacker attacks, viruses, natural disasters, government action, unrest, war, terrorism)"), 7400)
                .exclusion("5.8", "telecom-or-regulator", "Changes of basic telecom resources, regulator or carrier controls, public network congestion, other causes beyond Tencent Cloud's control", 7408)
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION.worded("Suspension or termination because the user did not buy or pay as agreed"), 7437)
                .exclusion("5.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of this or the service agreement"), 7439)
                .exclusion("5.11", Clauses.ROUTINE_MAINTENANCE, 7441)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 7443)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 7445)
                .exclusion("5.14", Clauses.CUSTOMER_FAULT.worded("Other defects or unavailability attributable to the user's fault"), 7451)
                .note("The availability formula of 2.1 (7317) and the error-rate formula of 1.5 (7315) are images missing from the text. "
                        + "Reading chosen: the COS/CI convention, availability = 1 - (sum of the month's 5-minute error rates / number of 5-minute units in the month); "
                        + "units without requests add 0 but still count.")
                .note("The SLA also covers the sub-products image processing, media processing, document services, image/text/video/audio/document moderation and content recognition (7323).")
                .note("The liability cap (6.1) is the fees paid, or the past 12 months' fees after 12 months of use.")
                .build();
    }
}
