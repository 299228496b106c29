package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.security.SecurityTerms.*;

/** 腾讯云威胁情报云查与本地引擎服务等级协议 (Threat Intelligence Cloud Search and local engine, TICS), seed 002 line 16503. */
final class Tics {
    private Tics() {
    }

    static SlaDefinition definition() {
        return Sla.define("tics", Site.CN, Family.SECURITY)
                .names("威胁情报云查与本地引擎", "Threat Intelligence Cloud Search")
                .source(Seeds.CN, 16503, "腾讯云威胁情报云查与本地引擎服务等级协议")
                .updated("2023-09-12T16:48:21")
                .effectiveFromUpdatedDate()
                // 1.2 and 1.5 (16524-16538): 5-minute units, 288 a day, 00:00:00 stands for 00:00:00-00:04:59; a unit in which
                // every request returned an error (internal error codes 1007, 1008) is unavailable and counts 5 minutes.
                .metric(tens("availability", "服务可用性", Rules.everyAttemptFailed(Duration.ofMinutes(5)), "99.95", 16544, 16623))
                .claim(5, 60, 16585)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance or an unavailability warning notified at "
                        + "least 7 days in advance"), 16593)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment or configuration outside Tencent Cloud's "
                        + "facilities"), 16595)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application interfaces or data are attacked or misused"), 16597)
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION.worded("The user's negligent authorisation, wrong operations, own devices "
                        + "or third-party software or equipment"), 16599)
                .exclusion("4.5", Clauses.FORCE_MAJEURE, 16601)
                .exclusion("4.6", NOT_TENCENT_CAUSE, 16603)
                .exclusion("4.7", LEGAL_EXEMPTION, 16605)
                .note("Error requests (1.1, 16522): requests answered with a server internal error code, including 1007 and 1008. Give "
                        + "one sample (requests, error requests) per 5-minute unit aligned to 00:00.")
                .note("Fee (1.4, 16534): what was actually consumed in the month, excluding purchased-but-unconsumed amounts; the credit "
                        + "cap (3.1(2), 16575-16577) is the month's fee excluding voucher and coupon deductions.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 16607)")
                .evaluationExample("The unit at 00:00:00 covers 00:00:00-00:04:59: one unit of errors counts 5 minutes", 16524, null,
                        "availability", YearMonth.of(2024, 4), midnightUnit(), "5", null, "0")
                .build();
    }

    /** The unit at 2024-04-10 00:00:00, every request failed. */
    private static ResourceMonth midnightUnit() {
        return ResourceMonth.builder("res-example", Money.of("100.00", "CNY"))
                .window(WindowSample.of(beijing("2024-04-10T00:00:00"), 20, 20))
                .build();
    }
}
