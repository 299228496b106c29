package io.slakit.api.spi;

import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link Measurement} sees: the service month (already cut to the resource's activation and
 * termination), the resource, its peers in the same evaluation (for rules that look across
 * resources, such as multi-AZ), the valid exclusion codes, and a cache for the evaluation.
 */
public record MeasurementContext(ServiceMonth month, ResourceMonth resource, List<ResourceMonth> peers,
                                 Set<String> exclusionCodes, EvaluationCache cache) {

    public MeasurementContext {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(resource, "resource");
        peers = List.copyOf(Objects.requireNonNull(peers, "peers"));
        exclusionCodes = Set.copyOf(Objects.requireNonNull(exclusionCodes, "exclusionCodes"));
        Objects.requireNonNull(cache, "cache");
    }

    /** A context for one resource on its own: no peers, no cache. */
    public static MeasurementContext alone(ServiceMonth month, ResourceMonth resource, Set<String> exclusionCodes) {
        return new MeasurementContext(month, resource, List.of(Objects.requireNonNull(resource, "resource")), exclusionCodes, EvaluationCache.none());
    }
}
