package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.rules.ServiceYearMinutes.ServiceYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Activation 2021-03-17 (CME's example): the first service year is 2021-03-17 .. 2022-03-16, 365 days, 525,600 minutes. */
class ServiceYearMinutesTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ServiceYearMinutes RULE = Rules.serviceYearMinutes();
    private static final Instant ACTIVATED = at("2021-03-17T00:00");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Incident down(String from, long minutes) {
        return Incident.of(at(from), at(from).plusSeconds(minutes * 60));
    }

    private static ResourceMonth.Builder activated() {
        return ResourceMonth.builder("r", Money.of("100.00", "CNY")).activeFrom(ACTIVATED);
    }

    private static Measured measure(ServiceMonth month, ResourceMonth resource) {
        return RULE.measure(MeasurementContext.alone(month, resource, Set.of("force-majeure")));
    }

    private static ServiceMonth calendar(int year, int month) {
        return ServiceMonth.calendar(YearMonth.of(year, month), BEIJING);
    }

    private static void assertYear(long down, long total, Measured m) {
        assertEquals(0, BigDecimal.valueOf(down).compareTo(m.unavailableMinutes().orElseThrow()), m.explanation());
        assertEquals(0, BigDecimal.valueOf(total).compareTo(m.totalMinutes()), m.explanation());
        assertEquals(0, Availability.fromDowntime(BigDecimal.valueOf(down), BigDecimal.valueOf(total)).compareTo(m.availability()), m.explanation());
    }

    @Test
    void serviceYearsRunFromTheActivationDay() {
        Optional<LocalDate> activation = Optional.of(LocalDate.of(2021, 3, 17));
        assertEquals(new ServiceYear(LocalDate.of(2021, 3, 17), LocalDate.of(2022, 3, 17)),
                ServiceYearMinutes.serviceYear(LocalDate.of(2022, 3, 16), activation, Optional.empty()));
        assertEquals(new ServiceYear(LocalDate.of(2022, 3, 17), LocalDate.of(2023, 3, 17)),
                ServiceYearMinutes.serviceYear(LocalDate.of(2022, 3, 17), activation, Optional.empty()));
        // Without activation: the calendar year; 2024 has 366 days.
        ServiceYear calendar = ServiceYearMinutes.serviceYear(LocalDate.of(2024, 4, 1), Optional.empty(), Optional.empty());
        assertEquals(new ServiceYear(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), calendar);
        assertEquals(366 * 1440, calendar.totalMinutes());
        // Activated on Feb 29: the next years start on Feb 28 (2025-02-28 .. 2026-02-27).
        assertEquals(new ServiceYear(LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28)),
                ServiceYearMinutes.serviceYear(LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2024, 2, 29)), Optional.empty()));
        // A term ending on 2021-09-17 ends the year there: 184 days.
        ServiceYear cut = ServiceYearMinutes.serviceYear(LocalDate.of(2021, 4, 1), activation, Optional.of(LocalDate.of(2021, 9, 17)));
        assertEquals(184 * 1440, cut.totalMinutes());
    }

    @Test
    void aMonthReadsTheYearsEarlierDowntime() {
        // 300 minutes in March (prior) + 300 in April: 600 of 525,600.
        ResourceMonth r = activated().priorIncident(down("2021-03-20T10:00", 300)).incident(down("2021-04-05T10:00", 300)).build();
        assertYear(600, 525600, measure(calendar(2021, 4), r));
    }

    @Test
    void aMonthWithoutDowntimeOfItsOwnStillCarriesTheYear() {
        ResourceMonth r = activated().priorIncident(down("2021-03-20T10:00", 530)).build();
        assertYear(530, 525600, measure(calendar(2021, 5), r));
    }

    @Test
    void anOutageAcrossTheMonthStartCountsItsEarlierPartInTheYear() {
        // Given once, in the month's incidents: 23:00 Apr 30 to 01:00 May 1 counts 120 minutes in the year, 60 of them in May.
        ResourceMonth r = activated().incident(down("2021-04-30T23:00", 120)).build();
        Measured m = measure(calendar(2021, 5), r);
        assertYear(120, 525600, m);
        assertEquals(true, m.explanation().contains("(60 of them in this month)"), m.explanation());
    }

    @Test
    void overlapsBetweenPriorAndMonthIncidentsCountOnce() {
        ResourceMonth r = activated().priorIncident(down("2021-04-30T23:00", 60))
                .incident(down("2021-04-30T23:00", 120)).build();
        assertYear(120, 525600, measure(calendar(2021, 5), r));
    }

    @Test
    void excludedTimeInEarlierMonthsIsRemovedToo() {
        Instant start = at("2021-03-20T10:00");
        ResourceMonth r = activated().priorIncident(down("2021-03-20T10:00", 300))
                .priorIncident(Incident.excluded(start, start.plusSeconds(100 * 60), "force-majeure")).build();
        assertYear(200, 525600, measure(calendar(2021, 4), r));
    }

    @Test
    void aMonthHoldingTheAnniversaryTakesTheLowerOfItsTwoYears() {
        // March 2022: year 1 to Mar 16 (600 minutes in it, 99.886%) and year 2 from Mar 17 (10 minutes, 99.998%): year 1 stands.
        ResourceMonth r = activated().priorIncident(down("2021-06-01T10:00", 400))
                .incident(down("2022-03-10T10:00", 200)).incident(down("2022-03-20T10:00", 10)).build();
        assertYear(600, 525600, measure(calendar(2022, 3), r));
        // Only year 2 down (10 minutes): 10 of year 2's 525,600 (2022-03-17 .. 2023-03-16, 365 days).
        ResourceMonth second = activated().incident(down("2022-03-20T10:00", 10)).build();
        assertYear(10, 525600, measure(calendar(2022, 3), second));
    }

    @Test
    void itReadsPriorIncidentsFromTheStartOfTheFirstYearTheMonthTouches() {
        ResourceMonth r = activated().build();
        assertEquals(Optional.of(ACTIVATED), RULE.readsPriorIncidentsFrom(calendar(2021, 6), r));
        assertEquals(Optional.of(ACTIVATED), RULE.readsPriorIncidentsFrom(calendar(2022, 3), r));
        assertEquals(Optional.of(at("2022-03-17T00:00")), RULE.readsPriorIncidentsFrom(calendar(2022, 4), r));
        // Without activation: from 1 January.
        assertEquals(Optional.of(at("2024-01-01T00:00")),
                RULE.readsPriorIncidentsFrom(calendar(2024, 4), ResourceMonth.builder("r", Money.of("1.00", "CNY")).build()));
    }

    @Test
    void aTermEndingInTheYearShortensIt() {
        // Term 2021-03-17 .. 2021-09-16: 184 days, 264,960 minutes.
        ResourceMonth r = activated().activeUntil(at("2021-09-17T00:00")).incident(down("2021-04-05T10:00", 265)).build();
        assertYear(265, 264960, measure(calendar(2021, 4), r));
    }
}
