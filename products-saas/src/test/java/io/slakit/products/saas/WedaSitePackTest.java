package io.slakit.products.saas;

import io.slakit.api.Availability;
import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditUnit;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 微搭建站资源包, seed 002 lines 39221-39360: a service year from the activation day (39240-39242) of natural days, a day
 * whose search-box failure rate is above 1 % wholly unavailable (39244-39246), 99 % (39256), extra service time of 10 / 25
 * / 50 % of the year (39351-39355), claimed after the year ends (39295-39301).
 */
class WedaSitePackTest {
    private static final Duration DAY = Duration.ofDays(1);

    private static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(BEIJING).toInstant();
    }

    /** Activated on {@code from} (00:00), with the year's days from {@code firstBad} bad ({@code n} days, 2 of 100 failed). */
    private static ResourceMonth.Builder activated(String from) {
        return resource().activeFrom(day(from));
    }

    /** {@code n} adjacent bad days from {@code first}, given as prior windows (before the evaluated month). */
    private static ResourceMonth.Builder priorBad(ResourceMonth.Builder b, String first, int n) {
        for (int i = 0; i < n; i++) {
            b.priorWindow(WindowSample.of(day(first).plus(DAY.multipliedBy(i)), 100, 2));
        }
        return b;
    }

    private static ResourceMonth.Builder bad(ResourceMonth.Builder b, String first, int n) {
        return windowsFrom(b, day(first), DAY, n, 100, 2);
    }

    private static BigDecimal days(ResourceReport r) {
        return r.usageCredit(CreditUnit.SERVICE_DAYS).orElseThrow().amount();
    }

    private static void assertDays(String expected, ResourceReport r) {
        assertEquals(0, new BigDecimal(expected).compareTo(days(r)), () -> days(r) + " service days, expected " + expected + ": "
                + metric(r).explanation());
    }

    /**
     * A 200-day term (2023-01-01 .. 2023-07-19, activeUntil 2023-07-20) makes the tier edges whole days: 2 days are exactly
     * 99 %, 10 exactly 95 %, 20 exactly 90 %. Evaluated in July 2023, the month holding the year's last day.
     */
    private static ResourceReport term200(int badDays) {
        ResourceMonth.Builder b = activated("2023-01-01").activeUntil(day("2023-07-20"));
        priorBad(b, "2023-02-01", badDays);
        return evaluate("weda-site-pack", Site.CN, YearMonth.of(2023, 7), b.build());
    }

    @Test
    void tierEdgesOfA200DayYearAreExact() {
        MetricResult edge = metric(term200(2));
        assertEquals(0, new BigDecimal(200 * 1440).compareTo(edge.totalMinutes()));
        assertEquals(0, Availability.ofPercent(new BigDecimal("99")).compareTo(edge.availability()));
        assertTrue(edge.met());
        assertDays("0", term200(2));
        assertDays("20", term200(3));    // 98.5 %: 10 % of 200 days
        assertDays("20", term200(10));   // exactly 95 %: still [95, 99), 10 %
        assertDays("50", term200(11));   // 94.5 %: 25 %
        assertDays("50", term200(20));   // exactly 90 %: [90, 95), 25 %
        assertDays("100", term200(21));  // 89.5 %: 50 %
    }

    @Test
    void a365DayYearCreditsHalfDaysExactly() {
        // Activated 2022-03-17: the year 2022-03-17 .. 2023-03-16 has 365 days. 99 % allows 3.65 days: 3 bad days meet it,
        // 4 (98.904 %) earn 10 % = 36.5 days; 95 % allows 18.25: 19 earn 25 % = 91.25; 90 % allows 36.5: 37 earn 50 % = 182.5.
        assertDays("0", march2023(3));
        assertDays("36.5", march2023(4));
        assertDays("36.5", march2023(18));
        assertDays("91.25", march2023(19));
        assertDays("91.25", march2023(36));
        assertDays("182.5", march2023(37));
        assertEquals(0, new BigDecimal(365 * 1440).compareTo(metric(march2023(4)).totalMinutes()));
    }

    private static ResourceReport march2023(int badDays) {
        ResourceMonth.Builder b = priorBad(activated("2022-03-17"), "2022-05-01", badDays);
        return evaluate("weda-site-pack", Site.CN, YearMonth.of(2023, 3), b.build());
    }

    @Test
    void a366DayYear() {
        // Activated 2023-03-17: 2023-03-17 .. 2024-03-16 holds 2024-02-29, 366 days; 4 bad days (98.907 %) earn 36.6 days.
        ResourceMonth.Builder b = priorBad(activated("2023-03-17"), "2023-05-01", 4);
        ResourceReport r = evaluate("weda-site-pack", Site.CN, YearMonth.of(2024, 3), b.build());
        assertEquals(0, new BigDecimal(366 * 1440).compareTo(metric(r).totalMinutes()));
        assertDays("36.6", r);
    }

    @Test
    void theAnniversaryMonthDecidesTheEndingYearAndTheNewYearStartsAfresh() {
        // March 2023 holds 2023-03-16, the first year's last day: 4 bad days in it (one on March 10) decide 36.5 days.
        // A bad day on March 20 belongs to the second year and is not counted for the first.
        ResourceMonth.Builder b = priorBad(activated("2022-03-17"), "2022-05-01", 3);
        bad(b, "2023-03-10", 1);
        bad(b, "2023-03-20", 1);
        ResourceReport march = evaluate("weda-site-pack", Site.CN, YearMonth.of(2023, 3), b.build());
        assertMinutes(metric(march), String.valueOf(4 * 1440));
        assertDays("36.5", march);
        // April 2023 reads the second year from 2023-03-17: March 20 (prior) and April 3 are 2 days to date; the year is not over.
        ResourceMonth.Builder april = activated("2022-03-17");
        priorBad(april, "2023-03-20", 1);
        bad(april, "2023-04-03", 5);
        ResourceReport r = evaluate("weda-site-pack", Site.CN, YearMonth.of(2023, 4), april.build());
        assertMinutes(metric(r), String.valueOf(6 * 1440));
        assertFalse(metric(r).met());
        assertDays("0", r);
        assertTrue(metric(r).explanation().contains("not over"), metric(r).explanation());
        assertTrue(metric(r).explanation().contains("2024-03"), metric(r).explanation());
        // A window of the first year is outside the period April reads.
        ResourceMonth old = priorBad(activated("2022-03-17"), "2023-03-16", 1).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate("weda-site-pack", Site.CN, YearMonth.of(2023, 4), old));
        assertTrue(e.getMessage().contains("priorWindows[0].start"), e.getMessage());
    }

    @Test
    void aDayAtExactlyOnePercentIsNotDown() {
        ResourceMonth.Builder b = activated("2023-01-01").activeUntil(day("2023-07-20"));
        b.window(WindowSample.of(day("2023-07-01"), 1000, 10));   // 1 %: not above it
        b.window(WindowSample.of(day("2023-07-02"), 1000, 11));   // 1.1 %: down
        assertMinutes(metric(evaluate("weda-site-pack", Site.CN, YearMonth.of(2023, 7), b.build())), "1440");
    }

    @Test
    void anExcludedSpanRemovesItsWholeDay() {
        // Three bad days make 98.5 % of the 200-day term; an excluded hour (4.1) on one of them removes that day: 2 days, 99 %.
        ResourceMonth.Builder b = activated("2023-01-01").activeUntil(day("2023-07-20"));
        bad(b, "2023-07-03", 3);
        b.incident(Incident.excluded(day("2023-07-04").plusSeconds(3600), day("2023-07-04").plusSeconds(7200), "announced-maintenance"));
        ResourceReport r = evaluate("weda-site-pack", Site.CN, YearMonth.of(2023, 7), b.build());
        assertMinutes(metric(r), "2880");
        assertTrue(metric(r).met());
        assertDays("0", r);
    }

    @Test
    void aResourcesClaimWindowIsDatedByItsServiceYearEnd() {
        // Activated 2023-03-17: the year ends Saturday 2024-03-16; the working days after it (2024 has no holiday in March) are
        // Monday March 18 to Friday March 22, the 5th is March 22, so claims open March 23; they close 60 calendar days after
        // March 16 (15 days to March 31, 30 in April, 15 in May): May 15. The resource carries that window; the report states
        // none of its own (counted from March 31 it would have said April 9 .. May 30, 24 days late for the opening).
        ResourceMonth r = priorBad(activated("2023-03-17"), "2023-05-01", 4).build();
        EvaluationReport report = march2024(r);
        assertTrue(report.claim().isEmpty(), report.claim().toString());
        ClaimWindow w = report.resources().get(0).claim().orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 23), w.opensOn());
        assertEquals(LocalDate.of(2024, 5, 15), w.closesOn());
        assertEquals("mainland China, State Council holiday notices 2020-2026", w.calendar());
        assertTrue(report.resources().get(0).notes().contains("Service year ends 2024-03-16: the claim window is this resource's own."),
                report.resources().get(0).notes().toString());
    }

    @Test
    void aResourceWhoseYearDoesNotEndInTheMonthHasNoWindowYet() {
        // Activated 2023-06-01: its year ends 2024-05-31, so March 2024 owes nothing yet and states no window; the resource beside
        // it, activated 2023-03-17, has its own (the control: the same month does carry a window for a year that ends in it).
        EvaluationReport report = march2024(
                ResourceMonth.builder("later", io.slakit.api.Money.of("0", "CNY")).activeFrom(day("2023-06-01")).build(),
                ResourceMonth.builder("ends", io.slakit.api.Money.of("0", "CNY")).activeFrom(day("2023-03-17")).build());
        assertTrue(report.claim().isEmpty());
        assertTrue(report.resources().get(0).claim().isEmpty(), report.resources().get(0).claim().toString());
        assertEquals(LocalDate.of(2024, 3, 23), report.resources().get(1).claim().orElseThrow().opensOn());
        assertTrue(SlaEngine.claimsPerResource(definition("weda-site-pack", Site.CN, LocalDate.of(2024, 3, 1))));
    }

    @Test
    void claimsCountFromTheEndOfTheServiceYearOnTheMainlandCalendar() {
        // A calendar service year (no activation) ends 2024-12-31: January 1 2025 is off, the 5th working day after it is
        // January 8 (2, 3, 6, 7, 8), so claims open January 9 and close 60 days after December 31 (31 in January, 28 in
        // February, 1 in March): March 1 2025. The window is the resource's; the report still states none of its own.
        SlaDefinition d = definition("weda-site-pack", Site.CN, LocalDate.of(2024, 12, 1));
        EvaluationReport report = SlaEngine.standard().evaluate(d, EvaluationRequest.of("weda-site-pack", Site.CN, YearMonth.of(2024, 12),
                List.of(resource().build())), List.of());
        assertTrue(report.claim().isEmpty());
        ClaimWindow w = report.resources().get(0).claim().orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 9), w.opensOn());
        assertEquals(LocalDate.of(2025, 3, 1), w.closesOn());
        // November of the same calendar year: the year has not ended, no window.
        EvaluationReport november = SlaEngine.standard().evaluate(definition("weda-site-pack", Site.CN, LocalDate.of(2024, 11, 1)),
                EvaluationRequest.of("weda-site-pack", Site.CN, YearMonth.of(2024, 11), List.of(resource().build())), List.of());
        assertTrue(november.resources().get(0).claim().isEmpty());
    }

    private static EvaluationReport march2024(ResourceMonth... resources) {
        SlaDefinition d = definition("weda-site-pack", Site.CN, LocalDate.of(2024, 3, 1));
        return SlaEngine.standard().evaluate(d, EvaluationRequest.of("weda-site-pack", Site.CN, YearMonth.of(2024, 3),
                List.of(resources)), List.of());
    }
}
