package io.slakit.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A worked example the text itself gives, kept with the definition so that the testkit replays it
 * against the engine: the seed's own arithmetic is the first test every product passes.
 */
public sealed interface WorkedExample permits WorkedExample.Allowance, WorkedExample.Evaluation {

    /** What the example shows, in English. */
    String description();

    /** The line the example stands on. */
    SeedRef source();

    /**
     * "Assume a 30-day month: 10.8 minutes of downtime are allowed": the downtime a metric allows
     * in {@code month} before its commitment is missed.
     */
    record Allowance(String description, SeedRef source, String edition, String metric, YearMonth month,
                     BigDecimal expectedMinutes) implements WorkedExample {
        public Allowance {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(expectedMinutes, "expectedMinutes");
        }
    }

    /**
     * A month the text walks through: the resource's inputs, and what the text says follows. Each
     * expectation is optional; the availability is compared at the scale the text prints it with
     * (99.93 is checked to two decimals, rounded half-even).
     */
    record Evaluation(String description, SeedRef source, String edition, String metric, YearMonth month,
                      ResourceMonth resource, Optional<BigDecimal> expectedUnavailableMinutes,
                      Optional<BigDecimal> expectedAvailabilityPercent, Optional<BigDecimal> expectedCreditPercent)
            implements WorkedExample {
        public Evaluation {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(expectedUnavailableMinutes, "expectedUnavailableMinutes");
            Objects.requireNonNull(expectedAvailabilityPercent, "expectedAvailabilityPercent");
            Objects.requireNonNull(expectedCreditPercent, "expectedCreditPercent");
        }
    }
}
