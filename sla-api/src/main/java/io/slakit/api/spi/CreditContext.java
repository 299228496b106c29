package io.slakit.api.spi;

import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.ServiceMonth;

import java.util.Objects;

/**
 * What a {@link CreditRule} sees: the measured month, the commitment, and the credit basis amount.
 */
public record CreditContext(ServiceMonth month, Measured measured, Percent commitment, Money basis) {

    public CreditContext {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(basis, "basis");
    }
}
