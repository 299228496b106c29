package io.slakit.products.saas;

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

/** 企业网盘服务等级协议 (Tencent Cloud enterprise drive, SMH), seed 002 line 51762. */
final class SmhDrive {
    private SmhDrive() {
    }

    static SlaDefinition definition() {
        return Sla.define("smh-drive", Site.CN, Family.SAAS)
                .names("企业网盘", "Enterprise cloud drive (SMH)")
                .source(Seeds.CN, 51762, "企业网盘服务等级协议")
                .updated("2023-07-27T10:18:11")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (51785): a minute is unavailable when every consecutive attempt to reach the service failed;
                        // failures not lasting the whole minute are not counted.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 51795)
                        // 3.2 (51831-51886): 99.9% > Av >= 99.0% 10%; 99.0% > Av >= 95.0% 20%; 95.0% > Av 50%.
                        .tiers(51831,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 51834)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 51848)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 51850)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded(
                        "The customer's application interfaces or data are attacked, or other improper behaviour"), 51852)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 51854)
                .exclusion("4.5", SaasTerms.NEGLIGENT_AUTHORISATION, 51856)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the solution's documentation or advice"), 51858)
                .exclusion("4.7", "capacity-exceeded", "Push delays or drops from use beyond the capacity rated for the paid version", 51860)
                .exclusion("4.8", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, epidemics, war, unrest, government action, "
                        + "trunk line outages, hackers, network congestion, telecom adjustments and regulation"), 51862)
                .exclusion("4.9", Clauses.AGREEMENT_BREACH_SUSPENSION.worded(
                        "Suspension or termination for breach of the Tencent Cloud service agreement, including arrears"), 51866)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud"), 51868)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 51870)
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts made and failed; a "
                        + "minute counts only when every attempt failed. Minutes without a sample count as available.")
                .note("The monthly fee (1.5, 51789) is what the account used in the month, excluding what was bought but not consumed; the "
                        + "voucher is capped at it (51803-51805). Liability (5.1, 51872) is at most the fees paid for the breached service.")
                .build();
    }
}
