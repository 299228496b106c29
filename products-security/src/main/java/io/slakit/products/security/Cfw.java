package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.products.security.SecurityTerms.*;

/** 云防火墙服务等级协议 (Cloud Firewall, CFW), seed 002 line 18760. */
final class Cfw {
    private Cfw() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("cfw", Site.CN, Family.SECURITY)
                .names("云防火墙", "Cloud Firewall")
                .source(Seeds.CN, 18760, "云防火墙服务等级协议")
                .updated("2024-05-13T16:46:42")
                .effectiveFromUpdatedDate()
                // 2.2 (18785-18787): a minute in which every attempt to connect to the firewall failed is unavailable.
                .metric(tens("availability", "服务可用性", Rules.everyAttemptFailed(Duration.ofMinutes(1)), "99.95", 18789, 18821))
                .claim(5, 60, 18836);
        return firstSeven(b, 18852, 18854, 18856, 18858, 18860, 18862, 18864)
                .exclusion("4.8", FORCE_MAJEURE, 18866)
                .exclusion("4.9", NOT_TENCENT_CAUSE, 18868)
                .exclusion("4.10", LEGAL_EXEMPTION, 18870)
                .exclusion("4.11", "unlawful-business", "The business protected is not lawful commercial or research business "
                        + "(Tencent may stop the service)", 18872)
                .exclusion("4.12", "policy-misoperation", "The customer did not follow the firewall's guides and its wrong operation "
                        + "made policies ineffective", 18876)
                .note("Availability (2.1-2.2, 18783-18787): (maximum available minutes - failure minutes) / maximum available minutes, "
                        + "per billing month; a minute counts as failed when every attempt to connect to the firewall in it failed. "
                        + "Give one-minute samples (attempts, failed) aligned to the minute.")
                .note("Reading: 2.2 speaks of the \"billing month\" (计费月) while 1.2 and 2.1 compute per service month (服务月度, "
                        + "18777-18781); the service month is used.")
                .note("Claims (3.3, 18842-18848) need a detailed report of the scanning process, dates, times, durations and "
                        + "screenshots of the unavailability, and anything Tencent Cloud reasonably asks for.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (18797-18799)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 18880)")
                .build();
    }
}
