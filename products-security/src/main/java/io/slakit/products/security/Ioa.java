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

/** iOA 零信任安全管理系统服务等级协议 (iOA Zero Trust Security Management System), seed 002 line 23670. */
final class Ioa {
    private Ioa() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("ioa", Site.CN, Family.SECURITY)
                .names("iOA 零信任安全管理系统", "iOA Zero Trust Security Management System")
                .source(Seeds.CN, 23670, "iOA 零信任安全管理系统服务等级协议")
                .updated("2023-06-30T15:44:42")
                .effectiveFromUpdatedDate()
                // 1.2-1.3 (23689-23693): a minute in which every call returned a server internal error is unavailable;
                // each minute is a sample point. 3.1 (23735-23739, 23804).
                .metric(tens("availability", "服务可用性", Rules.everyAttemptFailed(Duration.ofMinutes(1)), "99.9", 23703, 23737))
                .claim(5, 60, 23748);
        return firstSeven(b, 23766, 23768, 23770, 23772, 23774, 23776, 23778)
                .exclusion("4.8", ORIGIN_PROBLEMS.worded("Problems of the origin servers behind the zero-trust access control service "
                        + "(bandwidth full, origin IP exposed, data-centre failure, link jitter)"), 23780)
                .exclusion("4.9", MAINTENANCE_WITH_NOTICE, 23784)
                .exclusion("4.10", FORCE_MAJEURE, 23786)
                .exclusion("4.11", NOT_TENCENT_CAUSE, 23788)
                .exclusion("4.12", LEGAL_EXEMPTION, 23790)
                .note("Scope (1.1, 23685): the iOA management platform, clients and instances bought.")
                .note("Unavailability (1.2, 23689): a failed request is a call answered with a server internal error; a minute in "
                        + "which every call failed is unavailable. Give one-minute samples (calls, failed calls) aligned to the minute.")
                .note("Claims (3.3, 23754-23762) need an incident report, dates, times and durations, a packet capture of at least an "
                        + "hour when the claim rests on an abnormal share of normal terminal access, and anything reasonably asked for.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (23711-23713)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 23792)")
                .build();
    }
}
