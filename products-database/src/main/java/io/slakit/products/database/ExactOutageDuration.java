package io.slakit.products.database;

import io.slakit.api.Availability;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.IncidentSets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Redis global replication (002:8946-8948): "服务不可用的时间将按照实际发生的不可用时长计算，即使该不可用的持续时间小于1分钟".
 * Every outage counts with its exact duration: no threshold, no rounding.
 *
 * <p>This is what {@code Rules.incidentMinutes().rounding(Rounding.EXACT)} means to do; that rule divides nanoseconds
 * by a minute exactly and throws for any duration that is not a terminating decimal of minutes (25 s = 0.41666...
 * min). This rule decides on the exact fraction (available nanoseconds / month nanoseconds) and reports minutes to
 * 16 significant digits for display only. Replace it with the core rule once the core keeps a fraction.
 */
final class ExactOutageDuration implements Measurement {
    private static final BigDecimal NANOS_PER_MINUTE = BigDecimal.valueOf(60_000_000_000L);

    @Override
    public String rule() {
        return "exact-outage-duration";
    }

    @Override
    public String describe() {
        return "Downtime from incidents with their exact durations, overlaps counted once; no threshold, no rounding "
                + "(even outages under 1 minute count).";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("threshold", "PT0S");
        p.put("rounding", "EXACT");
        return p;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        TimeSet down = sets.downAnywhere();
        long downNanos = down.measureNanos();
        BigDecimal totalMinutes = BigDecimal.valueOf(context.month().totalMinutes());
        BigDecimal totalNanos = totalMinutes.multiply(NANOS_PER_MINUTE);
        BigDecimal downExact = BigDecimal.valueOf(downNanos).min(totalNanos);
        Availability availability = Availability.ofRatio(totalNanos.subtract(downExact), totalNanos);
        BigDecimal minutes = minutes(downExact);
        Map<String, BigDecimal> excluded = new LinkedHashMap<>();
        sets.excludedByClause().forEach((code, set) -> excluded.put(code, minutes(BigDecimal.valueOf(set.measureNanos()))));
        String explanation = down.size() + " outage(s) after merging and exclusions; " + minutes.toPlainString() + " of "
                + totalMinutes.toPlainString() + " minutes counted with their exact durations (no threshold, no rounding).";
        return new Measured(totalMinutes, Optional.of(minutes), excluded, availability, explanation);
    }

    private static BigDecimal minutes(BigDecimal nanos) {
        BigDecimal value = nanos.divide(NANOS_PER_MINUTE, MathContext.DECIMAL64);
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
