package io.slakit.api;

import java.util.Objects;
import java.util.Locale;
import java.util.regex.Pattern;

/** A product's short code, lowercase ({@code cvm}, {@code trtc}); parsing is case-insensitive. */
public record ProductId(String value) implements Comparable<ProductId> {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ProductId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("product", value,
                    "is not a product id (lowercase letters, digits and '-', e.g. \"cvm\")");
        }
    }

    /** Reads an id in any case: {@code "CVM"} and {@code "cvm"} name the same product. */
    public static ProductId of(String text) {
        Objects.requireNonNull(text, "text");
        return new ProductId(text.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
