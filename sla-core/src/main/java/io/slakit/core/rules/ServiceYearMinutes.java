package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Availability per service year with monthly evaluation (CME 1.2/2.1: "服务可用性按服务年度单独核算";
 * 服务可用性 = 1 - 服务年度内不可用分钟数 / 服务年度内服务总分钟数). The service year runs from the
 * activation day to the day before its anniversary (2021-03-17 .. 2022-03-16), or is the calendar
 * year when no activation is given; a term ending inside it ({@code activeUntil}) ends it there.
 *
 * <p>Evaluating a month reads the provider downtime of the service year from its first day to the
 * end of the month: the month's incidents and its {@link ResourceMonth#priorIncidents() prior
 * incidents}, exact durations, overlaps counted once, excluded time removed. The denominator is the
 * whole service year's minutes, so the availability only falls as the year goes on and the value at
 * the year's last month is the year's. A calendar month that holds an anniversary belongs to two
 * service years: each is measured to its end within the month and the lower availability stands.
 */
public final class ServiceYearMinutes implements Measurement {
    private static final long MINUTES_PER_DAY = 24 * 60;

    ServiceYearMinutes() {
    }

    /** One service year: [first day, end day), in whole days. */
    public record ServiceYear(LocalDate firstDay, LocalDate endExclusive) {
        public LocalDate lastDay() {
            return endExclusive.minusDays(1);
        }

        public long totalMinutes() {
            return ChronoUnit.DAYS.between(firstDay, endExclusive) * MINUTES_PER_DAY;
        }
    }

    @Override
    public String rule() {
        return "service-year-minutes";
    }

    @Override
    public String describe() {
        return "Availability of the service year to date: 1 - provider downtime from the service year's first day to the end of the "
                + "evaluated month (this month's incidents and the year's earlier ones, given as priorIncidents; exact durations, overlaps "
                + "counted once) / the whole service year's minutes. The service year runs from the activation day to its anniversary "
                + "(the calendar year when no activation is given) and ends early at activeUntil; a month holding an anniversary takes "
                + "the lower of its two years.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("period", "service-year");
        p.put("rounding", Rounding.EXACT.name());
        p.put("history", "priorIncidents");
        return p;
    }

    @Override
    public Optional<Instant> readsPriorIncidentsFrom(ServiceMonth month, ResourceMonth resource) {
        return Optional.of(yearsOf(month, resource).get(0).firstDay().atStartOfDay(month.zone()).toInstant());
    }

    /** The service year holding {@code day} for a resource activated on {@code activation} (or the calendar year). */
    public static ServiceYear serviceYear(LocalDate day, Optional<LocalDate> activation, Optional<LocalDate> termEndExclusive) {
        LocalDate anchor = activation.orElse(LocalDate.of(day.getYear(), 1, 1));
        long years = ChronoUnit.YEARS.between(anchor, day);
        if (anchor.plusYears(years).isAfter(day)) {
            years--; // an anchor on Feb 29 lands on Feb 28 in other years
        }
        LocalDate first = anchor.plusYears(years);
        LocalDate end = anchor.plusYears(years + 1);
        if (termEndExclusive.isPresent() && termEndExclusive.get().isBefore(end)) {
            end = termEndExclusive.get();
        }
        return new ServiceYear(first, end);
    }

    /** The service years the month overlaps: one, or two when it holds an anniversary. */
    static List<ServiceYear> yearsOf(ServiceMonth month, ResourceMonth resource) {
        ZoneId zone = month.zone();
        Optional<LocalDate> activation = resource.activeFrom().map(i -> i.atZone(zone).toLocalDate());
        // activeUntil is exclusive; a partial last day counts whole, as in the service month.
        Optional<LocalDate> termEnd = resource.activeUntil().map(i -> i.minusNanos(1).atZone(zone).toLocalDate().plusDays(1));
        List<ServiceYear> years = new ArrayList<>(2);
        ServiceYear year = serviceYear(month.firstDay(), activation, termEnd);
        years.add(year);
        LocalDate monthEnd = month.lastDay().plusDays(1);
        while (year.endExclusive().isBefore(monthEnd)) {
            ServiceYear next = serviceYear(year.endExclusive(), activation, termEnd);
            if (!next.endExclusive().isAfter(year.endExclusive())) {
                break; // the term ends here; the month is already cut to it
            }
            year = next;
            years.add(year);
        }
        return years;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        ServiceMonth month = context.month();
        ResourceMonth resource = context.resource();
        List<Incident> all = new ArrayList<>(resource.priorIncidents());
        all.addAll(resource.incidents());
        Measured lowest = null;
        for (ServiceYear year : yearsOf(month, resource)) {
            Measured measured = measureYear(year, month, all);
            if (lowest == null || measured.availability().compareTo(lowest.availability()) < 0) {
                lowest = measured;
            }
        }
        IncidentSets monthSets = IncidentSets.of(resource, month);
        return new Measured(lowest.totalMinutes(), lowest.unavailableMinutes(), monthSets.excludedMinutes(), lowest.availability(),
                lowest.explanation());
    }

    private static Measured measureYear(ServiceYear year, ServiceMonth month, List<Incident> incidents) {
        ZoneId zone = month.zone();
        Instant from = year.firstDay().atStartOfDay(zone).toInstant();
        LocalDate toDay = year.endExclusive().isBefore(month.lastDay().plusDays(1)) ? year.endExclusive() : month.lastDay().plusDays(1);
        Instant to = toDay.atStartOfDay(zone).toInstant();
        BigDecimal down = IncidentSets.countedMinutes(IncidentSets.of(incidents, from, to).downAnywhere(), Threshold.none(), Rounding.EXACT);
        Instant monthFrom = from.isAfter(month.start()) ? from : month.start();
        BigDecimal inMonth = IncidentSets.countedMinutes(IncidentSets.of(incidents, monthFrom, to).downAnywhere(), Threshold.none(), Rounding.EXACT);
        BigDecimal total = BigDecimal.valueOf(year.totalMinutes());
        String explanation = down.toPlainString() + " minute(s) of downtime in the service year " + year.firstDay() + ".." + year.lastDay()
                + " up to " + toDay.minusDays(1) + " (" + inMonth.toPlainString() + " of them in this month) against the year's "
                + total.toPlainString() + " minutes.";
        return new Measured(total, Optional.of(down), Map.of(), Availability.fromDowntime(down, total), explanation);
    }
}
