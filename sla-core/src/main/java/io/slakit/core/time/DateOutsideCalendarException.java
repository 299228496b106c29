package io.slakit.core.time;

import io.slakit.api.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day in a year the business calendar does not know: counting it as Monday to Friday could move
 * a claim window by a week, so the calendar refuses instead. The message names the year and the
 * years the calendar knows.
 */
public final class DateOutsideCalendarException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final LocalDate day;
    private final String calendar;

    public DateOutsideCalendarException(LocalDate day, String calendar, String knownYears) {
        super("business calendar", day, "is in " + day.getYear() + ", a year the calendar \"" + calendar
                + "\" does not know (it knows " + knownYears + "); give a calendar that covers " + day.getYear());
        this.day = Objects.requireNonNull(day, "day");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The day asked about. */
    public LocalDate day() {
        return day;
    }

    /** The year the calendar does not know. */
    public int year() {
        return day.getYear();
    }

    /** The calendar's name. */
    public String calendar() {
        return calendar;
    }
}
