package io.slakit.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One service month (服务月度) in the contract's zone: the half-open span
 * {@code [startInclusive, endExclusive)}, whole days, and the calendar month it is reported under.
 * A partial first or last month is shorter than its calendar month; its total minutes are its days
 * x 24 x 60, as every seed defines 服务月度总分钟数.
 */
public record ServiceMonth(YearMonth label, ZonedDateTime startInclusive, ZonedDateTime endExclusive) {

    public ServiceMonth {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!startInclusive.getZone().equals(endExclusive.getZone())) {
            throw new InvalidInputException("month", startInclusive + ".." + endExclusive, "mixes two time zones");
        }
        if (!endExclusive.isAfter(startInclusive)) {
            throw new InvalidInputException("month", startInclusive + ".." + endExclusive, "is empty: its end is not after its start");
        }
        if (!startInclusive.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                || !endExclusive.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            throw new InvalidInputException("month", startInclusive + ".." + endExclusive, "does not start and end at midnight");
        }
    }

    /** The whole calendar month {@code month} in {@code zone}. */
    public static ServiceMonth calendar(YearMonth month, ZoneId zone) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        return new ServiceMonth(month, month.atDay(1).atStartOfDay(zone), month.plusMonths(1).atDay(1).atStartOfDay(zone));
    }

    /** Days from {@code firstDay} to {@code lastDay}, both included, reported under {@code label}. */
    public static ServiceMonth ofDays(YearMonth label, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        return new ServiceMonth(label, firstDay.atStartOfDay(zone), lastDay.plusDays(1).atStartOfDay(zone));
    }

    public ZoneId zone() {
        return startInclusive.getZone();
    }

    public Instant start() {
        return startInclusive.toInstant();
    }

    public Instant end() {
        return endExclusive.toInstant();
    }

    public LocalDate firstDay() {
        return startInclusive.toLocalDate();
    }

    public LocalDate lastDay() {
        return endExclusive.toLocalDate().minusDays(1);
    }

    /** Calendar days in this service month (a DST-free count: days, not 24-hour spans). */
    public long days() {
        return endExclusive.toLocalDate().toEpochDay() - startInclusive.toLocalDate().toEpochDay();
    }

    /** Days x 24 x 60: 43,200 for a 30-day month, 44,640 for 31 days, 41,760 for February 2024. */
    public long totalMinutes() {
        return days() * 24 * 60;
    }

    public Duration length() {
        return Duration.ofMinutes(totalMinutes());
    }

    /** Whether this is the whole calendar month it is labelled with. */
    public boolean isWholeCalendarMonth() {
        return firstDay().equals(label.atDay(1)) && lastDay().equals(label.atEndOfMonth());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    @Override
    public String toString() {
        return label + " [" + firstDay() + ".." + lastDay() + "] " + zone();
    }
}
