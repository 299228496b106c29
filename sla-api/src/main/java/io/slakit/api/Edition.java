package io.slakit.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A variant of a product whose terms differ (an architecture, a topology, a storage class): the
 * metrics that apply to it. A product without variants has one edition, {@code standard}.
 */
public record Edition(String id, String name, List<Metric> metrics) {

    public static final String STANDARD = "standard";

    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        Set<String> seen = new HashSet<>();
        for (Metric metric : metrics) {
            if (!seen.add(metric.id())) {
                throw new InvalidInputException("editions." + id + ".metrics", metric.id(), "appears twice");
            }
        }
    }

    public Optional<Metric> metric(String metricId) {
        return metrics.stream().filter(m -> m.id().equals(metricId)).findFirst();
    }
}
