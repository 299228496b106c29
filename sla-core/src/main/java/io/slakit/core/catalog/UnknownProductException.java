package io.slakit.core.catalog;

import io.slakit.api.InvalidInputException;

/** No definition for a product (and site) is on the class path. */
public final class UnknownProductException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public UnknownProductException(String product, String rule) {
        super("product", product, rule);
    }
}
