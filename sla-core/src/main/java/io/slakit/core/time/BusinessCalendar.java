package io.slakit.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are business days (工作日). Pluggable: the default counts Monday to Friday; a user
 * who needs the mainland's public holidays and make-up workdays supplies their own.
 */
@FunctionalInterface
public interface BusinessCalendar {

    boolean isBusinessDay(LocalDate day);

    /** Monday to Friday, every week of the year. */
    static BusinessCalendar weekdays() {
        return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th business day on or after {@code first} (n counted from 1). */
    default LocalDate nthBusinessDayFrom(LocalDate first, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = first;
        int seen = 0;
        // A calendar with no business day in a year is broken; fail rather than loop forever.
        for (int guard = 0; guard < 366 * 2; guard++, day = day.plusDays(1)) {
            if (isBusinessDay(day) && ++seen == n) {
                return day;
            }
        }
        throw new IllegalStateException("no " + n + " business days within two years of " + first);
    }
}
