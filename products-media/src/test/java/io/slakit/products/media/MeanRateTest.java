package io.slakit.products.media;

import io.slakit.api.Edition;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSS, CI and IVC: availability = 1 - sum of 5-minute failure rates / units in the month (April 8,640 units, May 8,928).
 * Each failing unit here has every request failed (rate 1), so the sum is the number of failing units.
 */
class MeanRateTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    // CSS 99.9 -> 5%, 95 -> 10%, per edition. April: 8.64 | 432; May: 8.928 | 446.4.
    @ParameterizedTest
    @CsvSource({
            "basic, 2024-04, 8, 0", "basic, 2024-04, 9, 5", "basic, 2024-04, 432, 5", "basic, 2024-04, 433, 10",
            "basic, 2024-05, 8, 0", "basic, 2024-05, 9, 5", "basic, 2024-05, 446, 5", "basic, 2024-05, 447, 10",
            "value-added, 2024-04, 8, 0", "value-added, 2024-04, 9, 5", "value-added, 2024-04, 432, 5", "value-added, 2024-04, 433, 10",
            "value-added, 2024-05, 8, 0", "value-added, 2024-05, 9, 5", "value-added, 2024-05, 446, 5", "value-added, 2024-05, 447, 10"})
    void cssTierEdges(String edition, String month, int failingUnits, String percent) {
        ResourceReport r = evaluate("css", Site.CN, month(month), windows(month(month), FIVE, failingUnits, 100, 100), edition);
        assertCredit(r, percent);
    }

    @Test
    void cssUnitsUnderOneHundredRequestsAreNotCounted() {
        // 9 failing units of 99 requests: none counted -> 100%; at 100 requests they count -> 5%.
        assertTrue(metric(evaluate("css", Site.CN, APRIL, windows(APRIL, FIVE, 9, 99, 99), "basic")).met());
        assertCredit(evaluate("css", Site.CN, APRIL, windows(APRIL, FIVE, 9, 100, 100), "basic"), "5");
    }

    @Test
    void cssHasTwoServicesEachMonthlyAndPerEscortedEvent() {
        SlaDefinition d = definition("css", Site.CN, LocalDate.of(2024, 6, 1));
        assertEquals(List.of("basic", "value-added", "basic-escorted-event", "value-added-escorted-event"),
                d.editions().stream().map(Edition::id).toList());
    }

    /** An escorted event on 2024-06-18 from 19:00 to 21:00 Beijing time: 24 five-minute units; the event's fee 200.00, the month's 1,000.00. */
    private static ResourceMonth.Builder event() {
        return resource().otherFee("event", Money.of("200.00", "CNY")).activeFrom(LocalDateTime.parse("2024-06-18T19:00").atZone(BEIJING).toInstant())
                .activeUntil(LocalDateTime.parse("2024-06-18T21:00").atZone(BEIJING).toInstant());
    }

    private static ResourceMonth eventWith(long total, long... failedPerUnit) {
        Instant start = LocalDateTime.parse("2024-06-18T19:00").atZone(BEIJING).toInstant();
        ResourceMonth.Builder b = event();
        for (int i = 0; i < failedPerUnit.length; i++) {
            b.window(WindowSample.of(start.plus(FIVE.multipliedBy(i)), total, failedPerUnit[i]));
        }
        return b.build();
    }

    // 14209: the event is its own object: 1 - sum / 24 units. 99.9 allows a sum of 0.024; 95 a sum of 1.2.
    // Rates out of 1,000 requests: 24 -> 0.024 (exactly 99.9, met); 25 -> 0.025 (5%).
    // 1,000 + 200 failed in two units: 1.2 (exactly 95, 5%); 1,000 + 210: 1.21 (10%).
    @ParameterizedTest
    @CsvSource({
            "basic-escorted-event, 24, 0, 0", "basic-escorted-event, 25, 0, 5",
            "basic-escorted-event, 1000, 200, 5", "basic-escorted-event, 1000, 210, 10",
            "value-added-escorted-event, 24, 0, 0", "value-added-escorted-event, 25, 0, 5",
            "value-added-escorted-event, 1000, 200, 5", "value-added-escorted-event, 1000, 210, 10"})
    void cssEscortedEventTierEdges(String edition, long failedFirst, long failedSecond, String percent) {
        ResourceReport r = evaluate("css", Site.CN, month("2024-06"), eventWith(1000, failedFirst, failedSecond), edition);
        assertEquals(0, BigDecimal.valueOf(120).compareTo(metric(r).totalMinutes()), "24 units of 5 minutes");
        assertEventCredit(r, percent);
    }

    /** {@code percent} of the event's 200.00 fee. */
    private static void assertEventCredit(ResourceReport r, String percent) {
        BigDecimal expected = new BigDecimal("200.00").multiply(new BigDecimal(percent)).movePointLeft(2);
        assertEquals(0, expected.compareTo(r.credit().amount()), () -> "credit " + r.credit() + ", expected " + percent + "% of 200.00");
    }

    @Test
    void cssAnEventIsAccountedApartFromTheMonth() {
        // Two units wholly failed: in the event 1 - 2/24 = 91.7% -> 10% of the event's 200.00 = 20.00;
        // the same units in June's 8,640: 1 - 2/8640 = 99.977% -> met.
        ResourceReport event = evaluate("css", Site.CN, month("2024-06"), eventWith(100, 100, 100), "basic-escorted-event");
        assertEventCredit(event, "10");
        // The report names the event's span, not a one-day "partial service month".
        assertTrue(event.notes().stream().noneMatch(n -> n.startsWith("Partial service month")), event.notes().toString());
        assertTrue(event.notes().stream().anyMatch(n -> n.startsWith("Measured over the resource's own span")), event.notes().toString());
        ResourceMonth month = windowsFrom(resource(), LocalDateTime.parse("2024-06-18T19:00").atZone(BEIJING).toInstant(), FIVE, 2, 100, 100).build();
        assertCredit(evaluate("css", Site.CN, month("2024-06"), month, "basic"), "0");
    }

    @Test
    void cssEventUnitsUnderOneHundredRequestsAreNotCounted() {
        // Both units wholly failed but with 99 requests: neither adds a rate -> 100%.
        assertTrue(metric(evaluate("css", Site.CN, month("2024-06"), eventWith(99, 99, 99), "basic-escorted-event")).met());
    }

    @Test
    void cssEventNeedsItsFee() {
        ResourceMonth noEventFee = windowsFrom(resource().activeFrom(LocalDateTime.parse("2024-06-18T19:00").atZone(BEIJING).toInstant())
                .activeUntil(LocalDateTime.parse("2024-06-18T21:00").atZone(BEIJING).toInstant()),
                LocalDateTime.parse("2024-06-18T19:00").atZone(BEIJING).toInstant(), FIVE, 2, 100, 100).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate("css", Site.CN, month("2024-06"), noEventFee, "basic-escorted-event"));
        assertTrue(e.field().endsWith("fees.event"), e.getMessage());
    }

    @Test
    void cssEventNeedsItsSpan() {
        ResourceMonth noEnd = resource().activeFrom(LocalDateTime.parse("2024-06-18T19:00").atZone(BEIJING).toInstant()).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate("css", Site.CN, month("2024-06"), noEnd, "basic-escorted-event"));
        assertTrue(e.field().endsWith("activeUntil"), e.getMessage());
    }

    // CI 99.95/99/95 -> 10/20/50. April: 4.32 | 86.4 | 432; May: 4.464 | 89.28 | 446.4.
    @ParameterizedTest
    @CsvSource({
            "2025-08, 4, 0", "2025-08, 5, 10", "2025-08, 89, 10", "2025-08, 90, 20", "2025-08, 446, 20", "2025-08, 447, 50",
            "2025-09, 4, 0", "2025-09, 5, 10", "2025-09, 86, 10", "2025-09, 87, 20", "2025-09, 432, 20", "2025-09, 433, 50"})
    void ciTierEdges(String month, int failingUnits, String percent) {
        // August 2025 has 31 days (8,928 units), September 30 (8,640): both after CI's effective date 2025-06-27.
        assertCredit(evaluate("ci", Site.CN, month(month), windows(month(month), FIVE, failingUnits, 100, 100)), percent);
    }

    @Test
    void ciPartialFailureRatesAdd() {
        // 10 units at 50% failure: sum 5 -> 1 - 5/8640 = 99.942% -> 10%.
        assertCredit(evaluate("ci", Site.CN, month("2025-09"), windows(month("2025-09"), FIVE, 10, 100, 50)), "10");
    }

    // IVC 99.93 -> 5%, 95 -> 10%. April 6.048 | 432; May 6.2496 | 446.4.
    @ParameterizedTest
    @CsvSource({
            "2025-09, 6, 0", "2025-09, 7, 5", "2025-09, 432, 5", "2025-09, 433, 10",
            "2025-08, 6, 0", "2025-08, 7, 5", "2025-08, 446, 5", "2025-08, 447, 10"})
    void ivcTierEdges(String month, int failingUnits, String percent) {
        assertCredit(evaluate("ivc", Site.CN, month(month), windows(month(month), FIVE, failingUnits, 100, 100)), percent);
    }

    // Online classroom: 1 - unusable person-time / all person-time. 99 -> 10, 98 -> 25, 95 -> 60.
    @ParameterizedTest
    @CsvSource({"100, 0", "101, 10", "200, 10", "201, 25", "500, 25", "501, 60"})
    void onlineClassroomPersonTimeRatio(long unusable, String percent) {
        ResourceMonth res = windows(APRIL, Duration.ofMinutes(1), 1, 10000, unusable);
        assertCredit(evaluate("online-classroom", Site.CN, APRIL, res), percent);
    }

    @Test
    void onlineClassroomSumsTheMonth() {
        // Two samples: 5,000 with 60 unusable and 5,000 with 40: 100 of 10,000 = exactly 99% -> met.
        ResourceMonth res = windowsFrom(windowsBuilder(APRIL, Duration.ofMinutes(1), 1, 5000, 60), fifth(APRIL).plusSeconds(3600),
                Duration.ofMinutes(1), 1, 5000, 40).build();
        assertTrue(metric(evaluate("online-classroom", Site.CN, MAY.minusMonths(1), res)).met());
    }
}
