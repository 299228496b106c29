package io.slakit.products.security;

import io.slakit.api.Availability;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.IncidentSets;
import io.slakit.core.rules.Rounding;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code-signing certificate's outages (002:21151, 2.1 and its 说明, 21180-21212): outages less than
 * {@code mergeGap} apart count as one outage whose time is the sum of the two (the gap itself is not
 * counted); a merged outage lasting more than {@code threshold} breaks the promise. The counted minutes
 * are the sum of the merged outages longer than the threshold (shorter ones count nothing), exact.
 *
 * <p>Excluded time is removed before merging (the engine's incident sets), so an excluded span counts
 * as time without outages. The commitment is "no outage over 5 minutes", not a percentage: the
 * availability is {@code 1 - counted / month}, met only at 100 %.
 */
final class CodeSigningOutages implements Measurement {
    private final Duration threshold;
    private final Duration mergeGap;

    CodeSigningOutages(Duration threshold, Duration mergeGap) {
        this.threshold = threshold;
        this.mergeGap = mergeGap;
    }

    @Override
    public String rule() {
        return "merged-outages-over-threshold";
    }

    @Override
    public String describe() {
        return "Outages less than " + mergeGap.toMinutes() + " minutes apart merge into one whose time is their sum (the gap not "
                + "counted); the minutes counted are the sum of merged outages longer than " + threshold.toMinutes()
                + " minutes, exact; the promise is that no outage lasts longer than " + threshold.toMinutes() + " minutes.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("threshold", threshold.toString());
        p.put("mergeGap", mergeGap.toString());
        return p;
    }

    @Override
    public boolean commitmentIsPercent() {
        return false;
    }

    @Override
    public List<String> commitmentFigures() {
        return List.of(Long.toString(threshold.toMinutes()));
    }

    /** The merged outages' lengths in nanoseconds, the gaps excluded. */
    List<Long> mergedLengths(TimeSet down) {
        List<Long> out = new java.util.ArrayList<>();
        long gap = mergeGap.toNanos();
        long length = 0;
        long lastEnd = Long.MIN_VALUE;
        for (int i = 0; i < down.size(); i++) {
            if (i > 0 && down.start(i) - lastEnd < gap) {
                length += down.end(i) - down.start(i);
            } else {
                if (i > 0) {
                    out.add(length);
                }
                length = down.end(i) - down.start(i);
            }
            lastEnd = down.end(i);
        }
        if (down.size() > 0) {
            out.add(length);
        }
        return out;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        List<Long> merged = mergedLengths(sets.downAnywhere());
        BigDecimal counted = BigDecimal.ZERO;
        int over = 0;
        for (long nanos : merged) {
            if (nanos > threshold.toNanos()) {
                over++;
                counted = counted.add(Rounding.EXACT.minutes(nanos));
            }
        }
        if (counted.compareTo(total) > 0) {
            counted = total;
        }
        String explanation = merged.size() + " outage(s) after exclusions and merging gaps under " + mergeGap.toMinutes() + " minutes, "
                + over + " longer than " + threshold.toMinutes() + " minutes; " + counted.stripTrailingZeros().toPlainString()
                + " minutes counted.";
        return new Measured(total, Optional.of(counted), sets.excludedMinutes(), Availability.fromDowntime(counted, total), explanation);
    }
}
