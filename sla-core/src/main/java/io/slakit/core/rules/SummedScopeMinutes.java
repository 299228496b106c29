package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Unavailable minutes of several components, each measured on its own timeline with its own
 * threshold, ADDED (not merged) and divided by the month's minutes: "服务不可用分钟 = 创建任务延时 +
 * 暂停任务延时 + 接口不可用分钟数" (CAT), "控制台不可用分钟数 + 接口不可用分钟数" (MPM, MPM-Pro, PTS).
 *
 * <p>Each provider incident names its component as its scope. Within a component overlaps merge,
 * excluded time is removed, and each remaining span is dropped if the component's threshold ignores
 * it and otherwise rounded; across components the minutes add up, so an hour when the console and
 * the interface are both down counts 120 minutes. An excluded incident names a component (its time
 * is removed from that component) or the resource-wide scope "" (its time is removed from every
 * component). A sum above the month's minutes counts as the whole month.
 */
public final class SummedScopeMinutes implements Measurement {
    private final Map<String, Threshold> scopes;
    private final Rounding rounding;

    SummedScopeMinutes(Map<String, Threshold> scopes, Rounding rounding) {
        this.scopes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    /** A component with no threshold: every span of its outages counts. */
    public SummedScopeMinutes scope(String name) {
        return scope(name, Threshold.none());
    }

    /** A component whose outages are counted under {@code threshold}. */
    public SummedScopeMinutes scope(String name, Threshold threshold) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(threshold, "threshold");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("scope \"" + name + "\" is not an id (lowercase letters, digits, '-')");
        }
        if (scopes.containsKey(name)) {
            throw new IllegalArgumentException("scope \"" + name + "\" is declared twice");
        }
        Map<String, Threshold> more = new LinkedHashMap<>(scopes);
        more.put(name, threshold);
        return new SummedScopeMinutes(more, rounding);
    }

    /** A component whose outages of {@code length} or less are ignored. */
    public SummedScopeMinutes scopeIgnoringAtOrUnder(String name, Duration length) {
        return scope(name, Threshold.atOrUnder(length));
    }

    /** A component whose outages shorter than {@code length} are ignored; exactly {@code length} counts. */
    public SummedScopeMinutes scopeIgnoringUnder(String name, Duration length) {
        return scope(name, Threshold.under(length));
    }

    public SummedScopeMinutes rounding(Rounding newRounding) {
        return new SummedScopeMinutes(scopes, newRounding);
    }

    /** Each counted span's partial minute rounds up. */
    public SummedScopeMinutes roundingUp() {
        return rounding(Rounding.UP_TO_MINUTE);
    }

    /** Exact durations (the default). */
    public SummedScopeMinutes exact() {
        return rounding(Rounding.EXACT);
    }

    /** The components in order, with their thresholds. */
    public Map<String, Threshold> scopes() {
        return scopes;
    }

    public Rounding roundingRule() {
        return rounding;
    }

    @Override
    public String rule() {
        return "summed-scope-minutes";
    }

    @Override
    public List<String> requiredIncidentScopes() {
        return List.copyOf(scopes.keySet());
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        scopes.forEach((name, threshold) -> parts.add(name + " (" + threshold.describe() + ")"));
        return "Unavailable minutes of each component summed, not merged: " + String.join(" + ", parts)
                + "; within a component overlaps merge; " + rounding.description() + "; against the month's minutes. "
                + "Each incident's scope names its component.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scopes", String.join(",", scopes.keySet()));
        scopes.forEach((name, threshold) -> {
            p.put(name + ".threshold", threshold.length().toString());
            p.put(name + ".thresholdIgnoresExactLength", Boolean.toString(threshold.ignoresExactLength()));
        });
        p.put("rounding", rounding.name());
        return p;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        if (scopes.isEmpty()) {
            throw new IllegalStateException("rule " + rule() + " has no components: declare them with scope(...)");
        }
        List<Incident> incidents = context.resource().incidents();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            boolean resourceWideExclusion = incident.attribution().isExcluded() && incident.scope().isEmpty();
            if (!resourceWideExclusion && !scopes.containsKey(incident.scope())) {
                throw new InvalidInputException("incidents[" + i + "].scope", incident.scope(), incident.attribution().isExcluded()
                        ? "is not a component of rule " + rule() + "; an excluded incident names one of " + scopes.keySet()
                                + " or \"\" (every component)"
                        : "is not a component of rule " + rule() + "; a provider incident names one of " + scopes.keySet());
            }
        }
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        BigDecimal down = BigDecimal.ZERO;
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Threshold> scope : scopes.entrySet()) {
            TimeSet set = sets.downByScope().getOrDefault(scope.getKey(), TimeSet.empty());
            BigDecimal minutes = IncidentSets.countedMinutes(set, scope.getValue(), rounding);
            down = down.add(minutes);
            parts.append(parts.length() == 0 ? "" : ", ").append(scope.getKey()).append(' ')
                    .append(minutes.stripTrailingZeros().toPlainString());
        }
        String note = "";
        if (down.compareTo(total) > 0) {
            note = " The components together exceed the month's minutes; the whole month counts as down.";
            down = total;
        }
        return new Measured(total, Optional.of(down), sets.excludedMinutes(), Availability.fromDowntime(down, total),
                "Unavailable minutes by component: " + parts + "; " + down.stripTrailingZeros().toPlainString() + " of "
                        + total.toPlainString() + " minutes (" + rounding.description() + ")." + note);
    }
}
