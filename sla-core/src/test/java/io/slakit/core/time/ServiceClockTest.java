package io.slakit.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Service hours 10:00-12:00 and 14:00-17:00 (five hours a working day) in Beijing time. */
class ServiceClockTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /**
     * A test calendar shaped like 2024's National Day: Oct 1-7 off, Sunday Sep 29 and Saturday Oct 12
     * are make-up working days; otherwise Monday to Friday.
     */
    static final BusinessCalendar NATIONAL_DAY = day -> {
        if (Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)).contains(day)) {
            return true;
        }
        if (!day.isBefore(LocalDate.of(2024, 10, 1)) && !day.isAfter(LocalDate.of(2024, 10, 7))) {
            return false;
        }
        return BusinessCalendar.weekdays().isBusinessDay(day);
    };
    static final ServiceClock HOURS = ServiceClock.businessHours(NATIONAL_DAY, "10:00-12:00", "14:00-17:00");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    @ParameterizedTest(name = "opened {0}, {1} min -> {2}")
    @CsvSource({
            // lunch break: 10 minutes before 12:00, 20 after 14:00
            "2024-04-01T11:50, 30, 2024-04-01T14:20",
            // a period used up exactly ends at its end, not at the next start
            "2024-04-01T10:00, 120, 2024-04-01T12:00",
            // opened during lunch: the clock starts at 14:00
            "2024-04-01T12:30, 30, 2024-04-01T14:30",
            // opened before hours
            "2024-04-01T08:00, 1, 2024-04-01T10:01",
            // weekend: Friday 16:50 + 30 -> 10 on Friday, 20 on Monday
            "2024-04-12T16:50, 30, 2024-04-15T10:20",
            // make-up working Sunday Sep 29: 30 min that day, then 90 on Monday Sep 30
            "2024-09-29T16:30, 120, 2024-09-30T11:30",
            // National Day: Monday Sep 30 16:00 + 120 -> 60 that day, Oct 1-7 off, Tuesday Oct 8 11:00
            "2024-09-30T16:00, 120, 2024-10-08T11:00",
            // make-up working Saturday Oct 12: Friday 16:00 + 180 -> 60 Friday, 120 Saturday ending at 12:00
            "2024-10-11T16:00, 180, 2024-10-12T12:00",
            // an ordinary Saturday (Oct 19) does not count: Friday Oct 18 16:30 + 60 -> Monday Oct 21 10:30
            "2024-10-18T16:30, 60, 2024-10-21T10:30"})
    void deadlinesWorkedByHand(String opened, long minutes, String deadline) {
        assertEquals(at(deadline), HOURS.deadline(at(opened), Duration.ofMinutes(minutes), BEIJING));
        assertEquals(Duration.ofMinutes(minutes), HOURS.between(at(opened), at(deadline), BEIJING));
    }

    @ParameterizedTest(name = "{0} .. {1} = {2} min")
    @CsvSource({
            "2024-04-01T11:50, 2024-04-01T13:00, 10",
            "2024-04-01T11:50, 2024-04-01T14:21, 31",
            "2024-04-12T16:50, 2024-04-15T10:45, 55",
            "2024-09-30T16:00, 2024-10-08T14:30, 210",
            "2024-10-11T16:00, 2024-10-12T14:01, 181",
            "2024-04-01T17:00, 2024-04-02T10:00, 0",
            "2024-04-02T10:00, 2024-04-01T17:00, 0"})
    void serviceTimeBetweenWorkedByHand(String from, String to, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), HOURS.between(at(from), at(to), BEIJING));
    }

    @Test
    void calendarTimeCountsEveryMinute() {
        ServiceClock clock = ServiceClock.calendarTime();
        assertEquals(at("2024-04-13T10:00"), clock.deadline(at("2024-04-12T10:00"), Duration.ofHours(24), BEIJING));
        assertEquals(Duration.ofHours(48), clock.between(at("2024-04-12T10:00"), at("2024-04-14T10:00"), BEIJING));
        assertEquals("calendar time (24x7)", clock.describe());
        assertEquals("service hours 10:00-12:00 and 14:00-17:00 on working days", HOURS.describe());
    }

    @Test
    void badPeriodsFailAtDefinitionTime() {
        assertThrows(IllegalArgumentException.class, () -> ServiceClock.businessHours(NATIONAL_DAY, "12:00-10:00"));
        assertThrows(IllegalArgumentException.class, () -> ServiceClock.businessHours(NATIONAL_DAY, "10:00-12:00", "11:00-13:00"));
        assertThrows(IllegalArgumentException.class, () -> ServiceClock.businessHours(NATIONAL_DAY, "9-18"));
        assertThrows(IllegalArgumentException.class, () -> ServiceClock.businessHours(NATIONAL_DAY));
        assertEquals(Duration.ofHours(24), ServiceClock.businessHours(NATIONAL_DAY, "00:00-24:00")
                .between(at("2024-04-01T00:00"), at("2024-04-02T00:00"), BEIJING));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2024, 90210})
    void serviceTimeAddsUpAndInvertsTheDeadline(long seed) {
        Random random = new Random(seed);
        Instant base = at("2024-09-20T00:00");
        for (int round = 0; round < 200; round++) {
            Instant a = base.plusSeconds(random.nextInt(40 * 86_400));
            Instant b = a.plusSeconds(random.nextInt(10 * 86_400));
            Instant c = b.plusSeconds(random.nextInt(10 * 86_400));
            assertEquals(HOURS.between(a, c, BEIJING), HOURS.between(a, b, BEIJING).plus(HOURS.between(b, c, BEIJING)), a + " " + b + " " + c);
            Duration allowance = Duration.ofSeconds(1 + random.nextInt(30 * 3600));
            Instant deadline = HOURS.deadline(a, allowance, BEIJING);
            assertEquals(allowance, HOURS.between(a, deadline, BEIJING), "deadline " + deadline + " from " + a);
            assertTrue(HOURS.between(a, deadline.minusNanos(1), BEIJING).compareTo(allowance) < 0, "not the earliest instant");
        }
    }
}
