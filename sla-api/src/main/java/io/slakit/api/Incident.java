package io.slakit.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One outage: the half-open interval {@code [startInclusive, endExclusive)}, the scope it hit (a
 * resource, a zone, a region pair...), its attribution, and optionally the share of charged
 * requests during it (HTTPDNS weights an outage's time by it; other products reject it), and
 * optionally the signal it was seen on ({@code "api"}, {@code "console"}...) for composite rules
 * ("unavailable when the API fails AND the console is unavailable"; other products reject it).
 */
public record Incident(Instant startInclusive, Instant endExclusive, String scope, Attribution attribution,
                       Optional<RequestShare> requestShare, Optional<String> signal) {

    public Incident {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(requestShare, "requestShare");
        Objects.requireNonNull(signal, "signal");
        signal.ifPresent(s -> {
            if (s.isBlank()) {
                throw new InvalidInputException("signal", s, "is blank; leave it out when the incident has no signal");
            }
        });
        if (!endExclusive.isAfter(startInclusive)) {
            throw new InvalidInputException("end", endExclusive,
                    endExclusive.equals(startInclusive) ? "equals start \"" + startInclusive + "\"; an incident must last"
                            : "is before start \"" + startInclusive + "\"");
        }
        if (requestShare.isPresent() && attribution.isExcluded()) {
            throw new InvalidInputException("chargedRequests", requestShare.get().chargedRequests(),
                    "weights only the provider's outages; an excluded incident (" + attribution + ") removes its whole time");
        }
    }

    /** An outage without a signal. */
    public Incident(Instant startInclusive, Instant endExclusive, String scope, Attribution attribution, Optional<RequestShare> requestShare) {
        this(startInclusive, endExclusive, scope, attribution, requestShare, Optional.empty());
    }

    /** An outage without request counts. */
    public Incident(Instant startInclusive, Instant endExclusive, String scope, Attribution attribution) {
        this(startInclusive, endExclusive, scope, attribution, Optional.empty());
    }

    /** An outage of the resource itself, the provider's fault. */
    public static Incident of(Instant startInclusive, Instant endExclusive) {
        return new Incident(startInclusive, endExclusive, "", Attribution.provider());
    }

    public static Incident excluded(Instant startInclusive, Instant endExclusive, String clauseCode) {
        return new Incident(startInclusive, endExclusive, "", Attribution.excluded(clauseCode));
    }

    /** This outage with {@code chargedRequests} of {@code totalRequests} requests charged during it. */
    public Incident weightedBy(long chargedRequests, long totalRequests) {
        return withRequestShare(RequestShare.of(chargedRequests, totalRequests));
    }

    public Incident withRequestShare(RequestShare share) {
        return new Incident(startInclusive, endExclusive, scope, attribution, Optional.of(share), signal);
    }

    /** This outage as seen on {@code signalName} ({@code "api"}, {@code "console"}...), for composite rules. */
    public Incident onSignal(String signalName) {
        Objects.requireNonNull(signalName, "signalName");
        return new Incident(startInclusive, endExclusive, scope, attribution, requestShare, Optional.of(signalName));
    }

    public Duration duration() {
        return Duration.between(startInclusive, endExclusive);
    }

    @Override
    public String toString() {
        return "[" + startInclusive + ", " + endExclusive + ")" + (scope.isEmpty() ? "" : " " + scope) + " " + attribution
                + requestShare.map(s -> " " + s).orElse("") + signal.map(s -> " signal:" + s).orElse("");
    }
}
