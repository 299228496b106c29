package io.slakit.products.security;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IMS, TMS, AMS, VM: minutes above 0.01% failed, against the minutes with valid requests. */
class ContentSecurityTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** {@code active} minutes with 100000 requests from the month's first instant, the first {@code bad} with 11 failed (0.011%). */
    private static ResourceMonth active(YearMonth month, int active, int bad) {
        ResourceMonth.Builder b = resource();
        Instant start = month.atDay(1).atStartOfDay(BEIJING).toInstant();
        for (int i = 0; i < active; i++) {
            b.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 100_000, i < bad ? 11 : 0));
        }
        return b.build();
    }

    // 10,000 minutes with requests: 99.9 -> 10 bad allowed, 99 -> 100, 95 -> 500; the month's length does not matter.
    @ParameterizedTest
    @CsvSource({
            "ims, 10, 0", "ims, 11, 10", "tms, 100, 10", "tms, 101, 25", "ams, 500, 25", "ams, 501, 100",
            "vm, 10, 0", "vm, 11, 10", "vm, 100, 10", "vm, 101, 25", "vm, 500, 25", "vm, 501, 100"})
    void tierEdgesAgainstTenThousandActiveMinutes(String product, int bad, String percent) {
        ResourceReport r = evaluate(product, APRIL, active(APRIL, 10_000, bad));
        assertEquals(0, BigDecimal.valueOf(10_000).compareTo(metric(r).totalMinutes()));
        assertMinutes(metric(r), Integer.toString(bad));
        assertCredit(r, percent);
    }

    // Requests in every minute: April 43,200 (99.9 -> 43.2, 99 -> 432, 95 -> 2160), May 44,640 (44.64, 446.4, 2232).
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 100",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 100"})
    void tierEdgesInFullThirtyAndThirtyOneDayMonths(String month, int bad, String percent) {
        YearMonth m = month(month);
        int minutes = m.lengthOfMonth() * 24 * 60;
        ResourceReport r = evaluate("ims", m, active(m, minutes, bad));
        assertMinutes(metric(r), Integer.toString(bad));
        assertCredit(r, percent);
    }

    @Test
    void quietMinutesAreLeftOutOfTheTotal() {
        // 1000 minutes with requests, 2 bad: 99.8% (10%). Against the calendar's 43,200 it would have met 99.9%.
        ResourceReport r = evaluate("tms", APRIL, active(APRIL, 1000, 2));
        MetricResult m = metric(r);
        assertEquals(0, BigDecimal.valueOf(1000).compareTo(m.totalMinutes()));
        assertEquals(0, new BigDecimal("99.8").compareTo(m.availability().percent(java.math.MathContext.DECIMAL64)));
        assertCredit(r, "10");
    }

    // "大于0.01%": 10 failed of 100,000 is exactly 0.01%, not above.
    @ParameterizedTest
    @CsvSource({"10, 0", "11, 1"})
    void exactlyOneHundredthOfAPercentIsNotAbove(long failed, String minutes) {
        ResourceMonth r = resource().window(WindowSample.of(fifth(APRIL), 100_000, failed)).build();
        assertMinutes(metric(evaluate("ams", APRIL, r)), minutes);
    }

    @Test
    void aMonthWithoutRequestsHasNothingToMeasure() {
        ResourceReport r = evaluate("vm", APRIL, resource().build());
        assertTrue(metric(r).met());
        assertCredit(r, "0");
    }

    @ParameterizedTest
    @CsvSource({"ims, daily-system-maintenance", "tms, customer-third-party-or-force-majeure", "ams, routine-maintenance",
            "vm, trial-or-free-use"})
    void excludedBadMinutesAreNotCounted(String product, String code) {
        ResourceMonth.Builder b = resource();
        Instant start = APRIL.atDay(1).atStartOfDay(BEIJING).toInstant();
        for (int i = 0; i < 1000; i++) {
            b.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 100_000, i < 50 ? 11 : 0));
        }
        b.incident(Incident.excluded(start, start.plus(MINUTE.multipliedBy(50)), code));
        ResourceReport r = evaluate(product, APRIL, b.build());
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    @Test
    void theFourTextsStartOnTheirEffectiveDay() {
        for (String product : new String[] {"ims", "tms", "ams", "vm"}) {
            assertEquals(java.time.LocalDate.of(2025, 6, 30),
                    definition(product, io.slakit.api.Site.CN, java.time.LocalDate.of(2025, 7, 1)).provenance().effective(), product);
        }
    }

    @Test
    void anExcludedMinuteCountsAsOneWithoutFailures() {
        // 1000 minutes with requests; minutes 0-49 fail (0.011%) but lie inside an excluded span, and minute 50 fails
        // and only overlaps it by 30 seconds. The result is the one of the same minutes without failures: 0 of 1000.
        Instant start = APRIL.atDay(1).atStartOfDay(BEIJING).toInstant();
        Incident excluded = Incident.excluded(start, start.plus(MINUTE.multipliedBy(50)).plusSeconds(30), "daily-system-maintenance");
        ResourceMonth.Builder inside = resource().incident(excluded);
        ResourceMonth.Builder none = resource().incident(excluded);
        for (int i = 0; i < 1000; i++) {
            inside.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 100_000, i <= 50 ? 11 : 0));
            none.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 100_000, 0));
        }
        MetricResult a = metric(evaluate("ims", APRIL, inside.build()));
        MetricResult b = metric(evaluate("ims", APRIL, none.build()));
        assertMinutes(a, "0");
        assertEquals(0, BigDecimal.valueOf(1000).compareTo(a.totalMinutes()));
        assertEquals(b.availability(), a.availability());
        assertEquals(b.totalMinutes(), a.totalMinutes());
        assertEquals(b.met(), a.met());
        assertTrue(a.excludedMinutes().containsKey("daily-system-maintenance"));
        // The control: the same failures without the clause are 51 bad minutes of 1000 (94.9%), the lowest tier.
        ResourceMonth.Builder control = resource();
        for (int i = 0; i < 1000; i++) {
            control.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 100_000, i <= 50 ? 11 : 0));
        }
        ResourceReport c = evaluate("ims", APRIL, control.build());
        assertMinutes(metric(c), "51");
        assertCredit(c, "100");
    }
}
