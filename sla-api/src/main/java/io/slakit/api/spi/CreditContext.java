package io.slakit.api.spi;

import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CreditRule} sees: the measured month, the commitment, the credit basis amount, and
 * the resource's month as given (for a rule that reads an input of the month, such as the list price
 * a credit in messages is converted at); empty where a rule is decided outside an evaluation.
 */
public record CreditContext(ServiceMonth month, Measured measured, Percent commitment, Money basis, Optional<ResourceMonth> resource) {

    public CreditContext {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(resource, "resource");
    }

    /** A context without the resource's month. */
    public CreditContext(ServiceMonth month, Measured measured, Percent commitment, Money basis) {
        this(month, measured, commitment, basis, Optional.empty());
    }
}
