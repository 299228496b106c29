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
    private final boolean wholeMonthsOnly;

    Durability(boolean wholeMonthsOnly) {
        this.wholeMonthsOnly = wholeMonthsOnly;
    }

    /** A partial month is no service period (CVM 1.3.3: 如不满一个月不计算为一个服务周期). */
    public Durability wholeMonthsOnly() {
        return new Durability(true);
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
        return "Durability is intact units over all units of the month" + (wholeMonthsOnly ? "; partial months are not counted." : ".");
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("wholeMonthsOnly", Boolean.toString(wholeMonthsOnly));
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
        if (wholeMonthsOnly && !context.month().isWholeCalendarMonth()) {
            return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(), Map.of(),
                    Availability.ofRatio(BigDecimal.ONE, BigDecimal.ONE), "A partial month is no durability service period; not counted.");
        }
        return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(), Map.of(),
                Availability.ofRatio(BigDecimal.valueOf(counts.intact()), BigDecimal.valueOf(counts.units())),
                counts.lost() + " of " + counts.units() + " units lost data.");
    }
}
