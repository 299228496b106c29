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

/** 主动型云蜜罐服务等级协议 (Active Cloud Honeypot), seed 002 line 16812. */
final class ActiveCloudHoneypot {
    private ActiveCloudHoneypot() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("active-cloud-honeypot", Site.CN, Family.SECURITY)
                .names("主动型云蜜罐", "Active Cloud Honeypot")
                .source(Seeds.CN, 16812, "主动型云蜜罐服务等级协议")
                .updated("2025-04-01T17:52:52")
                .effectiveFromUpdatedDate()
                // 1.2-1.3 (16829-16833): a minute in which every call returned a server internal error is unavailable;
                // each minute is a sample point.
                .metric(tens("availability", "服务可用性", Rules.everyAttemptFailed(Duration.ofMinutes(1)), "99.9", 16843, 16877))
                .claim(5, 60, 16890);
        return firstSeven(b, 16908, 16910, 16912, 16914, 16916, 16918, 16920)
                .exclusion("4.8", ORIGIN_PROBLEMS.worded("Problems of the origin servers behind the honeypot service (bandwidth full, "
                        + "origin IP exposed, data-centre failure, link jitter)"), 16922)
                .exclusion("4.9", MAINTENANCE_WITH_NOTICE, 16926)
                .exclusion("4.10", FORCE_MAJEURE, 16928)
                .exclusion("4.11", NOT_TENCENT_CAUSE, 16930)
                .exclusion("4.12", LEGAL_EXEMPTION, 16932)
                .note("Unavailability (1.2, 16829): a failed request is a call answered with a server internal error; a minute in "
                        + "which every call failed is unavailable. Give one-minute samples (calls, failed calls) aligned to the minute.")
                .note("Claims (3.3, 16896-16904) ask for an incident report, dates, times and durations, cleaning times or the "
                        + "normal-traffic share, and a packet capture of at least an hour for a normal-traffic claim - the same "
                        + "list as the Anti-DDoS text.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (16851-16853)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 16934)")
                .build();
    }
}
