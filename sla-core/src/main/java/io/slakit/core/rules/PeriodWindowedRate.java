package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.ServiceYearMinutes.ServiceYear;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A windowed rate measured over a period longer than a month, evaluated monthly: a natural year (TAF
 * "一个服务周期为一个自然年", one-minute windows) or a service year from the activation day (微搭建站资源包
 * "服务年度", one-day windows: a day whose failure rate is above 1 % is wholly unavailable). A window is
 * bad by the {@link WindowedRate} criterion it wraps (the one reading of "error rate above X %"); each
 * bad window is its whole length of downtime; a run of adjacent bad windows is one fault event.
 *
 * <p>Evaluating a month reads the period from its first day to the end of the month: the month's
 * {@link ResourceMonth#windows() windows} and the period's earlier ones
 * ({@link ResourceMonth#priorWindows() prior windows}), against the whole period's minutes (days x
 * 1,440), so the availability only falls as the period goes on and the value in the period's last
 * month is the period's. Exclusions are read as {@link ExcludedWindows} reads them: a window overlapping
 * excluded time (the month's incidents and the period's {@link ResourceMonth#priorIncidents() prior
 * incidents} with an exclusion code) counts as a window without failures, so it is neither down, nor
 * in a fault event, nor a failed request to credit. A month that holds the last day of a service year
 * measures that year (it is decided in this month); the next year's windows in the month are read
 * again, as prior windows, from the next month on.
 */
public final class PeriodWindowedRate implements Measurement {
    private static final long MINUTES_PER_DAY = 24 * 60;

    /** The period the rate is measured over. */
    public enum Period {
        /** The calendar year in the contract's zone (自然年). */
        CALENDAR_YEAR,
        /** From the activation day to the day before its anniversary (the calendar year without activation), cut at termination. */
        SERVICE_YEAR
    }

    /** A bad window that no exclusion removes: it is downtime and its failed requests are the fault's. */
    public record CountedWindow(Instant start, long failed) {
    }

    /**
     * What the period holds to the end of the evaluated month.
     *
     * @param period        the period measured
     * @param endsInMonth   whether the period's last day lies in the evaluated month (the period is decided in it)
     * @param totalMinutes  the whole period's minutes (days x 1,440)
     * @param counted       the bad, not excluded windows from the period's first day to the month's end, in time order
     * @param faultEvents   the runs of adjacent counted windows (a run of one window is an event: 以上 read as inclusive)
     * @param monthStart    the start of the evaluated month (or the period, if later): counted windows before it are
     *                      the earlier months'
     * @param excludedBad   bad windows that overlap excluded time and count as without failures
     */
    public record Tally(ServiceYear period, boolean endsInMonth, BigDecimal totalMinutes, List<CountedWindow> counted,
                        long faultEvents, Instant monthStart, long excludedBad, long windowMinutes) {
        public Tally {
            counted = List.copyOf(counted);
        }

        /** Downtime from the period's first day to the end of the month. */
        public BigDecimal downMinutes() {
            return BigDecimal.valueOf(counted.size() * windowMinutes);
        }

        /** Downtime of the period before the evaluated month (what earlier months saw). */
        public BigDecimal downMinutesBeforeMonth() {
            return BigDecimal.valueOf(countedBefore(monthStart) * windowMinutes);
        }

        /** The period's availability to the end of the month. */
        public Availability toDate() {
            return Availability.fromDowntime(downMinutes(), totalMinutes);
        }

        /** The period's availability at the end of the month before (100 % in the period's first month). */
        public Availability beforeMonth() {
            return Availability.fromDowntime(downMinutesBeforeMonth(), totalMinutes);
        }

        /** The counted windows that lie in the evaluated month. */
        public List<CountedWindow> inMonth() {
            return counted.subList((int) countedBefore(monthStart), counted.size());
        }

        private long countedBefore(Instant instant) {
            long n = 0;
            for (CountedWindow w : counted) {
                if (w.start().isBefore(instant)) {
                    n++;
                }
            }
            return n;
        }
    }

    private final WindowedRate rate;
    private final Period period;

    PeriodWindowedRate(WindowedRate rate, Period period) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.period = Objects.requireNonNull(period, "period");
        if (rate.consecutive() != 1) {
            throw new IllegalArgumentException("a period rate counts every bad window; runs are its fault events");
        }
    }

    public Period period() {
        return period;
    }

    @Override
    public String rule() {
        return "period-windowed-rate";
    }

    @Override
    public Optional<Duration> window() {
        return rate.window();
    }

    private Duration length() {
        return rate.window().orElseThrow();
    }

    private String windowWords() {
        long minutes = length().toMinutes();
        return minutes == MINUTES_PER_DAY ? "day (00:00-24:00)" : minutes + "-minute window (aligned to 00:00:00)";
    }

    @Override
    public String describe() {
        String periodWords = period == Period.CALENDAR_YEAR ? "the calendar year"
                : "the service year (from the activation day to the day before its anniversary; the calendar year without activation)";
        String bad = rate.describe();
        bad = bad.substring(bad.indexOf(" is unavailable when ") + " is unavailable when ".length(), bad.indexOf(';'));
        return "Availability of " + periodWords + " to date: a " + windowWords() + " is wholly unavailable when " + bad
                + "; adjacent unavailable windows are one fault event; 1 - the unavailable minutes from the period's first day to the end "
                + "of the evaluated month (this month's windows and the period's earlier ones, given as priorWindows) / the whole period's "
                + "minutes (days x 1440). A window overlapping excluded time counts as without failures.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>(rate.parameters());
        p.remove("consecutive");
        p.put("period", period == Period.CALENDAR_YEAR ? "calendar-year" : "service-year");
        p.put("history", "priorWindows");
        return p;
    }

    @Override
    public boolean countsMinutes() {
        return true;
    }

    @Override
    public boolean readsIncidents() {
        return false;
    }

    @Override
    public Optional<Instant> readsPriorWindowsFrom(ServiceMonth month, ResourceMonth resource) {
        return Optional.of(periodOf(month, resource).firstDay().atStartOfDay(month.zone()).toInstant());
    }

    /** Prior incidents carry the exclusions of the period's earlier months. */
    @Override
    public Optional<Instant> readsPriorIncidentsFrom(ServiceMonth month, ResourceMonth resource) {
        return readsPriorWindowsFrom(month, resource);
    }

    /**
     * The period a month is measured for: the one holding the month's first day, or, when a service
     * year ends inside the month, that year (it is decided in the month that holds its last day).
     */
    public ServiceYear periodOf(ServiceMonth month, ResourceMonth resource) {
        if (period == Period.CALENDAR_YEAR) {
            int year = month.firstDay().getYear();
            return new ServiceYear(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        return ServiceYearMinutes.yearsOf(month, resource).get(0);
    }

    @Override
    public Optional<LocalDate> periodEndingIn(ServiceMonth month, ResourceMonth resource) {
        LocalDate last = periodOf(month, resource).lastDay();
        return last.isBefore(month.firstDay()) || last.isAfter(month.lastDay()) ? Optional.empty() : Optional.of(last);
    }

    /** The period's counted windows and fault events to the end of {@code month}. */
    public Tally tally(ServiceMonth month, ResourceMonth resource) {
        ZoneId zone = month.zone();
        ServiceYear year = periodOf(month, resource);
        Instant from = year.firstDay().atStartOfDay(zone).toInstant();
        Instant yearEnd = year.endExclusive().atStartOfDay(zone).toInstant();
        Instant to = yearEnd.isBefore(month.end()) ? yearEnd : month.end();
        Instant monthStart = month.start().isAfter(from) ? month.start() : from;
        List<Incident> incidents = new ArrayList<>(resource.priorIncidents());
        incidents.addAll(resource.incidents());
        ExcludedWindows excluded = ExcludedWindows.of(IncidentSets.of(incidents, from, to));
        List<WindowSample> samples = new ArrayList<>(resource.priorWindows());
        samples.addAll(Windows.checked(MeasurementContext.alone(month, resource, java.util.Set.of()), length()));
        samples.sort(Comparator.comparing(WindowSample::start));
        long windowNanos = length().toNanos();
        List<CountedWindow> counted = new ArrayList<>();
        long events = 0;
        Instant previousEnd = null;
        for (WindowSample sample : samples) {
            if (sample.start().isBefore(from) || !sample.start().isBefore(to) || !rate.isBad(sample)
                    || excluded.removes(TimeSet.nanos(sample.start()), windowNanos)) {
                continue;
            }
            if (!sample.start().equals(previousEnd)) {
                events++;
            }
            counted.add(new CountedWindow(sample.start(), sample.failed()));
            previousEnd = sample.start().plus(length());
        }
        boolean endsInMonth = !year.lastDay().isBefore(month.firstDay()) && !year.lastDay().isAfter(month.lastDay());
        return new Tally(year, endsInMonth, BigDecimal.valueOf(year.totalMinutes()), counted, events, monthStart, excluded.removed(),
                length().toMinutes());
    }

    @Override
    public Measured measure(MeasurementContext context) {
        Tally tally = tally(context.month(), context.resource());
        IncidentSets monthSets = IncidentSets.of(context.resource(), context.month());
        long failed = tally.counted().stream().mapToLong(CountedWindow::failed).sum();
        ServiceYear year = tally.period();
        String explanation = tally.downMinutes().toPlainString() + " unavailable minute(s) (" + tally.counted().size() + " window(s), "
                + tally.faultEvents() + " fault event(s)) in the " + (period == Period.CALENDAR_YEAR ? "calendar year " : "service year ")
                + year.firstDay() + ".." + year.lastDay() + " up to " + (tally.endsInMonth() ? year.lastDay() : context.month().lastDay())
                + " (" + tally.inMonth().size() * tally.windowMinutes() + " of them in this month) against the period's "
                + tally.totalMinutes().toPlainString() + " minutes"
                + (tally.endsInMonth() ? "; the period ends in this month" : "; the period is not over: the availability is to date")
                + (tally.excludedBad() > 0 ? "; " + tally.excludedBad() + " bad window(s) overlap excluded time and count without failures" : "")
                + ".";
        return new Measured(tally.totalMinutes(), Optional.of(tally.downMinutes()), monthSets.excludedMinutes(), tally.toDate(), explanation)
                .withFailedRequests(failed);
    }
}
