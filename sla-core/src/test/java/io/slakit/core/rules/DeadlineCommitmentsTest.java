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
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service hours 10:00-12:00 and 14:00-17:00 on a calendar shaped like 2024's National Day (Oct 1-7
 * off; Sunday Sep 29 and Saturday Oct 12 worked): emergencies answered within 30 service minutes
 * (critical ones within 15), reports delivered within 5 working days.
 */
class DeadlineCommitmentsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar NATIONAL_DAY = day -> {
        if (Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)).contains(day)) {
            return true;
        }
        if (!day.isBefore(LocalDate.of(2024, 10, 1)) && !day.isAfter(LocalDate.of(2024, 10, 7))) {
            return false;
        }
        return BusinessCalendar.weekdays().isBusinessDay(day);
    };
    static final DeadlineCommitments RULE = Rules.deadlines(ServiceClock.businessHours(NATIONAL_DAY, "10:00-12:00", "14:00-17:00"))
            .respondWithin("emergency", Duration.ofMinutes(30))
            .respondWithin("emergency", "critical", Duration.ofMinutes(15))
            .deliverWithinWorkingDays("report", 5);

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    static Measured measure(DeadlineCommitments rule, YearMonth month, Ticket... tickets) {
        ResourceMonth r = ResourceMonth.builder("svc", Money.of("1000.00", "CNY")).tickets(List.of(tickets)).build();
        return rule.measure(MeasurementContext.alone(ServiceMonth.calendar(month, BEIJING), r, Set.of()));
    }

    static Optional<BigDecimal> lateness(Ticket ticket, YearMonth month) {
        List<LateItem> late = measure(RULE, month, ticket).lateItems().orElseThrow();
        return late.isEmpty() ? Optional.empty() : Optional.of(late.get(0).lateness());
    }

    @ParameterizedTest(name = "opened {0}, responded {1}: late {2}")
    @CsvSource({
            // opened 11:50: due 14:20 after the lunch break; exactly at the deadline is on time
            "2024-04-01T11:50, 2024-04-01T14:20, ",
            "2024-04-01T11:50, 2024-04-01T14:21, 1",
            // answered during lunch: the clock stood still at 10 minutes used
            "2024-04-01T11:50, 2024-04-01T13:00, ",
            // Friday 16:50 -> due Monday 10:20; answered 10:45 is 25 service minutes late
            "2024-04-12T16:50, 2024-04-15T10:20, ",
            "2024-04-12T16:50, 2024-04-15T10:45, 25",
            // answered on Saturday afternoon: a Saturday is no service time, 10 minutes used
            "2024-04-12T16:50, 2024-04-13T15:00, ",
            // seconds count exactly: 30 s late is half a minute
            "2024-04-01T10:00, 2024-04-01T10:30:30, 0.5"})
    void responsesOnServiceHours(String opened, String responded, String late) {
        Ticket t = Ticket.of("T-1", "emergency", at(opened)).respondedAt(at(responded));
        assertEquals(Optional.ofNullable(late).map(BigDecimal::new).map(BigDecimal::stripTrailingZeros),
                lateness(t, YearMonth.of(2024, 4)).map(BigDecimal::stripTrailingZeros));
    }

    @ParameterizedTest(name = "opened {0}, responded {1}: late {2}")
    @CsvSource({
            // the make-up Sunday Sep 29 counts: 16:50 + 30 -> 10 that day, due Monday Sep 30 10:20
            "2024-09-29T16:50, 2024-09-30T10:20, ",
            "2024-09-29T16:50, 2024-09-30T10:50, 30",
            // the holiday does not count: Sep 30 16:50 -> due Oct 8 10:20; answered Oct 8 11:00 is 40 late
            "2024-09-30T16:50, 2024-10-05T11:00, ",
            "2024-09-30T16:50, 2024-10-08T11:00, 40"})
    void responsesAcrossAHolidayAndAMakeUpDay(String opened, String responded, String late) {
        Ticket t = Ticket.of("T-1", "emergency", at(opened)).respondedAt(at(responded));
        assertEquals(Optional.ofNullable(late).map(BigDecimal::new), lateness(t, YearMonth.of(2024, 9)));
    }

    @Test
    void aCriticalTicketTakesItsOwnCommitment() {
        Ticket critical = Ticket.of("T-2", "emergency", at("2024-04-01T10:00")).withSeverity("critical").respondedAt(at("2024-04-01T10:20"));
        assertEquals(Optional.of(new BigDecimal("5")), lateness(critical, YearMonth.of(2024, 4)));
        // another severity falls back to the kind's commitment for any severity
        Ticket minor = Ticket.of("T-3", "emergency", at("2024-04-01T10:00")).withSeverity("minor").respondedAt(at("2024-04-01T10:20"));
        assertEquals(Optional.empty(), lateness(minor, YearMonth.of(2024, 4)));
    }

    @ParameterizedTest(name = "opened {0}, delivered {1}: late {2} working days")
    @CsvSource({
            // Mon Sep 30: Oct 1-7 off; Oct 8, 9, 10, 11 and the make-up Saturday Oct 12 are days 1-5: due by 24:00 Oct 12
            "2024-09-30T09:00, 2024-10-12T23:59, ",
            "2024-09-30T09:00, 2024-10-13T00:00, ",
            // delivered on Sunday Oct 13 counts as on Monday Oct 14: one working day late
            "2024-09-30T09:00, 2024-10-13T10:00, 1",
            "2024-09-30T09:00, 2024-10-14T10:00, 1",
            "2024-09-30T09:00, 2024-10-15T10:00, 2",
            // an ordinary week: Monday Sep 2 -> Sep 3..9 (weekend skipped), due by 24:00 Monday Sep 9
            "2024-09-02T15:00, 2024-09-09T18:00, ",
            "2024-09-02T15:00, 2024-09-10T08:00, 1"})
    void deliveriesInWorkingDays(String opened, String delivered, String late) {
        Ticket t = Ticket.of("R-1", "report", at(opened)).deliveredAt(at(delivered));
        assertEquals(Optional.ofNullable(late).map(BigDecimal::new), lateness(t, YearMonth.of(2024, 9)));
    }

    @Test
    void openTicketsAreLateOnlyOnceTheirDeadlinePassedInTheMonth() {
        // due Apr 30 10:20 (opened Monday Apr 29 16:50): still open at the month's end, late 30 + 120 + 180 - 30 = ... measured to May 1 00:00
        Ticket open = Ticket.of("T-9", "emergency", at("2024-04-29T16:50"));
        Measured m = measure(RULE, YearMonth.of(2024, 4), open);
        LateItem item = m.lateItems().orElseThrow().get(0);
        // used: 10 min on Apr 29, 300 on Apr 30 -> 310 - 30 = 280 service minutes late, not done
        assertEquals(new BigDecimal("280"), item.lateness());
        assertEquals(Optional.empty(), item.actual());
        assertTrue(item.describe().contains("not done by the end of the month"), item.describe());
        // opened at the month's last service minute: not yet due, not counted
        Measured pending = measure(RULE, YearMonth.of(2024, 4), Ticket.of("T-10", "emergency", at("2024-04-30T16:59")));
        assertEquals(List.of(), pending.lateItems().orElseThrow());
        assertTrue(pending.explanation().contains("1 not yet due"), pending.explanation());
    }

    @Test
    void countsEachMissedDeadlineAndTheShareMet() {
        Measured m = measure(RULE, YearMonth.of(2024, 4),
                Ticket.of("A", "emergency", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T10:31")),
                Ticket.of("B", "emergency", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T10:30")),
                Ticket.of("C", "emergency", at("2024-04-02T10:00")).respondedAt(at("2024-04-02T11:00")),
                Ticket.of("D", "report", at("2024-04-01T10:00")).deliveredAt(at("2024-04-03T10:00")));
        assertEquals(List.of("A", "C"), m.lateItems().orElseThrow().stream().map(LateItem::ticket).toList());
        assertEquals("50.000000", m.availability().display(6).toPlainString());
        assertEquals("4 ticket(s), 4 deadline(s) checked, 2 missed.", m.explanation());
    }

    @Test
    void badTicketsAreNamed() {
        InvalidInputException kind = assertThrows(InvalidInputException.class,
                () -> measure(RULE, YearMonth.of(2024, 4), Ticket.of("X", "pentest", at("2024-04-01T10:00"))));
        assertEquals("tickets[0].kind", kind.field());
        assertTrue(kind.getMessage().contains("[emergency, report]"), kind.getMessage());
        InvalidInputException outside = assertThrows(InvalidInputException.class,
                () -> measure(RULE, YearMonth.of(2024, 4), Ticket.of("X", "emergency", at("2024-03-31T23:00"))));
        assertEquals("tickets[0].opened", outside.field());
        DeadlineCommitments bySeverityOnly = Rules.deadlines(ServiceClock.calendarTime()).respondWithin("incident", "P1", Duration.ofMinutes(15));
        InvalidInputException severity = assertThrows(InvalidInputException.class,
                () -> measure(bySeverityOnly, YearMonth.of(2024, 4), Ticket.of("X", "incident", at("2024-04-01T10:00"))));
        assertEquals("tickets[0].severity", severity.field());
        InvalidInputException before = assertThrows(InvalidInputException.class,
                () -> Ticket.of("X", "incident", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T09:59")));
        assertEquals("responded", before.field());
        assertThrows(IllegalArgumentException.class, () -> RULE.respondWithin("emergency", Duration.ofMinutes(10)));
    }

    @Test
    void describesItselfInWords() {
        assertEquals("Deadlines on service hours 10:00-12:00 and 14:00-17:00 on working days: emergency: respond within 30 minutes of "
                + "service hours 10:00-12:00 and 14:00-17:00 on working days; emergency (critical): respond within 15 minutes of service hours "
                + "10:00-12:00 and 14:00-17:00 on working days; report: deliver within 5 working day(s) after the day opened. A response or "
                + "delivery exactly at the deadline is on time; time attributed to an exclusion clause stops the clock; each missed deadline is one breach, its lateness measured on the same clock; "
                + "availability is the share of deadlines met.", RULE.describe());
    }

    /** The lateness of a response at {@code responded} to a ticket opened at {@code opened}, 0 when on time. */
    private static BigDecimal lateOf(Instant opened, Instant responded) {
        return lateness(Ticket.of("P", "emergency", opened).respondedAt(responded), YearMonth.of(2024, 9)).orElse(BigDecimal.ZERO);
    }

    /** The first pair of responses (earlier, later) where the later one is less late, or empty. */
    private static Optional<String> firstDecrease(long seed, BiFunction<Instant, Instant, BigDecimal> late) {
        Random random = new Random(seed);
        Instant month = at("2024-09-01T00:00");
        for (int round = 0; round < 150; round++) {
            Instant opened = month.plusSeconds(random.nextInt(29 * 86_400));
            Instant first = opened.plusSeconds(random.nextInt(4 * 86_400));
            Instant second = first.plusSeconds(random.nextInt(2 * 86_400));
            if (late.apply(opened, second).compareTo(late.apply(opened, first)) < 0) {
                return Optional.of(opened + " " + first + " " + second);
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 17, 2024, 777})
    void aLaterResponseIsNeverLessLate(long seed) {
        assertEquals(Optional.empty(), firstDecrease(seed, DeadlineCommitmentsTest::lateOf));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 17, 2024, 777})
    void theControlFindsADecreaseWhereThereIsOne(long seed) {
        // A wrong lateness (minutes past the hour of the response) decreases often: the search above would catch it.
        assertFalse(firstDecrease(seed, (opened, responded) -> BigDecimal.valueOf(responded.atZone(BEIJING).getMinute())).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 99})
    void aLaterDeliveryIsNeverLessLateInWorkingDays(long seed) {
        BiFunction<Instant, Instant, BigDecimal> late = (opened, delivered) -> lateness(Ticket.of("R", "report", opened).deliveredAt(delivered),
                YearMonth.of(2024, 9)).orElse(BigDecimal.ZERO);
        Random random = new Random(seed);
        List<String> decreases = new ArrayList<>();
        Instant month = at("2024-09-01T00:00");
        for (int round = 0; round < 150; round++) {
            Instant opened = month.plusSeconds(random.nextInt(29 * 86_400));
            Instant first = opened.plusSeconds(random.nextInt(20 * 86_400));
            Instant second = first.plusSeconds(random.nextInt(5 * 86_400));
            if (late.apply(opened, second).compareTo(late.apply(opened, first)) < 0) {
                decreases.add(opened + " " + first + " " + second);
            }
        }
        assertEquals(List.of(), decreases);
    }
}
