package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.ServiceMonth;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.api.spi.MetricKernel;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Windowed rates: the month is cut into windows of 1 or 5 minutes aligned to 00:00:00 (288 a day
 * for 5 minutes; "00:00:00 represents 00:00:00-00:04:59"); a window is bad when its success rate is
 * below X (TRTC: 99 %), its error rate above Y (CDN: 0.05 %), or every attempt in it failed; a
 * window with fewer requests than a minimum is never bad; and with a consecutive rule only runs of
 * at least N bad windows count (CDN, EO: 2). Each counted window is its length in minutes.
 *
 * <p>A bad window that overlaps time attributed to an exclusion clause is not counted.
 *
 * <p>The criterion is decided in integers by {@link RateCriterion} and runs are counted by
 * {@link DenseWindowKernel#windowsCountedAt}, here and in the kernel the rule {@link #compile
 * compiles} for the fleet path: one implementation of both.
 */
public final class WindowedRate implements Measurement {

    /** When a window is bad. */
    public enum Criterion {
        SUCCESS_RATE_BELOW, ERROR_RATE_ABOVE, ERROR_RATE_AT_LEAST, EVERY_ATTEMPT_FAILED,
        /** At least N failed requests in the window, whatever the total (RUM: 5 or more failed calls in a minute). */
        FAILED_COUNT_AT_LEAST
    }

    private final Duration window;
    private final Criterion criterion;
    private final BigDecimal percent;
    private final long minimumRequests;
    private final int consecutive;
    private final RateCriterion badWindow;

    WindowedRate(Duration window, Criterion criterion, BigDecimal percent, long minimumRequests, int consecutive) {
        this.window = Objects.requireNonNull(window, "window");
        this.criterion = Objects.requireNonNull(criterion, "criterion");
        this.percent = percent;
        this.minimumRequests = minimumRequests;
        this.consecutive = consecutive;
        if (window.isZero() || window.isNegative() || Duration.ofDays(1).toNanos() % window.toNanos() != 0) {
            throw new IllegalArgumentException("window must divide a day: " + window);
        }
        if (consecutive < 1) {
            throw new IllegalArgumentException("consecutive must be at least 1: " + consecutive);
        }
        this.badWindow = RateCriterion.of(criterion, percent, minimumRequests);
    }

    /** Windows count only with at least {@code n} requests (TMT: 100). */
    public WindowedRate withMinimumRequests(long n) {
        return new WindowedRate(window, criterion, percent, n, consecutive);
    }

    /** Only runs of at least {@code n} consecutive bad windows count (CDN: 2 windows, 10 minutes). */
    public WindowedRate countingRunsOfAtLeast(int n) {
        return new WindowedRate(window, criterion, percent, minimumRequests, n);
    }

    public Criterion criterion() {
        return criterion;
    }

    /**
     * The rate's percent; for {@link Criterion#FAILED_COUNT_AT_LEAST} the count of failures (a whole
     * number); empty for {@link Criterion#EVERY_ATTEMPT_FAILED}.
     */
    public Optional<BigDecimal> percent() {
        return Optional.ofNullable(percent);
    }

    public long minimumRequests() {
        return minimumRequests;
    }

    /** The shortest run of bad windows that counts (1: every bad window counts). */
    public int consecutive() {
        return consecutive;
    }

    @Override
    public String rule() {
        return criterion == Criterion.EVERY_ATTEMPT_FAILED ? "every-attempt-failed" : "windowed-rate";
    }

    @Override
    public Optional<Duration> window() {
        return Optional.of(window);
    }

    @Override
    public String describe() {
        String bad = switch (criterion) {
            case SUCCESS_RATE_BELOW -> "its success rate is below " + percent.toPlainString() + "%";
            case ERROR_RATE_ABOVE -> "its error rate is above " + percent.toPlainString() + "%";
            case ERROR_RATE_AT_LEAST -> "its error rate is " + percent.toPlainString() + "% or more";
            case EVERY_ATTEMPT_FAILED -> "every attempt in it failed";
            case FAILED_COUNT_AT_LEAST -> percent.toPlainString() + " or more requests in it failed";
        };
        return "A " + window.toMinutes() + "-minute window (aligned to 00:00:00) is unavailable when " + bad
                + (minimumRequests > 0 ? ", given at least " + minimumRequests + " requests" : "")
                + (consecutive > 1 ? "; only runs of " + consecutive + " or more bad windows count" : "")
                + "; each counted window is " + window.toMinutes() + " minutes of downtime.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("window", window.toString());
        p.put("criterion", criterion.name());
        if (criterion == Criterion.FAILED_COUNT_AT_LEAST) {
            p.put("failedCount", percent.toPlainString());
        } else if (percent != null) {
            p.put("percent", percent.toPlainString());
        }
        p.put("minimumRequests", Long.toString(minimumRequests));
        p.put("consecutive", Integer.toString(consecutive));
        return p;
    }

    boolean isBad(WindowSample w) {
        return badWindow.isBad(w.total(), w.failed());
    }

    /**
     * The kernel on dense window counts, or empty when the month's windows are not all the same
     * length from its first instant: a zone that changes its offset within the month (windows align
     * to local midnight), or a partial month that does not start and end on the window grid.
     */
    @Override
    public Optional<MetricKernel> compile(ServiceMonth month) {
        var transition = month.zone().getRules().nextTransition(month.start());
        if (transition != null && transition.getInstant().isBefore(month.end())) {
            return Optional.empty();
        }
        long windowNanos = window.toNanos();
        long monthNanos = month.length().toNanos();
        if (!Windows.aligned(month.start().atZone(month.zone()), window) || monthNanos % windowNanos != 0
                || monthNanos / windowNanos > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new DenseWindowKernel(badWindow, consecutive, windowNanos, (int) (monthNanos / windowNanos), month.totalMinutes()));
    }

    @Override
    public Measured measure(MeasurementContext context) {
        List<WindowSample> samples = Windows.checked(context, window);
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        ExcludedWindows excluded = ExcludedWindows.of(sets);
        long windowNanos = window.toNanos();
        long windowMinutes = window.toMinutes();
        long countedWindows = 0;
        long badWindows = 0;
        long runLength = 0;
        long runFailed = 0;
        long countedFailed = 0;
        long previousStart = Long.MIN_VALUE;
        for (WindowSample sample : samples) {
            long start = TimeSet.nanos(sample.start());
            boolean bad = isBad(sample);
            if (bad && excluded.removes(start, windowNanos)) {
                bad = false;
            }
            boolean adjacent = start == previousStart + windowNanos;
            if (bad) {
                badWindows++;
                runLength = adjacent ? runLength + 1 : 1;
                runFailed = (runLength == 1 ? 0 : runFailed) + sample.failed();
                long counted = DenseWindowKernel.windowsCountedAt(runLength, consecutive);
                countedWindows += counted;
                // The failed requests of the windows that start counting: the whole run's, or this window's.
                countedFailed += counted == 0 ? 0 : counted == runLength ? runFailed : sample.failed();
            } else {
                runLength = 0;
                runFailed = 0;
            }
            previousStart = start;
        }
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        BigDecimal down = BigDecimal.valueOf(countedWindows * windowMinutes);
        String explanation = samples.size() + " window(s) given, " + badWindows + " bad, " + countedWindows + " counted"
                + (excluded.removed() > 0 ? ", " + excluded.removed() + " bad window(s) excluded by clause" : "")
                + ": " + down.toPlainString() + " of " + total.toPlainString() + " minutes.";
        return new Measured(total, Optional.of(down), sets.excludedMinutes(), Availability.fromDowntime(down, total), explanation)
                .withFailedRequests(countedFailed);
    }
}
