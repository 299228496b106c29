package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;


import static io.slakit.products.security.SecurityTerms.*;

/** DDoS 防护服务等级协议 (Anti-DDoS: DDoS protection packages and DDoS protection IP), seed 002 line 23523. */
final class AntiDdos {
    private AntiDdos() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("anti-ddos", Site.CN, Family.SECURITY)
                .names("DDoS 防护", "Anti-DDoS")
                .source(Seeds.CN, 23523, "DDoS 防护服务等级协议")
                .updated("2023-07-26T10:30:42")
                .effectiveFromUpdatedDate()
                // 1.2-1.3 (23540-23546): each minute is a sample point; a minute is unavailable when the protection system itself
                // causes packet loss above 20% or a TCP connection success rate below 30%. Bad minutes are given as incidents.
                .metric(tens("availability", "服务可用性", Rules.incidentMinutes().roundingUp(), "99.9", 23556, 23590))
                .claim(5, 60, 23595);
        return firstSeven(b, 23619, 23621, 23623, 23625, 23627, 23629, 23631)
                .exclusion("4.8", ORIGIN_PROBLEMS.worded("Problems of the origin servers behind the protection (bandwidth full, "
                        + "origin IP exposed, data-centre failure, link jitter)"), 23633)
                .exclusion("4.9", MAINTENANCE_WITH_NOTICE, 23637)
                .exclusion("4.10", FORCE_MAJEURE, 23639)
                .exclusion("4.11", "blackholed-over-spec", "Attack traffic beyond the purchased protection specification got the IP blackholed", 23641)
                .exclusion("4.12", NOT_TENCENT_CAUSE, 23643)
                .exclusion("4.13", LEGAL_EXEMPTION, 23645)
                .note("Scope (1.1, 23538): DDoS protection packages (高防包) and DDoS protection IP (高防 IP) instances; one resource is one instance.")
                .note("Unavailability (1.2, 23540-23542): packet loss above 20% (20% itself is not) or a TCP connection success rate "
                        + "below 30% (30% itself is not), caused by the protection system itself; it does not apply to the availability "
                        + "of the whole link (the customer's origin bandwidth full, origin data-centre failure...).")
                .note("Measurement (1.3, 23544-23546): each minute is a sample point and the unavailable minutes are the bad sample "
                        + "points. The two conditions cannot be carried by one failed/total sample, so give each bad sample minute as a "
                        + "one-minute incident aligned to the minute (adjacent minutes may be one incident); partial minutes round up.")
                .note("Claims (3.3, 23607-23615) need an incident report, the dates, times, durations, cleaning times or normal-traffic "
                        + "share, and for a claim on the normal-traffic share a packet capture of at least one hour showing the abnormal traffic.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (23564-23566)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 23647)")
                .build();
    }
}
