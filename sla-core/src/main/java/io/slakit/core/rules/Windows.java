package io.slakit.core.rules;

import io.slakit.api.InvalidInputException;
import io.slakit.api.ServiceMonth;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.MeasurementContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks window samples against a window grid and returns them in time order. */
public final class Windows {
    private Windows() {
    }

    /**
     * The resource's samples, sorted by start, after checking that each lies in the service month,
     * is aligned to {@code window} from 00:00:00 in the contract's zone, and appears once.
     */
    public static List<WindowSample> checked(MeasurementContext context, Duration window) {
        ServiceMonth month = context.month();
        ZoneId zone = month.zone();
        List<WindowSample> samples = context.resource().windows();
        boolean sorted = true;
        for (int i = 0; i < samples.size(); i++) {
            WindowSample sample = samples.get(i);
            Instant start = sample.start();
            if (!aligned(start.atZone(zone), window)) {
                throw InputErrors.windowNotAligned("windows[" + i + "].start", start, window.toMinutes(), month);
            }
            if (start.isBefore(month.start()) || !start.plus(window).isAfter(month.start()) || !start.isBefore(month.end())) {
                throw InputErrors.windowOutsideMonth("windows[" + i + "].start", start, month);
            }
            if (i > 0 && !start.isAfter(samples.get(i - 1).start())) {
                sorted = false;
            }
        }
        if (sorted) {
            return samples;
        }
        List<WindowSample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparing(WindowSample::start));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).start().equals(ordered.get(i - 1).start())) {
                throw InputErrors.windowTwice("windows", ordered.get(i).start());
            }
        }
        return ordered;
    }

    static boolean aligned(ZonedDateTime start, Duration window) {
        long sinceMidnight = Duration.between(start.toLocalDate().atStartOfDay(start.getZone()), start).toNanos();
        return sinceMidnight % window.toNanos() == 0;
    }

    /** How many windows of {@code window} the month holds (8,928 five-minute windows in 31 days). */
    public static long windowsIn(ServiceMonth month, Duration window) {
        return month.length().toNanos() / window.toNanos();
    }
}
