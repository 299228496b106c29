package io.slakit.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday, every week of every year. */
final class Weekdays implements BusinessCalendar {
    static final Weekdays INSTANCE = new Weekdays();

    private Weekdays() {
    }

    @Override
    public boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public String name() {
        return "Monday to Friday";
    }

    @Override
    public String toString() {
        return name();
    }
}
