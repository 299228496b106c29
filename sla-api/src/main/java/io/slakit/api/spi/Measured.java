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
 * @param failedRequests     for rules that read request counts and report them: the failed requests of the windows the
 *                           rule counted as unavailable (bad and not excluded), for credits paid per failed request;
 *                           empty for rules that do not report it
 */
public record Measured(BigDecimal totalMinutes, Optional<BigDecimal> unavailableMinutes,
                       Map<String, BigDecimal> excludedMinutes, Availability availability, String explanation,
                       Optional<java.util.List<io.slakit.api.LateItem>> lateItems, Optional<Long> failedRequests) {

    public Measured {
        Objects.requireNonNull(totalMinutes, "totalMinutes");
        Objects.requireNonNull(unavailableMinutes, "unavailableMinutes");
        excludedMinutes = Map.copyOf(Objects.requireNonNull(excludedMinutes, "excludedMinutes"));
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(explanation, "explanation");
        lateItems = Objects.requireNonNull(lateItems, "lateItems").map(java.util.List::copyOf);
        Objects.requireNonNull(failedRequests, "failedRequests");
        if (failedRequests.isPresent() && failedRequests.get() < 0) {
            throw new IllegalArgumentException("failed requests cannot be negative: " + failedRequests.get());
        }
    }

    /** What a rule that reports no failed-request count found. */
    public Measured(BigDecimal totalMinutes, Optional<BigDecimal> unavailableMinutes, Map<String, BigDecimal> excludedMinutes,
                    Availability availability, String explanation, Optional<java.util.List<io.slakit.api.LateItem>> lateItems) {
        this(totalMinutes, unavailableMinutes, excludedMinutes, availability, explanation, lateItems, Optional.empty());
    }

    /** What a rule that checks no deadlines found. */
    public Measured(BigDecimal totalMinutes, Optional<BigDecimal> unavailableMinutes, Map<String, BigDecimal> excludedMinutes,
                    Availability availability, String explanation) {
        this(totalMinutes, unavailableMinutes, excludedMinutes, availability, explanation, Optional.empty(), Optional.empty());
    }

    /** The same finding with the failed requests of the counted windows. */
    public Measured withFailedRequests(long failed) {
        return new Measured(totalMinutes, unavailableMinutes, excludedMinutes, availability, explanation, lateItems, Optional.of(failed));
    }

    /** All excluded minutes, whatever the clause. */
    public BigDecimal totalExcludedMinutes() {
        return excludedMinutes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
