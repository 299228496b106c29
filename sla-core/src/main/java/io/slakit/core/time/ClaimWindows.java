package io.slakit.core.time;

import io.slakit.api.ClaimPolicy;
import io.slakit.api.ClaimWindow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The claim window rule (赔偿申请时限): a claim opens the day after the Nth business day of the
 * month following the service month and closes M calendar days after the service month ends.
 * CVM, April 2024, weekdays: the 5th business day of May is May 7, so it opens May 8; April 30 + 60
 * days is June 29.
 */
public final class ClaimWindows {
    private final BusinessCalendar calendar;

    public ClaimWindows(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static ClaimWindows weekdays() {
        return new ClaimWindows(BusinessCalendar.weekdays());
    }

    /** The window for a service month whose last day is {@code lastDayOfServiceMonth}. */
    public ClaimWindow window(ClaimPolicy policy, LocalDate lastDayOfServiceMonth) {
        LocalDate firstOfNextMonth = lastDayOfServiceMonth.withDayOfMonth(1).plusMonths(1);
        LocalDate opens = policy.opensAfterBusinessDays() == 0
                ? firstOfNextMonth
                : calendar.nthBusinessDayFrom(firstOfNextMonth, policy.opensAfterBusinessDays()).plusDays(1);
        LocalDate closes = lastDayOfServiceMonth.plusDays(policy.closesAfterCalendarDays());
        return new ClaimWindow(opens, closes);
    }
}
