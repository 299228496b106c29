package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.products.security.SecurityTerms.*;

/** 腾讯云风险识别 RCE 服务等级协议 (Risk Control Engine, RCE), seed 002 line 17367. */
final class Rce {
    private Rce() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("rce", Site.CN, Family.SECURITY)
                .names("风险识别 RCE", "Risk Control Engine")
                .source(Seeds.CN, 17367, "腾讯云风险识别 RCE 服务等级协议")
                .updated("2025-07-01T18:17:32")
                .effective("2025-07-01", 17372)
                // 1.5-1.6 (17402-17404): a minute whose error rate is above 1% is unavailable.
                // 3.1 (17442-17444, 17519-17523): [95, 99.9) 5, [90, 95) 10, [85, 90) 25, [0, 85) 100.
                .metric(fives("availability", "服务可用性", Rules.errorRateAbove("1", Duration.ofMinutes(1)), "99.9", 17418, 17444))
                .claim(5, 60, 17453)
                .exclusion("4", TRIAL_OR_FREE_USE, 17465)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration change "
                        + "outside Tencent Cloud's equipment"), 17471)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 17473)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 17475)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 17477)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, the "
                        + "documentation or advice"), 17479)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the customer installed, or third-party software or "
                        + "configuration Tencent Cloud does not run directly"), 17481)
                .exclusion("5.7", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, disease, "
                        + "war, strikes and other unforeseeable, unavoidable events"), 17483)
                .exclusion("5.8", "telecom-government-public-network", "Changes of basic telecom or power resources, control by "
                        + "authorities or carriers, public network congestion or hacking, other events outside Tencent Cloud's fault "
                        + "and control", 17489)
                .exclusion("5.9", NON_PAYMENT.worded("Service suspended or terminated because the customer did not buy or pay as agreed"), 17499)
                .exclusion("5.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Service suspended or terminated because the customer "
                        + "breached this agreement or the Tencent Cloud service agreement"), 17501)
                .exclusion("5.11", ROUTINE_MAINTENANCE.worded("Short interruptions or pauses for the daily maintenance described in the "
                        + "Tencent Cloud service agreement"), 17503)
                .exclusion("5.12", NOT_TENCENT_CAUSE, 17505)
                .exclusion("5.13", LEGAL_EXEMPTION, 17507)
                .note("Error rate (1.3-1.5, 17398-17402): failed requests / valid requests per minute; a failed request is a normal "
                        + "request that did not reach the server because of a system failure, and valid requests are those the server "
                        + "received. Reading: a request that failed to arrive is still one of the minute's requests, so give each "
                        + "natural minute's sample as (all requests made, failed requests); a minute is down above 1% (1% itself is not).")
                .note("1.7 (17406-17410) words the downtime as resolved - started, partial minutes rounding up; with minutes judged "
                        + "one by one, an outage from 14:01:01 to 15:01:29 is the 61 minutes 14:01 to 15:01.")
                .note("Free, free-quota and beta/test use is outside the SLA (4, 17465): mark such time with the code trial-or-free-use.")
                .note("Claims (3.3, 17459-17463) need the instance ID and the unavailable duration with proof.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (17426-17428)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (6.1, 17513-17517)");
        // 61 bad minutes in January: 99.863%, in [95, 99.9): 5%.
        return perMinuteExamples(b, "availability", 17406, 0, 1000, 11, "5", null).build();
    }
}
