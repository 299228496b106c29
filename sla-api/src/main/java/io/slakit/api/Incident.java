package io.slakit.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One outage: the half-open interval {@code [startInclusive, endExclusive)}, the scope it hit (a
 * resource, a zone, a region pair...) and its attribution.
 */
public record Incident(Instant startInclusive, Instant endExclusive, String scope, Attribution attribution) {

    public Incident {
        InvalidInputException.require(startInclusive, "start");
        InvalidInputException.require(endExclusive, "end");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(attribution, "attribution");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new InvalidInputException("end", endExclusive,
                    endExclusive.equals(startInclusive) ? "equals start \"" + startInclusive + "\"; an incident must last"
                            : "is before start \"" + startInclusive + "\"");
        }
    }

    /** An outage of the resource itself, the provider's fault. */
    public static Incident of(Instant startInclusive, Instant endExclusive) {
        return new Incident(startInclusive, endExclusive, "", Attribution.provider());
    }

    public static Incident excluded(Instant startInclusive, Instant endExclusive, String clauseCode) {
        return new Incident(startInclusive, endExclusive, "", Attribution.excluded(clauseCode));
    }

    public Duration duration() {
        return Duration.between(startInclusive, endExclusive);
    }

    @Override
    public String toString() {
        return "[" + startInclusive + ", " + endExclusive + ")" + (scope.isEmpty() ? "" : " " + scope) + " " + attribution;
    }
}
