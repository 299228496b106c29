package io.slakit.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Who an outage is attributed to: the provider (it counts), or one of the product's exclusion
 * clauses (免责条款), named by the clause's code (its time is excluded).
 */
public record Attribution(Optional<String> exclusionCode) {
    private static final Attribution PROVIDER = new Attribution(Optional.empty());

    public Attribution {
        java.util.Objects.requireNonNull(exclusionCode, "exclusionCode");
        exclusionCode.ifPresent(code -> {
            if (code.isBlank()) {
                throw new InvalidInputException("exclusion", code, "is blank; use null for the provider's fault");
            }
        });
    }

    public static Attribution provider() {
        return PROVIDER;
    }

    public static Attribution excluded(String clauseCode) {
        Objects.requireNonNull(clauseCode, "clauseCode");
        return new Attribution(Optional.of(clauseCode));
    }

    /**
     * {@code null} means the provider: nullable on purpose, for readers whose exclusion field or
     * column is optional (absent = the provider's fault); everything else takes a non-null code.
     */
    public static Attribution ofNullable(String clauseCode) {
        return clauseCode == null ? PROVIDER : excluded(clauseCode);
    }

    public boolean isExcluded() {
        return exclusionCode.isPresent();
    }

    @Override
    public String toString() {
        return exclusionCode.map(c -> "excluded:" + c).orElse("provider");
    }
}
