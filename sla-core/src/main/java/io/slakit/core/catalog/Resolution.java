package io.slakit.core.catalog;

import io.slakit.api.SlaDefinition;

import java.util.List;
import java.util.Objects;

/** The version of a product's SLA chosen for a month, and any warning about the choice. */
public record Resolution(SlaDefinition definition, List<String> warnings) {
    public Resolution {
        Objects.requireNonNull(definition, "definition");
        warnings = List.copyOf(warnings);
    }
}
