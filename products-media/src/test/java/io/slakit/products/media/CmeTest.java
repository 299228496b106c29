package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CME: the service year's downtime to the month's end against the year's minutes; credits are a share of the monthly fee. */
class CmeTest {
    private static final Instant ACTIVATED = Instant.parse("2021-03-16T16:00:00Z"); // 2021-03-17 00:00 Beijing

    private static ResourceMonth activatedWithOutage(YearMonth month, long minutes) {
        Instant start = fifth(month);
        return resource().activeFrom(ACTIVATED).incident(Incident.of(start, start.plusSeconds(minutes * 60))).build();
    }

    // Service year 2021-03-17 .. 2022-03-16: 365 days, 525,600 minutes, for the 30-day April and the 31-day May alike.
    // 99.9 -> 525.6, 99 -> 5,256, 95 -> 26,280 minutes allowed. 10 / 25 / 50 % of the MONTHLY fee.
    @ParameterizedTest
    @CsvSource({
            "2021-04, 525, 0", "2021-04, 526, 10", "2021-04, 5256, 10", "2021-04, 5257, 25", "2021-04, 26280, 25", "2021-04, 26281, 50",
            "2021-05, 525, 0", "2021-05, 526, 10", "2021-05, 5256, 10", "2021-05, 5257, 25", "2021-05, 26280, 25", "2021-05, 26281, 50"})
    void tierEdgesAgainstTheServiceYear(String month, long minutes, String percent) {
        ResourceReport r = evaluate("cme", Site.CN, month(month), activatedWithOutage(month(month), minutes));
        assertEquals(0, metric(r).totalMinutes().compareTo(BigDecimal.valueOf(525600)));
        assertCredit(r, percent);
    }

    private static Instant beijing(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Incident down(String from, long minutes) {
        return Incident.of(beijing(from), beijing(from).plusSeconds(minutes * 60));
    }

    private static ResourceMonth.Builder activated() {
        return resource().activeFrom(ACTIVATED);
    }

    // 3.1 with 2.2(2): the year's availability at a month's end picks the tier of that month's fee.
    // Year 1 (2021-03-17 .. 2022-03-16) allows 525.6 minutes at 99.9, 5,256 at 99, 26,280 at 95.
    @Test
    void earlierMonthsOfTheServiceYearCount() {
        // 500 minutes in March alone: met in March; 30 more in April: 530 > 525.6 -> 10% in April.
        assertCredit(evaluate("cme", Site.CN, month("2021-03"), activated().incident(down("2021-03-20T10:00", 500)).build()), "0");
        ResourceReport april = evaluate("cme", Site.CN, month("2021-04"),
                activated().priorIncident(down("2021-03-20T10:00", 500)).incident(down("2021-04-05T10:00", 30)).build());
        assertMinutes(metric(april), "530");
        assertCredit(april, "10");
    }

    @Test
    void aMonthWithoutDowntimeWhileTheYearIsBelowTheStandardEarnsTheYearsTier() {
        // Reading chosen: May had no downtime, but the year stands at 1 - 530/525,600 = 99.899% at its end -> 10%.
        assertCredit(evaluate("cme", Site.CN, month("2021-05"), activated()
                .priorIncident(down("2021-03-20T10:00", 500)).priorIncident(down("2021-04-05T10:00", 30)).build()), "10");
    }

    @Test
    void theMonthThatTakesTheYearAcrossATierEarnsTheLowerTier() {
        // 5,000 minutes before June (10%), 257 in June: 5,257 > 5,256 -> 25% for June; 26,281 by July's end -> 50%.
        ResourceMonth.Builder june = activated().priorIncident(down("2021-04-05T10:00", 5000)).incident(down("2021-06-05T10:00", 257));
        assertCredit(evaluate("cme", Site.CN, month("2021-06"), june.build()), "25");
        ResourceMonth july = activated().priorIncident(down("2021-04-05T10:00", 5000)).priorIncident(down("2021-06-05T10:00", 257))
                .incident(down("2021-07-05T00:00", 21024)).build();
        assertCredit(evaluate("cme", Site.CN, month("2021-07"), july), "50");
    }

    @Test
    void aNewServiceYearStartsAgain() {
        // April 2022 is in year 2 (from 2022-03-17): 30 minutes there -> met; year 1's outages are not year 2's and are rejected.
        assertCredit(evaluate("cme", Site.CN, month("2022-04"), activated().priorIncident(down("2022-03-20T10:00", 30)).build()), "0");
        ResourceMonth fromYearOne = activated().priorIncident(down("2021-06-05T10:00", 600)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate("cme", Site.CN, month("2022-04"), fromYearOne));
        assertTrue(e.field().endsWith("priorIncidents[0].end"), e.getMessage());
    }

    @Test
    void aMonthHoldingTheAnniversaryTakesTheWorseYear() {
        // March 2022: year 1 ends Mar 16 with 400 + 200 = 600 minutes (10%); year 2 from Mar 17 has 10 (met). 10% of March.
        ResourceMonth march = activated().priorIncident(down("2021-06-05T10:00", 400))
                .incident(down("2022-03-10T10:00", 200)).incident(down("2022-03-20T10:00", 10)).build();
        ResourceReport r = evaluate("cme", Site.CN, month("2022-03"), march);
        assertMinutes(metric(r), "600");
        assertCredit(r, "10");
    }

    @Test
    void aTermEndingInsideTheYearShortensIt() {
        // Term 2021-03-17 .. 2021-09-16: 184 days = 264,960 minutes; 99.9% allows 264.96. 264 met, 265 -> 10%.
        ResourceMonth.Builder term = activated().activeUntil(beijing("2021-09-17T00:00"));
        assertCredit(evaluate("cme", Site.CN, month("2021-04"), term.incident(down("2021-04-05T10:00", 264)).build()), "0");
        ResourceMonth longer = activated().activeUntil(beijing("2021-09-17T00:00")).incident(down("2021-04-05T10:00", 265)).build();
        ResourceReport r = evaluate("cme", Site.CN, month("2021-04"), longer);
        assertEquals(0, metric(r).totalMinutes().compareTo(BigDecimal.valueOf(264960)));
        assertCredit(r, "10");
    }

    @Test
    void withoutActivationTheCalendarYearCounts() {
        // 2024 has 366 days: 527,040 minutes; 99.9% allows 527.04. 527 met, 528 -> 10%.
        MetricResult m = metric(evaluate("cme", Site.CN, APRIL, outage(APRIL, 527 * 60)));
        assertEquals(0, m.totalMinutes().compareTo(BigDecimal.valueOf(527040)));
        assertTrue(m.met());
        assertCredit(evaluate("cme", Site.CN, APRIL, outage(APRIL, 528 * 60)), "10");
    }

    @Test
    void exactDurationsCount() {
        // No rounding is defined: 90 seconds count 1.5 minutes.
        assertMinutes(metric(evaluate("cme", Site.CN, APRIL, outage(APRIL, 90))), "1.5");
    }

    @Test
    void exclusionRemovesTime() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(1000 * 60)))
                .incident(Incident.excluded(start, start.plusSeconds(600 * 60), "announced-maintenance"))
                .build();
        MetricResult m = metric(evaluate("cme", Site.CN, APRIL, res));
        assertMinutes(m, "400");
        assertTrue(m.met());
    }
}
