package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** 机密计算平台服务等级协议 (Confidential Computing Platform), seed 002 line 21289. */
final class ConfidentialComputing {
    private ConfidentialComputing() {
    }

    static SlaDefinition definition() {
        return Sla.define("confidential-computing-platform", Site.CN, Family.SECURITY)
                .names("机密计算平台", "Confidential Computing Platform")
                .source(Seeds.CN, 21289, "机密计算平台服务等级协议")
                .liabilityCapOverMonths(12, 21415)
                .updated("2022-03-01T15:29:06")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.5 (21320-21322): 20 continuous seconds or more is unavailability; under 20 seconds is not.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofSeconds(20)).rounding(Rounding.EXACT))
                        .commitment("99.90", 21334)
                        // 3.1 (21427-21433) starts at "低于99.95%但等于或高于99% 10%"; see the note on the commitment.
                        .tiers(21429,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 21377)
                .exclusion("4.1", "compute-device-failure", "Unavailability caused by a failure of the SGX-capable computing device (such as "
                        + "a CVM) that the platform must be used together with and depends on", 21399)
                .exclusion("4.2", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance: cutover, upgrade, "
                        + "failure drills and other planned interruptions"), 21401)
                .exclusion("4.3", Clauses.THIRD_PARTY_NETWORK, 21403)
                .exclusion("4.4", "third-party-cause", "Caused by a third party outside Tencent Cloud (hacker attacks, negligence of "
                        + "the customer's third-party suppliers)", 21405)
                .exclusion("4.5", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("The customer breached the Tencent Cloud service agreement, "
                        + "this service's terms or rules, so requests failed or the service was suspended or terminated"), 21407)
                .exclusion("4.6", LEGAL_EXEMPTION, 21409)
                .exclusion("4.6", NOT_TENCENT_CAUSE, 21411)
                .note("Reading of the commitment (2.2, 21334; 3.1, 21429): 99.90% is promised, but the table's first row is \"below "
                        + "99.95% but at or above 99%: 10%\". Credits start below the commitment: an availability in [99.90, 99.95) "
                        + "meets the promise and earns nothing; the first band is [99, 99.90).")
                .note("Unavailability (1.5, 21320-21328): the console cannot be reached or does not answer operations correctly; the "
                        + "supporting services (Pack/Run, remote attestation, encrypted storage) are unavailable; or a TEE node is "
                        + "offline and can no longer be managed - each because of a failure. A state lasting 20 continuous seconds or "
                        + "more counts; under 20 seconds does not.")
                .note("Reading of the minutes: the text sums \"unavailable minutes\" (1.6, 21330) but states no rounding; each counted "
                        + "outage is taken at its exact duration (a 30-second outage is 0.5 minutes).")
                .note("The exclusion list numbers two clauses 4.6 (21409: legal exemption; 21411: other causes not Tencent Cloud's); both "
                        + "are kept under the text's number, told apart by their codes.")
                .note("The claim terms 3.2 appear twice (21371-21379 and again under 3.3, 21385-21393) in the same words.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (21367-21369)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (5.1, 21413-21417)")
                .build();
    }
}
