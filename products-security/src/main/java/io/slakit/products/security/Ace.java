package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.security.SecurityTerms.*;

/** 游戏反作弊 ACE 服务等级协议 (Anti-Cheat Expert, ACE), seed 002 line 18562. */
final class Ace {
    private Ace() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("ace", Site.CN, Family.SECURITY)
                .names("游戏反作弊 ACE", "Anti-Cheat Expert (game anti-cheat)")
                .source(Seeds.CN, 18562, "游戏反作弊 ACE 服务等级协议")
                .liabilityCapOverMonths(12, 18735)
                .updated("2025-06-23T17:28:32")
                .effective("2025-06-23", 18567)
                // 1.2 (18589-18617): an outage of 5 minutes or more is unavailability, but only its part beyond the first 5
                // minutes counts ("持续影响6分钟，则计入服务不可用分钟数为1分钟").
                // 2.2 (18642) 99.9; 3.1 (18710-18718): [95, 99.9) 5, [90, 95) 10, [85, 90) 25, [0, 85) 100.
                .metric(fives("availability", "服务可用性", Rules.incidentMinutesBeyond(Duration.ofMinutes(5)), "99.9", 18642, 18712))
                .claim(5, 60, 18660)
                .evaluationExample("Hardening failing as a whole for 6 minutes counts 1 unavailable minute", 18601, null, "availability",
                        YearMonth.of(2024, 1), outage("2024-01-10T14:00:00", "2024-01-10T14:06:00"), "1", null, "0")
                .evaluationExample("Compatibility-test scheduling failing for 6 minutes counts 1 unavailable minute", 18615, null,
                        "availability", YearMonth.of(2024, 1), outage("2024-01-10T14:00:00", "2024-01-10T14:06:00"), "1", null, "0");
        return oneToThirteen(b, "4", "Service suspended or terminated because the customer breached this agreement, the Tencent Cloud "
                        + "service agreement or the ACE service level agreement",
                18668, 18670, 18672, 18674, 18676, 18678, 18680, 18686, 18696, 18698, 18700, 18725, 18727)
                .note("Two groups of products (1.2, 18589 and 18605) follow the same rule: hardening and anti-cheat (the client or "
                        + "server functions failing as a whole, cheat lists detected but not pushed, users unable to log in) and the "
                        + "compatibility-test and performance-monitoring products (task scheduling failing, started tests aborted not "
                        + "by the user, reported data unobtainable). Reading: one availability per purchased ACE service; give each "
                        + "such failure as an incident of the product the resource is.")
                .note("Reading of the threshold (18589, 18601, 18615): failures lasting 5 minutes or more (\"≥ 5分钟\") are "
                        + "unavailability, those under 5 minutes are not counted, and of each outage only the part beyond its first "
                        + "5 minutes counts (a 6-minute failure counts 1 minute, exactly 5 minutes counts 0). The deductible applies "
                        + "to each merged outage, after excluded time is removed. The text states no rounding: exact durations.")
                .note("Not counted (18591-18597): single functions upgraded so that protection is not in effect as a whole, the "
                        + "players' own network problems, and no cheat list pushed because none was detected are normal operation, "
                        + "not unavailability; such time is simply not given as an incident.")
                .note(SERVICE_MONTH_17 + " (1.4, 18621-18625)")
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (18650-18652)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " After more than 12 months of use, at most the fees paid for it in the 12 months before the damage (5.1, 18733-18737).")
                .build();
    }
}
