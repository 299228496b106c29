package io.slakit.products.media;

import io.slakit.api.Availability;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.rules.IncidentSets;
import io.slakit.core.rules.Windows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CSS (云直播 1.8/1.9/2.1): availability = 1 - (sum of the 5-minute failure rates / number of 5-minute
 * units in the month), where a unit with fewer than {@code minimum} valid requests (or tasks) adds
 * nothing to the sum ("该单位时间的失败率不计入统计范围") while the denominator stays days x 24 x 12.
 * The core's mean-window rule has no minimum; this is the same arithmetic with one.
 */
final class MeanFailureRateWithMinimum implements Measurement {
    private final Duration window;
    private final long minimum;

    MeanFailureRateWithMinimum(Duration window, long minimum) {
        this.window = window;
        this.minimum = minimum;
    }

    @Override
    public String rule() {
        return "mean-window-error-rate-with-minimum";
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
        return "Availability is 1 minus the sum of the " + window.toMinutes() + "-minute failure rates divided by the number of "
                + window.toMinutes() + "-minute units in the month; a unit with fewer than " + minimum
                + " valid requests adds no failure rate but still counts in the number of units.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("window", window.toString());
        p.put("minimumRequests", Long.toString(minimum));
        return p;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        List<WindowSample> samples = Windows.checked(context, window);
        long units = Windows.windowsIn(context.month(), window);
        BigDecimal sum = BigDecimal.ZERO;
        long skipped = 0;
        for (WindowSample sample : samples) {
            if (sample.total() < minimum) {
                skipped++;
                continue;
            }
            if (sample.failed() > 0) {
                sum = sum.add(BigDecimal.valueOf(sample.failed()).divide(BigDecimal.valueOf(sample.total()), MathContext.DECIMAL128));
            }
        }
        BigDecimal count = BigDecimal.valueOf(units);
        Availability availability = Availability.ofRatio(count.subtract(sum), count);
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(), sets.excludedMinutes(),
                availability, "Sum of unit failure rates " + sum.round(MathContext.DECIMAL64).toPlainString() + " over " + units
                + " units in the month" + (skipped > 0 ? "; " + skipped + " unit(s) under " + minimum + " valid requests not counted" : "") + ".");
    }
}
