package io.slakit.core.time;

import io.slakit.api.ClaimPolicy;
import io.slakit.api.ClaimWindow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The claim window rules (赔偿申请时限). The common one: a claim opens the day after the Nth
 * business day of the month following the service month and closes M calendar days after the
 * service month ends (CVM, April 2024, weekdays: the 5th business day of May is May 7, so it opens
 * May 8; April 30 + 60 days is June 29). The notice form: from the day after the service month ends
 * to the Nth business day counted from that day (PCX, April 2024: the 20th weekday from May 1 is May 28).
 * With {@link BusinessCalendar#mainlandChina()} the same month gives May 11 (May 1-5 are Labour Day;
 * the 5th working day is May 10) and, for PCX, May 30 (May 6-10, Saturday May 11, 13-17, 20-24, 27-30). Each window
 * names the calendar it was counted by. The months form closes M calendar months after the service month ends
 * (April 30 + 2 months: June 30). The service-year form counts from the service year's last day instead of a month's.
 */
public final class ClaimWindows {
    private final BusinessCalendar calendar;

    public ClaimWindows(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static ClaimWindows weekdays() {
        return new ClaimWindows(BusinessCalendar.weekdays());
    }

    /** The calendar business days are counted by. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The window for a service month whose last day is {@code lastDayOfServiceMonth}.
     *
     * @throws DateOutsideCalendarException when a day counted is in a year the calendar does not know
     */
    public ClaimWindow window(ClaimPolicy policy, LocalDate lastDayOfServiceMonth) {
        if (policy instanceof ClaimPolicy.NextMonthWindow next) {
            LocalDate firstOfNextMonth = lastDayOfServiceMonth.withDayOfMonth(1).plusMonths(1);
            LocalDate opens = next.opensAfterBusinessDays() == 0
                    ? firstOfNextMonth
                    : calendar.nthBusinessDayFrom(firstOfNextMonth, next.opensAfterBusinessDays()).plusDays(1);
            LocalDate closes = lastDayOfServiceMonth.plusDays(next.closesAfterCalendarDays());
            return new ClaimWindow(opens, closes, calendar.name());
        }
        if (policy instanceof ClaimPolicy.WithinMonths months) {
            LocalDate firstOfNextMonth = lastDayOfServiceMonth.withDayOfMonth(1).plusMonths(1);
            LocalDate opens = months.opensAfterBusinessDays() == 0
                    ? firstOfNextMonth
                    : calendar.nthBusinessDayFrom(firstOfNextMonth, months.opensAfterBusinessDays()).plusDays(1);
            boolean monthEnd = lastDayOfServiceMonth.getDayOfMonth() == lastDayOfServiceMonth.lengthOfMonth();
            LocalDate closes = monthEnd
                    ? java.time.YearMonth.from(lastDayOfServiceMonth).plusMonths(months.closesAfterMonths()).atEndOfMonth()
                    : lastDayOfServiceMonth.plusMonths(months.closesAfterMonths());
            return new ClaimWindow(opens, closes, calendar.name());
        }
        if (policy instanceof ClaimPolicy.AfterServiceYear year) {
            // lastDayOfServiceMonth is here the service year's last day: the window is counted from the day after it.
            LocalDate dayAfter = lastDayOfServiceMonth.plusDays(1);
            LocalDate opens = calendar.nthBusinessDayFrom(dayAfter, year.opensAfterBusinessDays()).plusDays(1);
            return new ClaimWindow(opens, lastDayOfServiceMonth.plusDays(year.closesAfterCalendarDays()), calendar.name());
        }
        ClaimPolicy.WithinBusinessDays within = (ClaimPolicy.WithinBusinessDays) policy;
        LocalDate dayAfter = lastDayOfServiceMonth.plusDays(1);
        return new ClaimWindow(dayAfter, calendar.nthBusinessDayFrom(dayAfter, within.businessDays()), calendar.name());
    }
}
