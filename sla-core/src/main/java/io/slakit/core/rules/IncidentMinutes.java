package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.api.spi.MetricKernel;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Downtime minutes from incidents (单次服务不可用分钟数 = 解决时间 - 开始时间): incidents are clipped to
 * the service month, excluded time is removed as a set difference, overlaps merge, each remaining
 * outage is dropped if the threshold ignores it and otherwise rounded, and the minutes are summed.
 *
 * <p>Per resource (the default) every scope of the resource merges into one timeline: an outage
 * seen twice counts once. {@link #acrossUnits()} instead sums each scope's minutes and divides by
 * the month's minutes times the resource's units: the fleet-wide rule of CHC (all server slots of
 * the account), THCC (all nodes) and ECM/TEZ (month minutes x instance count).
 *
 * <p>In whole minutes the rule {@link #compile compiles} into the kernel its own {@code measure}
 * counts with ({@link WholeMinuteKernel}).
 */
public final class IncidentMinutes implements Measurement {
    private final Threshold threshold;
    private final Rounding rounding;
    private final boolean acrossUnits;

    IncidentMinutes(Threshold threshold, Rounding rounding, boolean acrossUnits) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.acrossUnits = acrossUnits;
    }

    /** Ignore outages of {@code length} or less (CVM: "不超过1分钟的，不计入"). */
    public IncidentMinutes ignoringAtOrUnder(Duration length) {
        return new IncidentMinutes(Threshold.atOrUnder(length), rounding, acrossUnits);
    }

    /** Ignore outages shorter than {@code length}; exactly {@code length} counts. */
    public IncidentMinutes ignoringUnder(Duration length) {
        return new IncidentMinutes(Threshold.under(length), rounding, acrossUnits);
    }

    public IncidentMinutes rounding(Rounding newRounding) {
        return new IncidentMinutes(threshold, newRounding, acrossUnits);
    }

    /** Partial minutes round up: 1m01s counts 2 minutes. */
    public IncidentMinutes roundingUp() {
        return rounding(Rounding.UP_TO_MINUTE);
    }

    /** Sum per scope over units x month minutes (fleet-wide totals). */
    public IncidentMinutes acrossUnits() {
        return new IncidentMinutes(threshold, rounding, true);
    }

    public Threshold threshold() {
        return threshold;
    }

    public Rounding rounding() {
        return rounding;
    }

    @Override
    public String rule() {
        return acrossUnits ? "fleet-incident-minutes" : "incident-minutes";
    }

    @Override
    public String describe() {
        return (acrossUnits ? "Downtime summed over every unit (scope) against units x month minutes; "
                : "Downtime minutes from incidents, overlaps counted once; ")
                + threshold.describe() + ", " + rounding.description() + ".";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("threshold", threshold.length().toString());
        p.put("thresholdIgnoresExactLength", Boolean.toString(threshold.ignoresExactLength()));
        p.put("rounding", rounding.name());
        p.put("acrossUnits", Boolean.toString(acrossUnits));
        return p;
    }

    /**
     * In whole minutes: the kernel (across units too: for one unit whose incidents name no scope,
     * the kernel's shape, one scope is the whole timeline and the month is the units' minutes); in
     * exact durations: empty (the engine measures).
     */
    @Override
    public Optional<MetricKernel> compile(ServiceMonth month) {
        if (rounding == Rounding.EXACT) {
            return Optional.empty();
        }
        return Optional.of(new WholeMinuteKernel(threshold, rounding, month.totalMinutes()));
    }

    @Override
    public Measured measure(MeasurementContext context) {
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        BigDecimal down;
        int outages;
        if (acrossUnits) {
            total = total.multiply(BigDecimal.valueOf(context.resource().units()));
            down = BigDecimal.ZERO;
            outages = 0;
            for (TimeSet set : sets.downByScope().values()) {
                down = down.add(IncidentSets.countedMinutes(set, threshold, rounding));
                outages += set.size();
            }
            if (sets.downByScope().size() > context.resource().units()) {
                throw new io.slakit.api.InvalidInputException("units", context.resource().units(),
                        "is less than the " + sets.downByScope().size() + " distinct incident scopes");
            }
        } else {
            TimeSet all = sets.downAnywhere();
            down = IncidentSets.countedMinutes(all, threshold, rounding);
            outages = all.size();
        }
        String note = "";
        if (down.compareTo(total) > 0) {
            // Rounding many short outages up can exceed the month; the month cannot be less than 0 % available.
            note = " Rounding pushed the count past the month's " + total + " minutes; the whole month counts as down.";
            down = total;
        }
        String explanation = outages + " outage(s) after merging and exclusions; " + down.toPlainString()
                + " of " + total.toPlainString() + " minutes counted (" + threshold.describe() + ", " + rounding.description() + ")." + note;
        return new Measured(total, Optional.of(down), sets.excludedMinutes(), Availability.fromDowntime(down, total), explanation);
    }
}
