package io.slakit.core.time;

import io.slakit.api.Site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which days are business days (工作日). Pluggable: {@link #weekdays()} counts Monday to Friday;
 * {@link #mainlandChina()} follows the State Council's holiday notices (public holidays off,
 * make-up working days 调休上班 worked); {@link DayListCalendar} reads a user's calendar file. A
 * calendar carries a {@link #name()} so reports can say which one was used.
 */
@FunctionalInterface
public interface BusinessCalendar {

    /**
     * Whether {@code day} is a business day.
     *
     * @throws DateOutsideCalendarException when the calendar does not know the day's year
     */
    boolean isBusinessDay(LocalDate day);

    /** What reports call this calendar, e.g. {@code Monday to Friday}. */
    default String name() {
        return "custom calendar";
    }

    /** Monday to Friday, every week of every year. */
    static BusinessCalendar weekdays() {
        return Weekdays.INSTANCE;
    }

    /**
     * Mainland China's working days for the years whose State Council notices slakit ships
     * (2020-2026): a date in another year is a {@link DateOutsideCalendarException}.
     */
    static BusinessCalendar mainlandChina() {
        return DayListCalendar.mainlandChina();
    }

    /** The calendar a site's texts count business days by: {@code cn} the mainland's, {@code intl} Monday to Friday. */
    static BusinessCalendar forSite(Site site) {
        Objects.requireNonNull(site, "site");
        return site == Site.CN ? mainlandChina() : weekdays();
    }

    /** {@code calendar}'s days under another name. */
    static BusinessCalendar named(String name, BusinessCalendar calendar) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        return new BusinessCalendar() {
            @Override
            public boolean isBusinessDay(LocalDate day) {
                return calendar.isBusinessDay(day);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return name;
            }
        };
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

