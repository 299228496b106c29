package io.slakit.products.security;

import io.slakit.api.Availability;
import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditUnit;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 流量反欺诈 (TAF), seed 002 lines 16957-17050: a calendar year of one-minute windows (16974-16984), 99 % (16990), 10 x the
 * failed requests of the fault events as free calls, capped by the calls of T-1 .. T-31 (17021). A year has 525,600
 * minutes (365 days) or 527,040 (366): 99 % allows 5,256 or 5,270.4 unavailable minutes.
 */
class TafTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    /** {@code count} adjacent minutes from {@code local}, each with {@code failed} of {@code total} requests failed, before the month. */
    private static ResourceMonth.Builder prior(ResourceMonth.Builder b, String local, int count, long total, long failed) {
        for (int i = 0; i < count; i++) {
            b.priorWindow(WindowSample.of(at(local).plus(MINUTE.multipliedBy(i)), total, failed));
        }
        return b;
    }

    private static ResourceMonth.Builder in(ResourceMonth.Builder b, String local, int count, long total, long failed) {
        return windowsFrom(b, at(local), MINUTE, count, total, failed);
    }

    /** {@code calls} on every day from {@code first} to {@code last}. */
    private static ResourceMonth.Builder calls(ResourceMonth.Builder b, String first, String last, long calls) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            b.dailyCalls(d, calls);
        }
        return b;
    }

    private static BigDecimal freeCalls(ResourceReport r) {
        return r.usageCredit(CreditUnit.API_CALLS).orElseThrow().amount();
    }

    /** 2023 has 365 days: 5,000 bad minutes from March 1 (prior) and {@code december} on December 5, each 2 of 100 failed. */
    private static ResourceReport year2023(int december) {
        ResourceMonth.Builder b = prior(resource(), "2023-03-01T00:00", 5000, 100, 2);
        in(b, "2023-12-05T10:00", december, 100, 2);
        calls(b, "2023-01-29", "2023-03-03", 1_000_000);
        calls(b, "2023-11-04", "2023-12-04", 1_000_000);
        return evaluate("taf", YearMonth.of(2023, 12), b.build());
    }

    @Test
    void exactlyNinetyNinePercentOfA365DayYearIsMet() {
        // 5,256 of 525,600 minutes: exactly 99 %, met; no credit.
        MetricResult m = metric(year2023(256));
        assertMinutes(m, "5256");
        assertEquals(0, new BigDecimal("525600").compareTo(m.totalMinutes()));
        assertEquals(0, Availability.ofPercent(new BigDecimal("99")).compareTo(m.availability()));
        assertTrue(m.met(), m.explanation());
        assertEquals(0, freeCalls(year2023(256)).signum());
    }

    @Test
    void theFirstMonthBelowCreditsEveryFaultEventOfTheYearToDate() {
        // 5,257 minutes: below 99 %. December is the first month below: every fault window of 2023 is credited, day by day:
        // Mar 1-3 1,440 min x 2 x 10 = 28,800 each, Mar 4 680 min x 20 = 13,600, Dec 5 257 x 20 = 5,140: 105,140 free calls.
        ResourceReport r = year2023(257);
        assertFalse(metric(r).met());
        assertMinutes(metric(r), "5257");
        assertEquals(0, new BigDecimal("105140").compareTo(freeCalls(r)), metric(r).explanation());
    }

    @Test
    void a366DayYearAllows5270WholeMinutesNot5271() {
        // 2024: 527,040 minutes; 99 % allows 5,270.4. Whole minutes: 5,270 meet it (99.000076 %), 5,271 miss it.
        ResourceMonth.Builder met = prior(resource(), "2024-02-01T00:00", 5000, 100, 2);
        in(met, "2024-12-05T10:00", 270, 100, 2);
        MetricResult ok = metric(evaluate("taf", YearMonth.of(2024, 12), met.build()));
        assertEquals(0, new BigDecimal("527040").compareTo(ok.totalMinutes()));
        assertMinutes(ok, "5270");
        assertTrue(ok.met(), ok.explanation());
        ResourceMonth.Builder missed = prior(resource(), "2024-02-01T00:00", 5000, 100, 2);
        in(missed, "2024-12-05T10:00", 271, 100, 2);
        calls(missed, "2023-12-31", "2024-02-04", 0);
        calls(missed, "2024-11-04", "2024-12-04", 1_000_000);
        MetricResult below = metric(evaluate("taf", YearMonth.of(2024, 12), missed.build()));
        assertMinutes(below, "5271");
        assertFalse(below.met());
    }

    /** 2024, already below 99 % before April (6,000 bad minutes from Feb 1), then one bad minute on April 10 at 10:00. */
    private static ResourceMonth.Builder aprilAfterABreach(long total, long failed) {
        ResourceMonth.Builder b = prior(resource(), "2024-02-01T00:00", 6000, 100, 2);
        return in(b, "2024-04-10T10:00", 1, total, failed);
    }

    @Test
    void aOneMinuteFaultEventCountsAndALaterMonthPaysOnlyItsOwn() {
        // The year was below 99 % at April's start (6,000 > 5,270.4): April pays its own event, 500 failed x 10 = 5,000,
        // under the cap of 31 days x 1,000 = 31,000 (March 10 .. April 9).
        ResourceReport r = evaluate("taf", YearMonth.of(2024, 4), calls(aprilAfterABreach(1000, 500), "2024-03-10", "2024-04-09", 1000).build());
        assertMinutes(metric(r), "6001");
        assertEquals(0, new BigDecimal("5000").compareTo(freeCalls(r)), metric(r).explanation());
    }

    @Test
    void theCapByTheCallsOfTMinus1ToTMinus31Bites() {
        // 31 days x 100 calls = 3,100 < 5,000: capped.
        ResourceReport r = evaluate("taf", YearMonth.of(2024, 4), calls(aprilAfterABreach(1000, 500), "2024-03-10", "2024-04-09", 100).build());
        assertEquals(0, new BigDecimal("3100").compareTo(freeCalls(r)), metric(r).explanation());
    }

    @Test
    void theCapNeedsAll31DaysBeforeTheFault() {
        // T = April 10: T-31 is March 10 (the spelled-out range, 17021, not "30 days"); without it the cap is unknown.
        ResourceMonth r = calls(aprilAfterABreach(1000, 500), "2024-03-11", "2024-04-09", 1000).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate("taf", YearMonth.of(2024, 4), r));
        assertTrue(e.getMessage().contains("dailyCalls.2024-03-10"), e.getMessage());
    }

    @Test
    void failedRequestsOfAnExcludedMinuteAreNotCredited() {
        // Two bad minutes, 10:00 and 10:01; an excluded incident (4.1) covers 10:01: it is neither down nor credited.
        ResourceMonth.Builder b = prior(resource(), "2024-02-01T00:00", 6000, 100, 2);
        in(b, "2024-04-10T10:00", 2, 1000, 500);
        b.incident(Incident.excluded(at("2024-04-10T10:01"), at("2024-04-10T10:02"), "not-tencent-cause"));
        ResourceReport r = evaluate("taf", YearMonth.of(2024, 4), calls(b, "2024-03-10", "2024-04-09", 1000).build());
        assertMinutes(metric(r), "6001");
        assertEquals(0, new BigDecimal("5000").compareTo(freeCalls(r)), metric(r).explanation());
        assertTrue(metric(r).excludedMinutes().containsKey("not-tencent-cause"));
    }

    @Test
    void aMinuteAtExactlyOnePercentIsNotUnavailable() {
        // 10 of 1,000 failed is 1 %, not above it; 11 is.
        assertMinutes(metric(evaluate("taf", YearMonth.of(2024, 4), in(resource(), "2024-04-10T10:00", 1, 1000, 10).build())), "0");
        assertMinutes(metric(evaluate("taf", YearMonth.of(2024, 4), in(resource(), "2024-04-10T10:00", 1, 1000, 11).build())), "1");
    }

    @Test
    void priorWindowsOutsideTheYearOrInsideTheMonthAreBadInput() {
        ResourceMonth lastYear = prior(resource(), "2023-12-31T23:59", 1, 100, 2).build();
        InvalidInputException before = assertThrows(InvalidInputException.class, () -> evaluate("taf", YearMonth.of(2024, 4), lastYear));
        assertTrue(before.getMessage().contains("priorWindows[0].start"), before.getMessage());
        ResourceMonth inMonth = prior(resource(), "2024-04-01T00:00", 1, 100, 2).build();
        InvalidInputException inside = assertThrows(InvalidInputException.class, () -> evaluate("taf", YearMonth.of(2024, 4), inMonth));
        assertTrue(inside.getMessage().contains("inside the service month"), inside.getMessage());
        ResourceMonth twice = prior(prior(resource(), "2024-03-01T00:00", 1, 100, 2), "2024-03-01T00:00", 1, 100, 2).build();
        InvalidInputException dup = assertThrows(InvalidInputException.class, () -> evaluate("taf", YearMonth.of(2024, 4), twice));
        assertTrue(dup.getMessage().contains("twice"), dup.getMessage());
    }

    @Test
    void claimsOpenAfterTheFifthWorkingDayAndCloseTwoMonthsAfterTheMonth() {
        // April 2024: May 1-5 off (Labour Day), the 5th working day is May 10 (Saturday May 11 is worked but comes after): May 11 .. June 30.
        ClaimWindow w = report("taf", YearMonth.of(2024, 4), resource().build(), null).claim().orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 11), w.opensOn());
        assertEquals(LocalDate.of(2024, 6, 30), w.closesOn());
    }
}
