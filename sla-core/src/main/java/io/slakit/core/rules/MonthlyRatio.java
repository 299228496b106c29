package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly success ratio: availability = 1 - failed / total over the whole month (SMS, email).
 * Counts are read from the window samples and summed; a month without requests is 100 %. The
 * failures of a window that overlaps excluded time are not counted ({@link ExcludedWindows}); its
 * requests stay in the total.
 */
public final class MonthlyRatio implements Measurement {
    private final Duration window;

    MonthlyRatio(Duration window) {
        this.window = window;
    }

    @Override
    public String rule() {
        return "monthly-ratio";
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
        return "Availability is 1 minus failed requests over all requests of the month.";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("window", window.toString());
    }

    @Override
    public Measured measure(MeasurementContext context) {
        List<WindowSample> samples = Windows.checked(context, window);
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        ExcludedWindows excluded = ExcludedWindows.of(sets);
        long windowNanos = window.toNanos();
        long total = 0;
        long failed = 0;
        long failedExcluded = 0;
        for (WindowSample sample : samples) {
            total = Math.addExact(total, sample.total());
            if (sample.failed() > 0 && excluded.removes(TimeSet.nanos(sample.start()), windowNanos)) {
                failedExcluded = Math.addExact(failedExcluded, sample.failed());
            } else {
                failed = Math.addExact(failed, sample.failed());
            }
        }
        Availability availability = total == 0 ? Availability.ofRatio(BigDecimal.ONE, BigDecimal.ONE)
                : Availability.ofRatio(BigDecimal.valueOf(total - failed), BigDecimal.valueOf(total));
        return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(), sets.excludedMinutes(),
                availability, failed + " of " + total + " requests failed in the month"
                + (failedExcluded > 0 ? " (" + failedExcluded + " failed request(s) not counted" : "")
                + excluded.explain("window(s)") + (failedExcluded > 0 ? ")" : "") + ".");
    }
}
