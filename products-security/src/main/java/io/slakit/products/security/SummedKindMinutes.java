package io.slakit.products.security;

import io.slakit.api.Availability;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.IncidentSets;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Threshold;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bastion host's rule (运维安全中心 1.3(4)): "服务不可用分钟数：服务周期内 ... 各类不可用时间的分钟数之和" - the
 * unavailable minutes of each kind (management functions, protocol proxy, audit logs) summed, against the month's
 * minutes. Each provider incident names its kind as its scope; within a kind overlaps merge, across kinds they add up.
 * An excluded incident names a kind (its time is removed from that kind) or the resource-wide scope "" (its time is
 * removed from every kind). Exact durations: the text states no rounding.
 */
final class SummedKindMinutes implements Measurement {
    private final List<String> kinds;

    private SummedKindMinutes(List<String> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    static SummedKindMinutes of(String... kinds) {
        return new SummedKindMinutes(List.of(kinds));
    }

    @Override
    public String rule() {
        return "summed-kind-minutes";
    }

    @Override
    public String describe() {
        return "Unavailable minutes of each kind (" + String.join(", ", kinds) + ") summed, each kind's overlaps merged, against "
                + "the month's minutes; exact durations. Each incident's scope names its kind.";
    }

    @Override
    public List<String> requiredIncidentScopes() {
        return kinds;
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kinds", String.join(",", kinds));
        p.put("rounding", Rounding.EXACT.name());
        return p;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        for (Incident incident : context.resource().incidents()) {
            boolean resourceWideExclusion = incident.attribution().isExcluded() && incident.scope().isEmpty();
            if (!resourceWideExclusion && !kinds.contains(incident.scope())) {
                throw new InvalidInputException("incidents.scope", incident.scope(), incident.attribution().isExcluded()
                        ? "is not a kind of unavailability of this product; an excluded incident names one of " + kinds
                                + " or \"\" (every kind)"
                        : "is not a kind of unavailability of this product; a provider incident names one of " + kinds);
            }
        }
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        BigDecimal down = BigDecimal.ZERO;
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, TimeSet> e : sets.downByScope().entrySet()) {
            BigDecimal minutes = IncidentSets.countedMinutes(e.getValue(), Threshold.none(), Rounding.EXACT);
            down = down.add(minutes);
            parts.append(parts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(minutes.stripTrailingZeros().toPlainString());
        }
        String note = "";
        if (down.compareTo(total) > 0) {
            note = " The kinds together exceed the month's minutes; the whole month counts as down.";
            down = total;
        }
        return new Measured(total, java.util.Optional.of(down), sets.excludedMinutes(), Availability.fromDowntime(down, total),
                "Unavailable minutes by kind: " + (parts.length() == 0 ? "none" : parts) + "; " + down.stripTrailingZeros().toPlainString()
                        + " of " + total.toPlainString() + " minutes." + note);
    }
}
