package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mean of window error rates: availability = 1 - (sum of each window's error rate / number of
 * windows in the period). Windows without requests add 0 but still count (COS, the AI vision APIs,
 * CSS). Each rate is computed to 34 significant digits ({@link MathContext#DECIMAL128}): the sum
 * of thousands of distinct fractions has no practical exact form.
 *
 * <p>A window with failures that overlaps excluded time counts as one without failures
 * ({@link ExcludedWindows}).
 *
 * <p>Options: {@link #countingRatesOfWindowsWithAtLeast} (CSS 1.8: a unit with fewer than 100 valid
 * requests adds no rate, yet still counts in the number of units) and {@link #overEventSpan} (CSS's
 * escorted events: the period is one event, not the service month).
 */
public final class MeanWindowErrorRate implements Measurement {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Duration window;
    private final long minimumRequests;
    private final boolean overEventSpan;
    /** Only rates above this percent enter the sum; null: every rate. */
    private final BigDecimal ratesAbovePercent;

    MeanWindowErrorRate(Duration window) {
        this(window, 0, false, null);
    }

    private MeanWindowErrorRate(Duration window, long minimumRequests, boolean overEventSpan, BigDecimal ratesAbovePercent) {
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative() || Duration.ofDays(1).toNanos() % window.toNanos() != 0) {
            throw new IllegalArgumentException("window must divide a day: " + window);
        }
        if (minimumRequests < 0) {
            throw new IllegalArgumentException("minimum requests must not be negative: " + minimumRequests);
        }
        if (ratesAbovePercent != null && (ratesAbovePercent.signum() < 0 || ratesAbovePercent.compareTo(HUNDRED) >= 0)) {
            throw new IllegalArgumentException("a rate threshold must be in [0, 100): " + ratesAbovePercent);
        }
        this.window = window;
        this.minimumRequests = minimumRequests;
        this.overEventSpan = overEventSpan;
        this.ratesAbovePercent = ratesAbovePercent;
    }

    /**
     * Only windows with at least {@code requests} requests add their error rate to the sum ("至少100个
     * 请求"; CSS: "有效总请求数...小于100，则该单位时间的失败率不计入统计范围"). The number of windows
     * is unchanged: a quiet window still counts, with a rate of 0.
     */
    public MeanWindowErrorRate countingRatesOfWindowsWithAtLeast(long requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("a minimum of requests must be at least 1: " + requests);
        }
        return new MeanWindowErrorRate(window, requests, overEventSpan, ratesAbovePercent);
    }

    /**
     * Only windows whose error rate is above {@code percent} (the bound itself excluded) add their
     * rate to the sum; the number of windows is unchanged (CNB 002:41549: "每5分钟错误率大于
     * 0.05%（不含本数），方纳入错误率统计").
     */
    public MeanWindowErrorRate countingOnlyRatesAbove(String percent) {
        return new MeanWindowErrorRate(window, minimumRequests, overEventSpan, new BigDecimal(percent));
    }

    /** The percent only rates above which are summed, if the text sets one. */
    public Optional<BigDecimal> ratesAbovePercent() {
        return Optional.ofNullable(ratesAbovePercent);
    }

    /**
     * The period is one event, {@code [activeFrom, activeUntil)} of the resource, instead of the
     * service month: its windows are those the span touches (a window cut by the event's start or
     * end counts whole, since counts exist only per window). The event must end within the service
     * month it is evaluated under.
     */
    public MeanWindowErrorRate overEventSpan() {
        return new MeanWindowErrorRate(window, minimumRequests, true, ratesAbovePercent);
    }

    public long minimumRequests() {
        return minimumRequests;
    }

    public boolean isOverEventSpan() {
        return overEventSpan;
    }

    @Override
    public boolean measuresServiceMonth() {
        return !overEventSpan;
    }

    @Override
    public String rule() {
        return "mean-window-error-rate";
    }

    @Override
    public Optional<Duration> window() {
        return Optional.of(window);
    }

    @Override
    public boolean countsMinutes() {
        return false;
    }

    @Override
    public String describe() {
        long minutes = window.toMinutes();
        String period = overEventSpan
                ? "of the event [activeFrom, activeUntil) (every " + minutes + "-minute window the event touches, counted whole)"
                : "in the month";
        String quiet = minimumRequests > 0
                ? "a window with fewer than " + minimumRequests + " requests adds no error rate but still counts in the number of windows"
                : "windows without requests count with a rate of 0";
        String above = ratesAbovePercent == null ? ""
                : "; only rates above " + ratesAbovePercent.toPlainString() + "% (not included) enter the sum";
        return "Availability is 1 minus the mean error rate of every " + minutes + "-minute window " + period + "; " + quiet + above + ".";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("window", window.toString());
        if (minimumRequests > 0) {
            p.put("minimumRequests", Long.toString(minimumRequests));
        }
        if (overEventSpan) {
            p.put("period", "event");
        }
        if (ratesAbovePercent != null) {
            p.put("ratesAbovePercent", ratesAbovePercent.toPlainString());
        }
        return p;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        ServiceMonth month = context.month();
        Instant from = month.start();
        Instant to = month.end();
        if (overEventSpan) {
            Instant[] event = eventWindows(context.resource(), month);
            from = event[0];
            to = event[1];
        }
        List<WindowSample> samples = Windows.checked(context, window);
        IncidentSets sets = overEventSpan ? IncidentSets.of(context.resource().incidents(), from, to)
                : IncidentSets.of(context.resource(), month);
        ExcludedWindows excluded = ExcludedWindows.of(sets);
        long windowNanos = window.toNanos();
        long windows = overEventSpan ? Duration.between(from, to).toNanos() / window.toNanos() : Windows.windowsIn(month, window);
        BigDecimal sum = BigDecimal.ZERO;
        long quiet = 0;
        for (int i = 0; i < samples.size(); i++) {
            WindowSample sample = samples.get(i);
            if (sample.start().isBefore(from) || !sample.start().isBefore(to)) {
                throw new InvalidInputException("windows", sample.start(),
                        "is a window outside the event's windows " + from + ".." + to + " (activeFrom/activeUntil)");
            }
            if (sample.total() < minimumRequests) {
                quiet++;
                continue;
            }
            if (sample.total() > 0 && sample.failed() > 0 && isSummed(sample) && !excluded.removes(TimeSet.nanos(sample.start()), windowNanos)) {
                sum = sum.add(BigDecimal.valueOf(sample.failed()).divide(BigDecimal.valueOf(sample.total()), MathContext.DECIMAL128));
            }
        }
        BigDecimal count = BigDecimal.valueOf(windows);
        Availability availability = Availability.ofRatio(count.subtract(sum), count);
        BigDecimal totalMinutes = BigDecimal.valueOf(overEventSpan ? Duration.between(from, to).toMinutes() : month.totalMinutes());
        return new Measured(totalMinutes, Optional.empty(), sets.excludedMinutes(), availability,
                "Sum of window error rates " + sum.round(MathContext.DECIMAL64).toPlainString() + " over " + windows + " windows "
                        + (overEventSpan ? "of the event " + from + ".." + to : "in the month")
                        + (quiet > 0 ? "; " + quiet + " window(s) under " + minimumRequests + " requests add no rate" : "")
                        + excluded.explain("window(s) with failures") + ".");
    }

    /** Whether a window's rate enters the sum: failed / total * 100 > p, compared exactly as failed * 100 > p * total. */
    private boolean isSummed(WindowSample sample) {
        return ratesAbovePercent == null
                || BigDecimal.valueOf(sample.failed()).multiply(HUNDRED).compareTo(ratesAbovePercent.multiply(BigDecimal.valueOf(sample.total()))) > 0;
    }

    /** The event's windows [first window start, last window end), checked against the service month. */
    private Instant[] eventWindows(ResourceMonth resource, ServiceMonth month) {
        Instant start = resource.activeFrom().orElseThrow(() -> new InvalidInputException("activeFrom", null,
                "is required: this rule evaluates one event, from activeFrom to activeUntil"));
        Instant end = resource.activeUntil().orElseThrow(() -> new InvalidInputException("activeUntil", null,
                "is required: this rule evaluates one event, from activeFrom to activeUntil"));
        if (end.isAfter(month.end())) {
            throw new InvalidInputException("activeUntil", end, "ends the event after its service month " + month.firstDay() + ".."
                    + month.lastDay() + "; an event is evaluated under the month it starts in and must end in it");
        }
        Instant first = floor(start, month);
        Instant last = floor(end, month);
        if (last.isBefore(end)) {
            last = last.plus(window);
        }
        return new Instant[] {first, last};
    }

    private Instant floor(Instant instant, ServiceMonth month) {
        ZonedDateTime local = instant.atZone(month.zone());
        long sinceMidnight = Duration.between(local.toLocalDate().atStartOfDay(month.zone()), local).toNanos();
        return instant.minusNanos(sinceMidnight % window.toNanos());
    }
}
