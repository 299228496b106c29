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

/** 腾讯云风险识别 RCE 服务等级协议 (Risk Control Engine, RCE), seed 002 line 17367. */
final class Rce {
    private Rce() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("rce", Site.CN, Family.SECURITY)
                .names("风险识别 RCE", "Risk Control Engine")
                .source(Seeds.CN, 17367, "腾讯云风险识别 RCE 服务等级协议")
                .liabilityCapOverMonths(12, 17515)
                .updated("2025-07-01T18:17:32")
                .effective("2025-07-01", 17372)
                // 1.5-1.6 (17402-17404): a minute whose error rate is above 1% is unavailable.
                // 3.1 (17442-17444, 17519-17523): [95, 99.9) 5, [90, 95) 10, [85, 90) 25, [0, 85) 100.
                .metric(fives("availability", "服务可用性", Rules.errorRateAbove("1", Duration.ofMinutes(1)), "99.9", 17418, 17444))
                .claim(5, 60, 17453)
                .exclusion("4", TRIAL_OR_FREE_USE, 17465);
        b = fiveOneToThirteen(b, 17471, 17473, 17475, 17477, 17479, 17481, 17483, 17489, 17499, 17501, 17503, 17505, 17507)
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
