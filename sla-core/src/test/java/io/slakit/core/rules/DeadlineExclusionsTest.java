package io.slakit.core.rules;

import io.slakit.api.Incident;
import io.slakit.api.LateItem;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Ticket;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.time.ServiceClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static io.slakit.core.rules.DeadlineCommitmentsTest.NATIONAL_DAY;
import static io.slakit.core.rules.DeadlineCommitmentsTest.RULE;
import static io.slakit.core.rules.DeadlineCommitmentsTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time attributed to an exclusion clause stops a ticket's clock (service hours 10:00-12:00 and
 * 14:00-17:00; emergencies within 30 service minutes, reports within 5 working days; April 2024 is
 * Monday to Friday on this calendar). Every value is worked out by hand; each case has its control
 * without the exclusion.
 */
class DeadlineExclusionsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final String UNREACHABLE = "customer-unreachable";

    private static Measured measure(Measurement rule, List<Incident> incidents, Ticket... tickets) {
        ResourceMonth.Builder b = ResourceMonth.builder("svc", Money.of("1000.00", "CNY")).tickets(List.of(tickets));
        incidents.forEach(b::incident);
        return rule.measure(MeasurementContext.alone(ServiceMonth.calendar(APRIL, BEIJING), b.build(), Set.of(UNREACHABLE)));
    }

    private static Incident unreachable(String from, String to) {
        return Incident.excluded(at(from), at(to), UNREACHABLE);
    }

    private static List<LateItem> late(Measured m) {
        return m.lateItems().orElseThrow();
    }

    private static final Ticket EMERGENCY = Ticket.of("e1", "emergency", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T10:45"));

    @Test
    void controlWithoutExclusionIsFifteenServiceMinutesLate() {
        Measured m = measure(RULE, List.of(), EMERGENCY);
        assertEquals(1, late(m).size());
        assertEquals(0, new BigDecimal("15").compareTo(late(m).get(0).lateness()));
        assertEquals(at("2024-04-01T10:30"), late(m).get(0).deadline());
        assertTrue(m.excludedMinutes().isEmpty());
    }

    @Test
    void twentyExcludedMinutesMakeTheFortyFiveMinuteResponseOnTime() {
        // 10:00-10:20 excluded: the clock runs 10:20-10:45 = 25 of 30 minutes.
        Measured m = measure(RULE, List.of(unreachable("2024-04-01T10:00", "2024-04-01T10:20")), EMERGENCY);
        assertTrue(late(m).isEmpty());
        assertEquals(0, new BigDecimal("100").compareTo(m.availability().percent(java.math.MathContext.DECIMAL64)));
        assertEquals(0, new BigDecimal("20").compareTo(m.excludedMinutes().get(UNREACHABLE)));
    }

    @Test
    void tenExcludedMinutesLeaveItFiveLateWithTheDeadlineMovedToTenForty() {
        Measured m = measure(RULE, List.of(unreachable("2024-04-01T10:00", "2024-04-01T10:10")), EMERGENCY);
        assertEquals(1, late(m).size());
        assertEquals(0, new BigDecimal("5").compareTo(late(m).get(0).lateness()));
        assertEquals(at("2024-04-01T10:40"), late(m).get(0).deadline());
    }

    @Test
    void anExcludedSpanInTheMiddleMovesTheDeadlineByItsServiceTime() {
        // 10:05-10:15 excluded: 10:00-10:05 and 10:15-10:40 are the 30 minutes; a response at 10:40 is on time, 10:41 one late.
        List<Incident> span = List.of(unreachable("2024-04-01T10:05", "2024-04-01T10:15"));
        Ticket t = Ticket.of("e1", "emergency", at("2024-04-01T10:00"));
        assertTrue(late(measure(RULE, span, t.respondedAt(at("2024-04-01T10:40")))).isEmpty());
        List<LateItem> one = late(measure(RULE, span, t.respondedAt(at("2024-04-01T10:41"))));
        assertEquals(0, BigDecimal.ONE.compareTo(one.get(0).lateness()));
        assertEquals(at("2024-04-01T10:40"), one.get(0).deadline());
    }

    @Test
    void excludedTimeOutsideServiceHoursChangesNothing() {
        // Opened 11:50, responded 14:25: 10 + 25 = 35 service minutes, 5 late, with or without 12:30-13:30 excluded (the lunch break).
        Ticket t = Ticket.of("e1", "emergency", at("2024-04-01T11:50")).respondedAt(at("2024-04-01T14:25"));
        for (List<Incident> incidents : List.of(List.<Incident>of(), List.of(unreachable("2024-04-01T12:30", "2024-04-01T13:30")))) {
            List<LateItem> l = late(measure(RULE, incidents, t));
            assertEquals(1, l.size());
            assertEquals(0, new BigDecimal("5").compareTo(l.get(0).lateness()));
        }
    }

    @Test
    void excludedTimeAfterTheResponseChangesNothing() {
        Measured m = measure(RULE, List.of(unreachable("2024-04-01T10:45", "2024-04-01T11:45")), EMERGENCY);
        assertEquals(0, new BigDecimal("15").compareTo(late(m).get(0).lateness()));
    }

    @Test
    void aPendingTicketIsNotDueWhileTheCustomerIsUnreachable() {
        // Opened April 30 16:50: without or with 16:55 to the month's end excluded, the deadline lies in May, not yet due.
        Ticket t = Ticket.of("e1", "emergency", at("2024-04-30T16:50"));
        Measured control = measure(RULE, List.of(), t);
        assertEquals(0, late(control).size()); // due Wednesday May 1 10:20 on this calendar: not yet due
        Measured m = measure(RULE, List.of(unreachable("2024-04-30T16:55", "2024-05-01T00:00")), t);
        assertEquals(0, late(m).size());
    }

    @Test
    void workingDayDeadlinesMoveByExcludedWorkingDayTime() {
        // Opened Monday April 1: 5 working days are April 2, 3, 4, 5, 8; due April 9 00:00. Delivered April 9 10:00: 1 working day late.
        Ticket t = Ticket.of("r1", "report", at("2024-04-01T09:00")).deliveredAt(at("2024-04-09T10:00"));
        List<LateItem> control = late(measure(RULE, List.of(), t));
        assertEquals(0, BigDecimal.ONE.compareTo(control.get(0).lateness()));
        assertEquals(at("2024-04-09T00:00"), control.get(0).deadline());
        // The whole of Wednesday April 3 excluded: due April 10 00:00, on time.
        assertTrue(late(measure(RULE, List.of(unreachable("2024-04-03T00:00", "2024-04-04T00:00")), t)).isEmpty());
        // Six hours of April 3 excluded: due April 9 06:00; 4 hours past it is a started working day, 1 late.
        List<LateItem> six = late(measure(RULE, List.of(unreachable("2024-04-03T09:00", "2024-04-03T15:00")), t));
        assertEquals(at("2024-04-09T06:00"), six.get(0).deadline());
        assertEquals(0, BigDecimal.ONE.compareTo(six.get(0).lateness()));
        // The opening day and a weekend are not on the working-day clock: nothing moves.
        for (Incident i : List.of(unreachable("2024-04-01T09:00", "2024-04-02T00:00"), unreachable("2024-04-06T00:00", "2024-04-08T00:00"))) {
            List<LateItem> same = late(measure(RULE, List.of(i), t));
            assertEquals(at("2024-04-09T00:00"), same.get(0).deadline());
            assertEquals(0, BigDecimal.ONE.compareTo(same.get(0).lateness()));
        }
    }

    @Test
    void excludedTimeAfterAWorkingDayDeadlineIsLeftOutOfTheLateness() {
        // Due April 9 00:00; delivered April 11 10:00 is 3 working days late (9, 10, 11); April 10 excluded leaves 2.
        Ticket t = Ticket.of("r1", "report", at("2024-04-01T09:00")).deliveredAt(at("2024-04-11T10:00"));
        assertEquals(0, new BigDecimal("3").compareTo(late(measure(RULE, List.of(), t)).get(0).lateness()));
        List<LateItem> l = late(measure(RULE, List.of(unreachable("2024-04-10T00:00", "2024-04-11T00:00")), t));
        assertEquals(0, new BigDecimal("2").compareTo(l.get(0).lateness()));
    }

    @Test
    void routesByOpeningStopTheClockToo() {
        ServiceClock hours = ServiceClock.businessHours(NATIONAL_DAY, "10:00-12:00", "14:00-17:00");
        DeadlineRoutes rule = Rules.deadlinesByOpening(hours, Rules.deadlines(hours).respondWithin("emergency", Duration.ofHours(1)),
                Rules.deadlines(ServiceClock.calendarTime(NATIONAL_DAY)).respondWithin("emergency", Duration.ofHours(4)));
        // Opened Saturday 20:00 (outside service hours): 4 calendar hours; responded 00:30 is 30 minutes late, on time with 23:00-23:30 excluded.
        Ticket t = Ticket.of("e1", "emergency", at("2024-04-06T20:00")).respondedAt(at("2024-04-07T00:30"));
        assertEquals(0, new BigDecimal("30").compareTo(late(measure(rule, List.of(), t)).get(0).lateness()));
        Measured m = measure(rule, List.of(unreachable("2024-04-06T23:00", "2024-04-06T23:30")), t);
        assertTrue(late(m).isEmpty());
        assertTrue(m.excludedMinutes().containsKey(UNREACHABLE));
    }

    @Test
    void anAllowanceOfThreeBreachesIsMetAtThreeAndMissedAtFour() {
        DeadlineCommitments rule = Rules.deadlines(ServiceClock.businessHours(NATIONAL_DAY, "10:00-12:00", "14:00-17:00"))
                .respondWithin("emergency", Duration.ofMinutes(30)).allowingBreaches(3);
        Ticket[] four = new Ticket[5];
        for (int i = 0; i < 5; i++) {
            // Opened April 1..5 at 10:00; the first four answered at 10:45 (late), the fifth at 10:10.
            String day = "2024-04-0" + (i + 1);
            four[i] = Ticket.of("e" + i, "emergency", at(day + "T10:00")).respondedAt(at(day + (i < 4 ? "T10:45" : "T10:10")));
        }
        Measured three = measure(rule, List.of(), four[0], four[1], four[2], four[4]);
        assertEquals(3, late(three).size());
        assertEquals(0, new BigDecimal("100").compareTo(three.availability().percent(java.math.MathContext.DECIMAL64)), "3 of 4 late, all 3 allowed: counted as met");
        Measured fourLate = measure(rule, List.of(), four);
        assertEquals(4, late(fourLate).size());
        // 5 checked, 4 late, 3 allowed: 4 of 5 counted as met.
        assertEquals(0, new BigDecimal("80").compareTo(fourLate.availability().percent(java.math.MathContext.DECIMAL64)));
        assertFalse(fourLate.availability().isAtLeast(io.slakit.api.Percent.of("100")));
        assertTrue(three.availability().isAtLeast(io.slakit.api.Percent.of("100")));
        assertEquals(List.of("30", "3"), rule.commitmentFigures());
        assertFalse(rule.commitmentIsPercent());
    }
}
