package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.DurabilityCounts;
import io.slakit.api.InvalidInputException;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Durability: intact units / (intact + lost units) in the month (CVM 1.3.2: 每服务周期完好数据的云硬盘个数 /
 * (完好 + 丢失)). Needs the resource's durability counts.
 */
public final class Durability implements Measurement {
    Durability() {
    }

    @Override
    public String rule() {
        return "durability";
    }

    @Override
    public boolean countsMinutes() {
        return false;
    }

    @Override
    public String describe() {
        return "Durability is intact units over all units of the month.";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of();
    }

    @Override
    public boolean applicableTo(io.slakit.api.ResourceMonth resource) {
        return resource.durability().isPresent();
    }

    @Override
    public String notApplicableReason() {
        return "no durability counts were given";
    }

    @Override
    public Measured measure(MeasurementContext context) {
        DurabilityCounts counts = context.resource().durability().orElseThrow(() ->
                new InvalidInputException("durability", null, "is required by the durability metric (units and lost)"));
        return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(), Map.of(),
                Availability.ofRatio(BigDecimal.valueOf(counts.intact()), BigDecimal.valueOf(counts.units())),
                counts.lost() + " of " + counts.units() + " units lost data.");
    }
}
