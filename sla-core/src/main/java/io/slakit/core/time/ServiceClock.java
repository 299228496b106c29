package io.slakit.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock a deadline is measured on: either calendar time (24x7: every minute counts) or
 * service hours, the daily periods of a {@link BusinessCalendar}'s business days (10:00-12:00 and
 * 14:00-17:00 on working days), read in the contract's zone. Outside service hours the clock stands
 * still: a ticket opened at 11:50 with 30 minutes to respond is due at 14:20, and one opened on a
 * Friday evening is measured from Monday 10:00 (or from a make-up working Saturday, whatever the
 * calendar says).
 *
 * <p>Periods are half-open {@code [from, to)} in local time; {@code "24:00"} ends a period at
 * midnight. Immutable and thread-safe.
 */
public final class ServiceClock {
    private static final Pattern PERIOD = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    private static final int DAY_MINUTES = 24 * 60;
    /** No deadline reaches further than this many days (ten years): a calendar without business days fails instead of looping. */
    private static final int MAX_DAYS = 3660;

    private final Optional<BusinessCalendar> calendar;
    private final boolean around;
    private final int[] fromMinutes;
    private final int[] toMinutes;
    private final String text;

    private ServiceClock(Optional<BusinessCalendar> calendar, boolean around, int[] fromMinutes, int[] toMinutes, String text) {
        this.calendar = calendar;
        this.around = around;
        this.fromMinutes = fromMinutes;
        this.toMinutes = toMinutes;
        this.text = text;
    }

    /** Calendar time, 24x7: every minute counts. Working-day deadlines measured with it count Monday to Friday. */
    public static ServiceClock calendarTime() {
        return calendarTime(BusinessCalendar.weekdays());
    }

    /** Calendar time, 24x7, with {@code calendar} for any deadline counted in working days. */
    public static ServiceClock calendarTime(BusinessCalendar calendar) {
        return new ServiceClock(Optional.of(Objects.requireNonNull(calendar, "calendar")), true, new int[] {0}, new int[] {DAY_MINUTES},
                "calendar time (24x7)");
    }

    /** Service hours: {@code periods} such as {@code "10:00-12:00", "14:00-17:00"} on the calendar's business days. */
    public static ServiceClock businessHours(BusinessCalendar calendar, String... periods) {
        Objects.requireNonNull(calendar, "calendar");
        if (periods.length == 0) {
            throw new IllegalArgumentException("service hours need at least one period, e.g. \"09:00-18:00\"");
        }
        List<int[]> parsed = new ArrayList<>();
        for (String period : periods) {
            Matcher m = PERIOD.matcher(period.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("service period \"" + period + "\" is not HH:MM-HH:MM");
            }
            int from = minute(m.group(1), m.group(2), period);
            int to = minute(m.group(3), m.group(4), period);
            if (to <= from) {
                throw new IllegalArgumentException("service period \"" + period + "\" does not end after it starts");
            }
            parsed.add(new int[] {from, to});
        }
        parsed.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int i = 1; i < parsed.size(); i++) {
            if (parsed.get(i)[0] < parsed.get(i - 1)[1]) {
                throw new IllegalArgumentException("service periods " + List.of(periods) + " overlap");
            }
        }
        int[] from = parsed.stream().mapToInt(p -> p[0]).toArray();
        int[] to = parsed.stream().mapToInt(p -> p[1]).toArray();
        StringBuilder words = new StringBuilder("service hours ");
        for (int i = 0; i < from.length; i++) {
            words.append(i == 0 ? "" : " and ").append(hhmm(from[i])).append('-').append(hhmm(to[i]));
        }
        return new ServiceClock(Optional.of(calendar), false, from, to, words.append(" on working days").toString());
    }

    private static int minute(String hh, String mm, String period) {
        int h = Integer.parseInt(hh);
        int m = Integer.parseInt(mm);
        if (h > 24 || m > 59 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("service period \"" + period + "\" has a time that is not HH:MM within 00:00-24:00");
        }
        return h * 60 + m;
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** Whether every minute counts (24x7). */
    public boolean isCalendarTime() {
        return around;
    }

    /** The calendar whose business days count. */
    public BusinessCalendar calendar() {
        return calendar.orElseThrow();
    }

    /** The unit lateness on this clock is given in: "minutes" (24x7) or "service minutes". */
    public String minuteUnit() {
        return around ? "minutes" : "service minutes";
    }

    /** The clock in words, e.g. "service hours 10:00-12:00 and 14:00-17:00 on working days". */
    public String describe() {
        return text;
    }

    /** The service time in {@code [from, to)} read in {@code zone}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (around) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!calendar().isBusinessDay(day)) {
                continue;
            }
            for (int p = 0; p < fromMinutes.length; p++) {
                Instant s = at(day, fromMinutes[p], zone);
                Instant e = at(day, toMinutes[p], zone);
                Instant lo = s.isAfter(from) ? s : from;
                Instant hi = e.isBefore(to) ? e : to;
                if (hi.isAfter(lo)) {
                    total = total.plus(Duration.between(lo, hi));
                }
            }
        }
        return total;
    }

    /**
     * The earliest instant at which {@code allowance} of service time has passed since {@code from}: the
     * deadline. A deadline that uses up a period exactly falls on its end (opened 10:00 with 2 hours:
     * 12:00, not 14:00).
     */
    public Instant deadline(Instant from, Duration allowance, ZoneId zone) {
        if (allowance.isNegative()) {
            throw new IllegalArgumentException("allowance is negative: " + allowance);
        }
        if (allowance.isZero()) {
            return from;
        }
        if (around) {
            return from.plus(allowance);
        }
        Duration remaining = allowance;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int guard = 0; guard < MAX_DAYS; guard++, day = day.plusDays(1)) {
            if (!calendar().isBusinessDay(day)) {
                continue;
            }
            for (int p = 0; p < fromMinutes.length; p++) {
                Instant s = at(day, fromMinutes[p], zone);
                Instant e = at(day, toMinutes[p], zone);
                Instant lo = s.isAfter(from) ? s : from;
                if (!e.isAfter(lo)) {
                    continue;
                }
                Duration available = Duration.between(lo, e);
                if (remaining.compareTo(available) <= 0) {
                    return lo.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no deadline within " + MAX_DAYS + " days of " + from + " on " + text);
    }

    private static Instant at(LocalDate day, int minuteOfDay, ZoneId zone) {
        ZonedDateTime start = minuteOfDay == DAY_MINUTES ? day.plusDays(1).atStartOfDay(zone)
                : day.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).atZone(zone);
        return start.toInstant();
    }

    @Override
    public String toString() {
        return text;
    }
}
