package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.ResourceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Single-region multi-AZ unavailability (CVM 1.2.5, CBM, TKE Serverless): an instance is
 * multi-AZ-unavailable while it is down <em>and</em>, at the same time, every one of the customer's
 * instances in some other zone of the same region is down. Applies only when the customer's
 * instances in the region span at least two zones; otherwise the metric is not evaluated.
 *
 * <p>The other zones' "all down" time is computed once per evaluation (through the evaluation
 * cache), so a fleet costs O(n log n), not O(n^2).
 */
public final class MultiZoneMinutes implements Measurement {
    private final Threshold threshold;
    private final Rounding rounding;

    MultiZoneMinutes(Threshold threshold, Rounding rounding) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    public MultiZoneMinutes ignoringAtOrUnder(java.time.Duration length) {
        return new MultiZoneMinutes(Threshold.atOrUnder(length), rounding);
    }

    public MultiZoneMinutes roundingUp() {
        return new MultiZoneMinutes(threshold, Rounding.UP_TO_MINUTE);
    }

    @Override
    public String rule() {
        return "multi-zone-minutes";
    }

    @Override
    public String describe() {
        return "Minutes in which the instance is down while every instance of another zone in its region is down; "
                + threshold.describe() + ", " + rounding.description() + ".";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("threshold", threshold.length().toString(),
                "thresholdIgnoresExactLength", Boolean.toString(threshold.ignoresExactLength()),
                "rounding", rounding.name());
    }

    @Override
    public boolean applicableTo(ResourceMonth resource) {
        return !resource.region().isEmpty() && !resource.zone().isEmpty();
    }

    @Override
    public String notApplicableReason() {
        return "the resource names no region and zone";
    }

    @Override
    public Measured measure(MeasurementContext context) {
        ResourceMonth self = context.resource();
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        Map<String, TimeSet> allDownByZone = context.cache().computeIfAbsent(
                new CacheKey(self.region(), context.month().start(), context.peers()),
                () -> allDownByZone(context.peers(), self.region(), context));
        IncidentSets sets = IncidentSets.of(self, context.month());
        if (allDownByZone.size() < 2) {
            return new Measured(total, Optional.of(BigDecimal.ZERO), sets.excludedMinutes(),
                    Availability.fromDowntime(BigDecimal.ZERO, total),
                    "The region's instances span fewer than two zones; no multi-AZ unavailability can arise.");
        }
        TimeSet otherZoneDown = TimeSet.empty();
        for (Map.Entry<String, TimeSet> zone : allDownByZone.entrySet()) {
            if (!zone.getKey().equals(self.zone())) {
                otherZoneDown = otherZoneDown.union(zone.getValue());
            }
        }
        TimeSet both = sets.downAnywhere().intersect(otherZoneDown);
        BigDecimal down = IncidentSets.countedMinutes(both, threshold, rounding);
        return new Measured(total, Optional.of(down), sets.excludedMinutes(), Availability.fromDowntime(down, total),
                both.size() + " span(s) down while another zone of " + self.region() + " was wholly down; "
                        + down.toPlainString() + " minutes counted.");
    }

    private static Map<String, TimeSet> allDownByZone(List<ResourceMonth> peers, String region, MeasurementContext context) {
        Map<String, TimeSet> byZone = new HashMap<>();
        for (ResourceMonth peer : peers) {
            if (!peer.region().equals(region) || peer.zone().isEmpty()) {
                continue;
            }
            // The peer's own service month may be partial; its downtime is clipped to the report month.
            TimeSet down = IncidentSets.of(peer, context.month()).downAnywhere();
            byZone.merge(peer.zone(), down, TimeSet::intersect);
        }
        return byZone;
    }

    private record CacheKey(String region, java.time.Instant monthStart, Object peersIdentity) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CacheKey k && k.region.equals(region) && k.monthStart.equals(monthStart) && k.peersIdentity == peersIdentity;
        }

        @Override
        public int hashCode() {
            return Objects.hash(region, monthStart, System.identityHashCode(peersIdentity));
        }
    }
}
