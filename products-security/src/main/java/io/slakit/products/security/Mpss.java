package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.security.SecurityTerms.*;

/** 小程序安全检测服务等级协议 (Mini Program Security Scan, MPSS), seed 002 line 17228. */
final class Mpss {
    private Mpss() {
    }

    static SlaDefinition definition() {
        return Sla.define("mpss", Site.CN, Family.SECURITY)
                .names("小程序安全检测", "Mini Program Security Scan")
                .source(Seeds.CN, 17228, "小程序安全检测服务等级协议")
                .updated("2025-04-24T09:51:02")
                .effectiveFromUpdatedDate()
                // 1.3 (17253-17255): a 5-minute unit is down when its error rate is above 5% (5% itself is not); only
                // unavailability lasting 10 continuous minutes or more counts: runs of at least two bad units.
                // 3.2 (17350-17358): [95, 99) 5, [90, 95) 10, [85, 90) 25, [0, 85) 100.
                .metric(fives("availability", "服务可用性",
                        Rules.errorRateAbove("5", Duration.ofMinutes(5)).countingRunsOfAtLeast(2), "99", 17275, 17352))
                .claim(5, 60, 17320)
                .exclusion("4.1", NOT_TENCENT_CAUSE, 17328)
                .exclusion("4.2", LEGAL_EXEMPTION, 17330)
                .note("Error rate (1.2, 17249-17251): (5xx answers + requests timed out by server network failures) / all the user's "
                        + "requests in the unit; give each 5-minute unit (aligned to 00:00) as a sample (all requests, those failed).")
                .note("Reading of 1.3 (17253-17259): the example calls one 5-minute unit at 6% \"unavailable\", while the rule counts "
                        + "only unavailability lasting 10 continuous minutes or more. A unit above 5% is bad, and bad units count only "
                        + "in runs of two or more adjacent units (10 minutes or more); one bad unit alone counts nothing.")
                .note("Scope (3.1, 17304): credits apply only where a Tencent Cloud failure brought availability below the standard.")
                .note("2.3 (17277): Tencent Cloud keeps a 7x24 team with ticket and phone support; no commitment is attached to it.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (17310-17312)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 17332)")
                .allowanceExample("A 30-day month of 43200 minutes at 99% allows 432 minutes", 17261, "availability",
                        YearMonth.of(2024, 4), "432")
                .evaluationExample("6000 of 100000 requests failed in a 5-minute unit: 6% is above 5%, the unit is unavailable "
                        + "(two such units in a row make the 10 continuous minutes that count)", 17259, null, "availability",
                        YearMonth.of(2024, 4), exampleUnits(2), "10", null, "0")
                .build();
    }

    /** {@code count} adjacent 5-minute units from 2024-04-10 10:00, each 6000 failed of 100000. */
    static ResourceMonth exampleUnits(int count) {
        ResourceMonth.Builder b = ResourceMonth.builder("res-example", Money.of("100.00", "CNY"));
        Instant start = beijing("2024-04-10T10:00:00");
        for (int i = 0; i < count; i++) {
            b.window(WindowSample.of(start.plus(Duration.ofMinutes(5L * i)), 100_000, 6_000));
        }
        return b.build();
    }
}
