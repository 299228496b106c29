package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mean of window error rates: availability = 1 - (sum of each window's error rate / number of
 * windows in the month). Windows without requests add 0 but still count (COS, the AI vision APIs,
 * CSS). Each rate is computed to 34 significant digits ({@link MathContext#DECIMAL128}): the sum
 * of thousands of distinct fractions has no practical exact form.
 */
public final class MeanWindowErrorRate implements Measurement {
    private final Duration window;

    MeanWindowErrorRate(Duration window) {
        this.window = window;
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
        return "Availability is 1 minus the mean error rate of every " + window.toMinutes()
                + "-minute window in the month; windows without requests count with a rate of 0.";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("window", window.toString());
    }

    @Override
    public Measured measure(MeasurementContext context) {
        List<WindowSample> samples = Windows.checked(context, window);
        long windows = Windows.windowsIn(context.month(), window);
        BigDecimal sum = BigDecimal.ZERO;
        for (WindowSample sample : samples) {
            if (sample.total() > 0 && sample.failed() > 0) {
                sum = sum.add(BigDecimal.valueOf(sample.failed()).divide(BigDecimal.valueOf(sample.total()), MathContext.DECIMAL128));
            }
        }
        BigDecimal count = BigDecimal.valueOf(windows);
        Availability availability = Availability.ofRatio(count.subtract(sum), count);
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(), sets.excludedMinutes(),
                availability, "Sum of window error rates " + sum.round(MathContext.DECIMAL64).toPlainString() + " over "
                + windows + " windows in the month.");
    }
}
