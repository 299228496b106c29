package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Composite unavailable minutes: the provider's incidents, each on a named signal (the JSON
 * {@code "signal"}), combined by a {@link Signals} expression (intersection, union counted once,
 * minimum run length), then counted with a threshold and rounding like {@link IncidentMinutes}.
 * Seven medical SLAs: {@code all(signal("api"), signal("console"))}; CODING:
 * {@code any(signal("error-rate"), lastingAtLeast(10 min, signal("failure")))}.
 *
 * <p>The algebra runs on the provider's outages as observed (every scope of a signal together);
 * excluded time is removed from the result afterwards, so an excluded stretch inside a run does not
 * break it, but is never counted. Every provider incident must name one of the expression's signals.
 */
public final class CompositeMinutes implements Measurement {
    private final Signals expression;
    private final Threshold threshold;
    private final Rounding rounding;

    CompositeMinutes(Signals expression, Threshold threshold, Rounding rounding) {
        this.expression = Objects.requireNonNull(expression, "expression");
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    /** Unavailable spans of {@code limit} or less are ignored (a span just over it counts whole). */
    public CompositeMinutes ignoringAtOrUnder(java.time.Duration limit) {
        return new CompositeMinutes(expression, Threshold.atOrUnder(limit), rounding);
    }

    public CompositeMinutes roundingUp() {
        return new CompositeMinutes(expression, threshold, Rounding.UP_TO_MINUTE);
    }

    public CompositeMinutes roundingDown() {
        return new CompositeMinutes(expression, threshold, Rounding.DOWN_TO_MINUTE);
    }

    public CompositeMinutes exact() {
        return new CompositeMinutes(expression, threshold, Rounding.EXACT);
    }

    @Override
    public String rule() {
        return "composite-minutes";
    }

    @Override
    public Set<String> signals() {
        return expression.names();
    }

    @Override
    public String describe() {
        return "A minute is unavailable when " + expression.describe() + " (the provider's incidents by signal; excluded time removed "
                + "after combining); " + threshold.describe() + "; " + rounding.description() + ".";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("expression", expression.describe());
        p.put("signals", String.join(",", expression.names()));
        p.put("threshold", threshold.describe());
        p.put("rounding", rounding.name());
        return p;
    }

    /** The combined unavailable time of one month, excluded time removed. */
    public TimeSet unavailable(List<Incident> incidents, ServiceMonth month) {
        long from = TimeSet.nanos(month.start());
        long to = TimeSet.nanos(month.end());
        Map<String, List<long[]>> spans = new TreeMap<>();
        List<Incident> exclusions = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            int index = i;
            if (incident.attribution().isExcluded()) {
                exclusions.add(incident);
                continue;
            }
            String signal = incident.signal().orElseThrow(() -> new InvalidInputException("incidents[" + index + "].signal",
                    null, "is required: rule " + rule() + " combines incidents by signal (one of " + expression.names() + ")"));
            spans.computeIfAbsent(signal, k -> new ArrayList<>())
                    .add(new long[] {TimeSet.nanos(incident.startInclusive()), TimeSet.nanos(incident.endExclusive())});
        }
        Map<String, TimeSet> bySignal = new TreeMap<>();
        spans.forEach((signal, list) -> {
            long[] s = new long[list.size()];
            long[] e = new long[list.size()];
            for (int i = 0; i < list.size(); i++) {
                s[i] = list.get(i)[0];
                e[i] = list.get(i)[1];
            }
            bySignal.put(signal, TimeSet.union(s, e, list.size()).clip(from, to));
        });
        TimeSet excluded = TimeSet.empty();
        for (TimeSet set : IncidentSets.of(exclusions, month.start(), month.end()).excludedByClause().values()) {
            excluded = excluded.union(set);
        }
        return expression.evaluate(bySignal).minus(excluded);
    }

    @Override
    public Measured measure(MeasurementContext context) {
        ServiceMonth month = context.month();
        TimeSet down = unavailable(context.resource().incidents(), month);
        BigDecimal minutes = IncidentSets.countedMinutes(down, threshold, rounding);
        BigDecimal total = BigDecimal.valueOf(month.totalMinutes());
        IncidentSets sets = IncidentSets.of(context.resource(), month);
        return new Measured(total, Optional.of(minutes), sets.excludedMinutes(), Availability.fromDowntime(minutes, total),
                minutes.toPlainString() + " unavailable minute(s) where " + expression.describe() + " in " + down.size() + " span(s).");
    }
}
