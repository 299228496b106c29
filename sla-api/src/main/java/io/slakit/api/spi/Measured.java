package io.slakit.api.spi;

import io.slakit.api.Availability;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Measurement} found for one resource's month.
 *
 * @param totalMinutes       the month's minutes the availability is computed against (for fleet rules: x units)
 * @param unavailableMinutes the downtime the rule counted, for minute-based rules
 * @param excludedMinutes    time removed by exclusion clauses, by clause code, in (possibly fractional) minutes
 * @param availability       the exact availability
 * @param explanation        how the numbers came about, in one or two English sentences
 */
public record Measured(BigDecimal totalMinutes, Optional<BigDecimal> unavailableMinutes,
                       Map<String, BigDecimal> excludedMinutes, Availability availability, String explanation) {

    public Measured {
        Objects.requireNonNull(totalMinutes, "totalMinutes");
        Objects.requireNonNull(unavailableMinutes, "unavailableMinutes");
        excludedMinutes = Map.copyOf(excludedMinutes);
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** All excluded minutes, whatever the clause. */
    public BigDecimal totalExcludedMinutes() {
        return excludedMinutes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
