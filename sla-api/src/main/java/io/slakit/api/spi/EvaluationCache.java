package io.slakit.api.spi;

import java.util.function.Supplier;

/**
 * A cache that lives for one evaluation (one request), so a rule that looks across resources
 * (multi-AZ: "all instances of another zone down") computes the fleet view once, not per resource.
 */
@FunctionalInterface
public interface EvaluationCache {

    <T> T computeIfAbsent(Object key, Supplier<T> value);

    /** A cache that keeps nothing: every call computes. */
    static EvaluationCache none() {
        return new EvaluationCache() {
            @Override
            public <T> T computeIfAbsent(Object key, Supplier<T> value) {
                return value.get();
            }
        };
    }
}
