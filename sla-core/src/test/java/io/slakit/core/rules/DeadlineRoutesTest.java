package io.slakit.core.rules;

import io.slakit.api.InvalidInputException;
import io.slakit.api.LateItem;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Ticket;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ServiceClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.slakit.core.rules.DeadlineCommitmentsTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monday-Friday working days (April 2024: Monday Apr 1), service hours 10:00-12:00 and 14:00-17:00. Emergency response:
 * 1 hour of service hours when opened in them, 4 calendar hours otherwise. Critical-period assurance: an assessment within
 * 2 service hours, a guarantee-phase incident within 30 calendar minutes.
 */
class DeadlineRoutesTest {
    private static final ServiceClock HOURS = ServiceClock.businessHours(BusinessCalendar.weekdays(), "10:00-12:00", "14:00-17:00");
    private static final DeadlineRoutes EMERGENCY = Rules.deadlinesByOpening(HOURS,
            Rules.deadlines(HOURS).respondWithin("emergency", Duration.ofHours(1)),
            Rules.deadlines(ServiceClock.calendarTime()).respondWithin("emergency", Duration.ofHours(4)));
    private static final DeadlineRoutes PHASES = Rules.deadlinesByKind(
            Rules.deadlines(HOURS).respondWithin("assessment", Duration.ofHours(2)),
            Rules.deadlines(ServiceClock.calendarTime()).respondWithin("incident", Duration.ofMinutes(30)));
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    static Measured measure(DeadlineRoutes rule, Ticket... tickets) {
        ResourceMonth r = ResourceMonth.builder("svc", Money.of("1000.00", "CNY")).tickets(List.of(tickets)).build();
        return rule.measure(MeasurementContext.alone(ServiceMonth.calendar(APRIL, ZoneId.of("Asia/Shanghai")), r, Set.of()));
    }

    private static Optional<BigDecimal> late(DeadlineRoutes rule, Ticket t) {
        List<LateItem> items = measure(rule, t).lateItems().orElseThrow();
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).lateness());
    }

    @ParameterizedTest(name = "opened {0}, responded {1}: late {2}")
    @CsvSource({
            // opened in service hours: 1 hour of service hours
            "2024-04-01T10:30, 2024-04-01T11:30, ",
            "2024-04-01T10:30, 2024-04-01T11:31, 1",
            "2024-04-01T10:00, 2024-04-01T11:00, ",
            // 11:30: 30 minutes before lunch, 30 after: due 14:30
            "2024-04-01T11:30, 2024-04-01T14:30, ",
            "2024-04-01T11:30, 2024-04-01T14:31, 1",
            // 16:30: 30 minutes that day, due Tuesday 10:30
            "2024-04-01T16:30, 2024-04-02T10:30, ",
            "2024-04-01T16:30, 2024-04-02T10:40, 10",
            // opened at lunch, at 17:00 (a period is half-open) or at night: 4 calendar hours
            "2024-04-01T12:30, 2024-04-01T16:30, ",
            "2024-04-01T12:30, 2024-04-01T16:45, 15",
            "2024-04-01T17:00, 2024-04-01T21:00, ",
            "2024-04-01T17:00, 2024-04-01T21:01, 1",
            "2024-04-05T20:00, 2024-04-06T00:10, 10"})
    void emergencyResponseTakesTheClockOfItsOpening(String opened, String responded, String lateness) {
        Ticket t = Ticket.of("E", "emergency", at(opened)).respondedAt(at(responded));
        assertEquals(Optional.ofNullable(lateness).map(BigDecimal::new), late(EMERGENCY, t));
    }

    @Test
    void phasesTakeTheClockOfTheirKind() {
        // Saturday Apr 6 10:00: an assessment waits for Monday (due 12:00); an incident is due at 10:30 the same morning
        assertEquals(Optional.empty(), late(PHASES, Ticket.of("A", "assessment", at("2024-04-06T10:00")).respondedAt(at("2024-04-08T11:59"))));
        assertEquals(Optional.of(new BigDecimal("15")),
                late(PHASES, Ticket.of("I", "incident", at("2024-04-06T10:00")).respondedAt(at("2024-04-06T10:45"))));
    }

    @Test
    void theMonthJoinsEveryMissedDeadlineAndTheShareOverAllChecked() {
        Measured m = measure(EMERGENCY,
                Ticket.of("A", "emergency", at("2024-04-01T10:30")).respondedAt(at("2024-04-01T11:31")), // in hours, 1 late
                Ticket.of("B", "emergency", at("2024-04-01T12:30")).respondedAt(at("2024-04-01T13:00")), // lunch, on time
                Ticket.of("C", "emergency", at("2024-04-01T20:00")).respondedAt(at("2024-04-02T01:00")), // night, 60 late
                Ticket.of("D", "emergency", at("2024-04-30T16:59"))); // in hours, not yet due at the month's end
        assertEquals(List.of("A", "C"), m.lateItems().orElseThrow().stream().map(LateItem::ticket).toList());
        assertEquals("33.333333", m.availability().display(6).toPlainString());
        assertEquals("4 ticket(s), 3 deadline(s) checked, 2 missed, 1 not yet due at the month's end.", m.explanation());
    }

    @Test
    void badInputAndBadSetsAreRefused() {
        InvalidInputException kind = assertThrows(InvalidInputException.class,
                () -> measure(PHASES, Ticket.of("X", "pentest", at("2024-04-01T10:00"))));
        assertEquals("tickets[0].kind", kind.field());
        assertTrue(kind.getMessage().contains("[assessment, incident]"), kind.getMessage());
        InvalidInputException outside = assertThrows(InvalidInputException.class, () -> measure(EMERGENCY,
                Ticket.of("A", "emergency", at("2024-04-01T10:30")), Ticket.of("B", "emergency", at("2024-05-01T10:30"))));
        assertEquals("tickets[1].opened", outside.field());
        assertThrows(IllegalArgumentException.class, () -> Rules.deadlinesByKind(
                Rules.deadlines(HOURS).respondWithin("incident", Duration.ofHours(2)),
                Rules.deadlines(ServiceClock.calendarTime()).respondWithin("incident", Duration.ofMinutes(30))));
        assertThrows(IllegalArgumentException.class, () -> Rules.deadlinesByOpening(ServiceClock.calendarTime(),
                Rules.deadlines(HOURS).respondWithin("emergency", Duration.ofHours(1)),
                Rules.deadlines(ServiceClock.calendarTime()).respondWithin("emergency", Duration.ofHours(4))));
        assertThrows(IllegalArgumentException.class, () -> Rules.deadlinesByOpening(HOURS,
                Rules.deadlines(HOURS).respondWithin("emergency", Duration.ofHours(1)),
                Rules.deadlines(ServiceClock.calendarTime()).respondWithin("incident", Duration.ofHours(4))));
    }

    @Test
    void aCreditByBreachCountReadsTheJoinedResult() {
        Measured m = measure(PHASES,
                // 2 service hours from 10:00 end at 12:00; 14:01 is 1 service minute late (12:01 would still be on time: lunch)
                Ticket.of("A", "assessment", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T14:01")),
                Ticket.of("I", "incident", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T10:31")));
        io.slakit.api.spi.CreditDecision d = Credits.byBreachCount(Credits.breaches("1", "10"), Credits.breaches("2+", "30"))
                .decide(new io.slakit.api.spi.CreditContext(ServiceMonth.calendar(APRIL, ZoneId.of("Asia/Shanghai")), m,
                        io.slakit.api.Percent.of("100"), Money.of("1000.00", "CNY")));
        assertEquals(Money.of("300.00", "CNY"), d.amount());
    }
}
