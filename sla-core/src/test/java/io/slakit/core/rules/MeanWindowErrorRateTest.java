package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.MeasurementContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** April 2024 has 30 days: 30 x 288 = 8,640 five-minute windows. */
class MeanWindowErrorRateTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration FIVE = Duration.ofMinutes(5);
    private static final ServiceMonth APRIL = ServiceMonth.calendar(YearMonth.of(2024, 4), BEIJING);
    private static final MeanWindowErrorRate PLAIN = Rules.meanWindowErrorRate(FIVE);
    private static final MeanWindowErrorRate AT_LEAST_100 = PLAIN.countingRatesOfWindowsWithAtLeast(100);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Measured measure(MeanWindowErrorRate rule, ServiceMonth month, ResourceMonth resource) {
        return rule.measure(MeasurementContext.alone(month, resource, Set.of()));
    }

    private static ResourceMonth.Builder resource() {
        return ResourceMonth.builder("r", Money.of("100.00", "CNY"));
    }

    /** Exactly (windows - sum) / windows: every rate here is a short exact fraction. */
    private static void assertAvailability(String sum, long windows, Measured m) {
        BigDecimal count = BigDecimal.valueOf(windows);
        Availability expected = Availability.ofRatio(count.subtract(new BigDecimal(sum)), count);
        assertEquals(0, expected.compareTo(m.availability()),
                () -> "availability " + m.availability().display(6) + ", expected " + expected.display(6) + ": " + m.explanation());
    }

    @Test
    void withoutAMinimumEveryWindowsRateCounts() {
        // 99 of 99 failed: rate 1. 1 - 1/8640.
        Measured m = measure(PLAIN, APRIL, resource().window(WindowSample.of(at("2024-04-05T10:00"), 99, 99)).build());
        assertAvailability("1", 8640, m);
    }

    @Test
    void windowsUnderTheMinimumAddNoRate() {
        // Two windows of 99 requests, all failed: neither counts -> 100 %.
        Measured m = measure(AT_LEAST_100, APRIL, resource()
                .window(WindowSample.of(at("2024-04-05T10:00"), 99, 99))
                .window(WindowSample.of(at("2024-04-05T10:05"), 99, 99)).build());
        assertAvailability("0", 8640, m);
        assertTrue(m.explanation().contains("2 window(s) under 100 requests"), m.explanation());
    }

    @Test
    void aWindowOfExactlyTheMinimumCountsAndTheDenominatorStaysEveryWindow() {
        // 100 of 100 failed (rate 1) and 1 of 200 failed (0.005): sum 1.005 over all 8,640 windows, not over the 2 counted.
        Measured m = measure(AT_LEAST_100, APRIL, resource()
                .window(WindowSample.of(at("2024-04-05T10:00"), 100, 100))
                .window(WindowSample.of(at("2024-04-05T10:05"), 200, 1))
                .window(WindowSample.of(at("2024-04-05T10:10"), 50, 50)).build());
        assertAvailability("1.005", 8640, m);
        assertEquals(0, BigDecimal.valueOf(43200).compareTo(m.totalMinutes()));
    }

    /** CNB 002:41549: only rates above 0.05 % (not included) enter the sum; the count stays every window. */
    @Test
    void onlyRatesAboveTheThresholdEnterTheSum() {
        MeanWindowErrorRate cnb = PLAIN.countingOnlyRatesAbove("0.05");
        Measured m = measure(cnb, APRIL, resource()
                .window(WindowSample.of(at("2024-04-05T10:00"), 10_000, 5))   // exactly 0.05 %: not summed
                .window(WindowSample.of(at("2024-04-05T10:05"), 10_000, 6))   // 0.06 %: summed, 0.0006
                .window(WindowSample.of(at("2024-04-05T10:10"), 4, 1)).build()); // 25 %: summed, 0.25
        assertAvailability("0.2506", 8640, m);
        assertEquals("0.05", cnb.parameters().get("ratesAbovePercent"));
        assertTrue(cnb.describe().contains("only rates above 0.05% (not included)"), cnb.describe());
        // Control: without the threshold the 0.05 % window adds its 0.0005.
        assertAvailability("0.2511", 8640, measure(PLAIN, APRIL, resource()
                .window(WindowSample.of(at("2024-04-05T10:00"), 10_000, 5))
                .window(WindowSample.of(at("2024-04-05T10:05"), 10_000, 6))
                .window(WindowSample.of(at("2024-04-05T10:10"), 4, 1)).build()));
        assertThrows(IllegalArgumentException.class, () -> PLAIN.countingOnlyRatesAbove("100"));
        assertThrows(IllegalArgumentException.class, () -> PLAIN.countingOnlyRatesAbove("-1"));
    }

    /** Issue 12.1: a window with failures that overlaps excluded time counts as one without failures, and still counts. */
    @Test
    void windowsOverlappingExcludedTimeAddNoRate() {
        Measured m = measure(PLAIN, APRIL, resource()
                .window(WindowSample.of(at("2024-04-05T10:00"), 100, 50))
                .window(WindowSample.of(at("2024-04-05T10:05"), 100, 50))
                .window(WindowSample.of(at("2024-04-05T10:10"), 100, 50))
                // 10:04-10:06 touches the first two windows, not the third.
                .incident(io.slakit.api.Incident.excluded(at("2024-04-05T10:04"), at("2024-04-05T10:06"), "force-majeure")).build());
        assertAvailability("0.5", 8640, m);
        assertTrue(m.explanation().contains("2 window(s) with failures overlap excluded time and count without failures (force-majeure: 2)"),
                m.explanation());
        assertEquals(0, new BigDecimal("2").compareTo(m.excludedMinutes().get("force-majeure")));
    }

    @Test
    void theMinimumIsAParameter() {
        assertEquals("100", AT_LEAST_100.parameters().get("minimumRequests"));
        assertTrue(AT_LEAST_100.describe().contains("fewer than 100 requests"), AT_LEAST_100.describe());
        assertThrows(IllegalArgumentException.class, () -> PLAIN.countingRatesOfWindowsWithAtLeast(0));
    }

    // Events: 2024-06-18, the service month cut to that day.
    private static final ServiceMonth EVENT_DAY = ServiceMonth.ofDays(YearMonth.of(2024, 6), LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 18), BEIJING);
    private static final MeanWindowErrorRate EVENT = AT_LEAST_100.overEventSpan();

    @Test
    void anEventCountsTheWindowsItTouches() {
        // 19:32-21:00 touches the windows 19:30 .. 20:55: 18 windows, 90 minutes. One failing window: 1 - 1/18.
        ResourceMonth event = resource().activeFrom(at("2024-06-18T19:32")).activeUntil(at("2024-06-18T21:00"))
                .window(WindowSample.of(at("2024-06-18T19:30"), 100, 100))
                .window(WindowSample.of(at("2024-06-18T20:55"), 300, 0)).build();
        Measured m = measure(EVENT, EVENT_DAY, event);
        assertAvailability("1", 18, m);
        assertEquals(0, BigDecimal.valueOf(90).compareTo(m.totalMinutes()));
    }

    @Test
    void anEventEndingInsideAWindowCountsItWhole() {
        // 19:30-21:02: 19 windows (21:00 is cut but counts). Two failing windows: 1 - 2/19.
        ResourceMonth event = resource().activeFrom(at("2024-06-18T19:30")).activeUntil(at("2024-06-18T21:02"))
                .window(WindowSample.of(at("2024-06-18T20:00"), 100, 100))
                .window(WindowSample.of(at("2024-06-18T21:00"), 100, 100)).build();
        assertAvailability("2", 19, measure(EVENT, EVENT_DAY, event));
    }

    @Test
    void anEventRejectsWindowsOutsideItsSpan() {
        ResourceMonth event = resource().activeFrom(at("2024-06-18T19:30")).activeUntil(at("2024-06-18T21:00"))
                .window(WindowSample.of(at("2024-06-18T21:00"), 100, 100)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> measure(EVENT, EVENT_DAY, event));
        assertEquals("windows", e.field());
    }

    @Test
    void anEventNeedsItsEnd() {
        ResourceMonth open = resource().activeFrom(at("2024-06-18T19:30")).build();
        assertEquals("activeUntil", assertThrows(InvalidInputException.class, () -> measure(EVENT, EVENT_DAY, open)).field());
    }

    @Test
    void anEventMustEndInItsServiceMonth() {
        ServiceMonth lastDay = ServiceMonth.ofDays(YearMonth.of(2024, 6), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30), BEIJING);
        ResourceMonth crossing = resource().activeFrom(at("2024-06-30T23:00")).activeUntil(at("2024-07-01T01:00")).build();
        assertEquals("activeUntil", assertThrows(InvalidInputException.class, () -> measure(EVENT, lastDay, crossing)).field());
    }
}
