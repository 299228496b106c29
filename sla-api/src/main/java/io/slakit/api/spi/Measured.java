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
 * @param lateItems          for rules that check deadlines: every missed deadline (possibly none); empty for other rules
 */
public record Measured(BigDecimal totalMinutes, Optional<BigDecimal> unavailableMinutes,
                       Map<String, BigDecimal> excludedMinutes, Availability availability, String explanation,
                       Optional<java.util.List<io.slakit.api.LateItem>> lateItems) {

    public Measured {
        Objects.requireNonNull(totalMinutes, "totalMinutes");
        Objects.requireNonNull(unavailableMinutes, "unavailableMinutes");
        excludedMinutes = Map.copyOf(excludedMinutes);
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(explanation, "explanation");
        lateItems = Objects.requireNonNull(lateItems, "lateItems").map(java.util.List::copyOf);
    }

    /** What a rule that checks no deadlines found. */
    public Measured(BigDecimal totalMinutes, Optional<BigDecimal> unavailableMinutes, Map<String, BigDecimal> excludedMinutes,
                    Availability availability, String explanation) {
        this(totalMinutes, unavailableMinutes, excludedMinutes, availability, explanation, Optional.empty());
    }

    /** All excluded minutes, whatever the clause. */
    public BigDecimal totalExcludedMinutes() {
        return excludedMinutes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
