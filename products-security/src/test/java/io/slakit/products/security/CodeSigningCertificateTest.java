package io.slakit.products.security;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 代码签名证书 (002:21151): merged outages over 5 minutes, credit by their summed minutes. */
class CodeSigningCertificateTest {
    private static final String ID = "code-signing-certificate";

    private static MetricResult eval(YearMonth month, ResourceMonth r) {
        return metric(evaluate(ID, Site.CN, month, r));
    }

    /** Outages given as (start minute after the 5th 00:00, length in seconds). */
    private static ResourceMonth outages(YearMonth month, long... minuteAndSeconds) {
        Instant t0 = fifth(month);
        ResourceMonth.Builder b = resource();
        for (int i = 0; i < minuteAndSeconds.length; i += 2) {
            Instant s = t0.plusSeconds(minuteAndSeconds[i] * 60);
            b.incident(Incident.of(s, s.plusSeconds(minuteAndSeconds[i + 1])));
        }
        return b.build();
    }

    @Test
    void theTextsExampleMergesTwoAndThreeMinutesIntoFiveWhichKeepsThePromise() {
        // 21212: 2 minutes, a 15-minute gap, 3 minutes = one outage of 5 minutes; "超过5分钟" is not reached
        for (YearMonth month : new YearMonth[]{APRIL, MAY}) {
            MetricResult m = eval(month, outages(month, 0, 120, 17, 180));
            assertMinutes(m, "0");
            assertTrue(m.met());
            assertCredit(evaluate(ID, Site.CN, month, outages(month, 0, 120, 17, 180)), "0");
        }
    }

    @Test
    void mergedOutagesAddTheirTimesWithoutTheGap() {
        // 2 min, gap 15, 3 min 1 s: 5 min 1 s merged, over 5 minutes -> counted 5.0166.., 10 %
        ResourceMonth r = outages(APRIL, 0, 120, 17, 181);
        MetricResult m = eval(APRIL, r);
        assertFalse(m.met());
        assertEquals(0, new java.math.BigDecimal("301").divide(java.math.BigDecimal.valueOf(60), java.math.MathContext.DECIMAL128)
                .compareTo(m.unavailableMinutes().orElseThrow()));
        assertCredit(evaluate(ID, Site.CN, APRIL, r), "10");
    }

    @Test
    void aGapOfThirtyMinutesOrMoreSeparates() {
        // 3 min, gap exactly 30 min, 3 min: two outages of 3 minutes, neither over 5
        MetricResult m = eval(APRIL, outages(APRIL, 0, 180, 33, 180));
        assertMinutes(m, "0");
        assertTrue(m.met());
        // gap 29 min 59 s: one outage of 6 minutes
        Instant t0 = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.of(t0, t0.plusSeconds(180)))
                .incident(Incident.of(t0.plusSeconds(180 + 1799), t0.plusSeconds(180 + 1799 + 180))).build();
        assertMinutes(eval(APRIL, r), "6");
        assertCredit(evaluate(ID, Site.CN, APRIL, r), "10");
    }

    @Test
    void tierEdgesInThirtyAndThirtyOneDayMonths() {
        for (YearMonth month : new YearMonth[]{APRIL, MAY}) {
            assertCredit(evaluate(ID, Site.CN, month, minutesDown(month, 5)), "0");
            assertCredit(evaluate(ID, Site.CN, month, outage(month, 301)), "10");
            assertCredit(evaluate(ID, Site.CN, month, minutesDown(month, 6)), "10");
            assertCredit(evaluate(ID, Site.CN, month, minutesDown(month, 120)), "10");
            assertCredit(evaluate(ID, Site.CN, month, minutesDown(month, 121)), "25");
            assertCredit(evaluate(ID, Site.CN, month, minutesDown(month, 600)), "25");
            assertCredit(evaluate(ID, Site.CN, month, minutesDown(month, 601)), "100");
        }
    }

    @Test
    void outagesEachOverFiveMinutesAreSummed() {
        // 70 + 70 minutes, 2 hours apart: separate outages, each over 5 minutes, summing 140 > 2 h -> 25 %
        ResourceMonth r = outages(APRIL, 0, 70 * 60, 190, 70 * 60);
        assertMinutes(eval(APRIL, r), "140");
        assertCredit(evaluate(ID, Site.CN, APRIL, r), "25");
        // a 4-minute outage far away adds nothing
        ResourceMonth s = outages(APRIL, 0, 70 * 60, 190, 70 * 60, 1000, 240);
        assertMinutes(eval(APRIL, s), "140");
    }

    @Test
    void excludedTimeIsRemovedBeforeMerging() {
        // 10 minutes down, the first 6 the user's own certificate misuse (21214): 4 minutes left, no breach
        Instant t0 = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.of(t0, t0.plusSeconds(600)))
                .incident(Incident.excluded(t0, t0.plusSeconds(360), "customer-certificate-misuse")).build();
        MetricResult m = eval(APRIL, r);
        assertMinutes(m, "0");
        assertTrue(m.met());
        assertEquals(0, java.math.BigDecimal.valueOf(6).compareTo(m.excludedMinutes().get("customer-certificate-misuse")));
        for (String code : new String[]{"customer-certificate-misuse", "announced-maintenance", "improper-calls",
                "customer-network-or-application"}) {
            if (definition(ID, Site.CN, APRIL.atDay(1)).exclusions().stream().anyMatch(c -> c.code().equals(code))) {
                assertMinutes(eval(APRIL, excludedOutage(APRIL, 36_000, code)), "0");
            }
        }
        assertCredit(evaluate(ID, Site.CN, APRIL, outage(APRIL, 36_000)), "25");
    }
}
