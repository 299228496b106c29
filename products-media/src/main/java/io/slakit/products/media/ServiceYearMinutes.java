package io.slakit.products.media;

import io.slakit.api.Availability;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.IncidentSets;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Threshold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * CME (智能创作 1.2/2.1): availability = 1 - downtime / the service year's minutes, the service year
 * running from the activation day (2021-03-17 to 2022-03-16), or the calendar year when no activation
 * is given. The engine evaluates one service month at a time and accepts only that month's incidents,
 * so the downtime is the evaluated month's (exact durations: the text defines no threshold or rounding),
 * set against the whole service year's minutes.
 */
final class ServiceYearMinutes implements Measurement {

    @Override
    public String rule() {
        return "service-year-minutes";
    }

    @Override
    public String describe() {
        return "Downtime of the evaluated month (exact durations, overlaps counted once) against the minutes of the service year "
                + "that contains it (from the activation day, or the calendar year when none is given).";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("period", "service-year", "rounding", Rounding.EXACT.name());
    }

    /** The service year holding {@code month}: [first day, first day of the next year). */
    static LocalDate[] serviceYear(ServiceMonth month, ResourceMonth resource) {
        LocalDate first = month.firstDay();
        LocalDate anchor = resource.activeFrom()
                .map(i -> i.atZone(month.zone()).toLocalDate())
                .orElse(LocalDate.of(first.getYear(), 1, 1));
        long years = ChronoUnit.YEARS.between(anchor, first);
        LocalDate start = anchor.plusYears(years);
        if (start.isAfter(first)) {
            start = anchor.plusYears(years - 1);
        }
        return new LocalDate[] {start, anchor.plusYears(ChronoUnit.YEARS.between(anchor, start) + 1)};
    }

    @Override
    public Measured measure(MeasurementContext context) {
        LocalDate[] year = serviceYear(context.month(), context.resource());
        long days = ChronoUnit.DAYS.between(year[0], year[1]);
        BigDecimal total = BigDecimal.valueOf(days * 24 * 60);
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        TimeSet down = sets.downAnywhere();
        BigDecimal minutes = IncidentSets.countedMinutes(down, Threshold.none(), Rounding.EXACT);
        return new Measured(total, Optional.of(minutes), sets.excludedMinutes(), Availability.fromDowntime(minutes, total),
                minutes.toPlainString() + " minute(s) of downtime in the month against the " + total.toPlainString()
                        + " minutes of the service year " + year[0] + ".." + year[1].minusDays(1) + ".");
    }
}
