package io.slakit.api.spi;

import io.slakit.api.Money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric's credit: the percent of the basis (when the rule is a percentage), the exact amount,
 * anything owed in another form (extra days, free calls), and why.
 */
public record CreditDecision(Optional<BigDecimal> percent, Money amount, Optional<String> otherForm, String explanation,
                             Optional<io.slakit.api.UsageCredit> usage) {

    public CreditDecision {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(otherForm, "otherForm");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(usage, "usage");
    }

    /** A decision paid in money only. */
    public CreditDecision(Optional<BigDecimal> percent, Money amount, Optional<String> otherForm, String explanation) {
        this(percent, amount, otherForm, explanation, Optional.empty());
    }

    /** A credit in a unit that is not money ({@code zero} is the money part: nothing). */
    public static CreditDecision inUnits(io.slakit.api.UsageCredit usage, Money zero, String explanation) {
        return new CreditDecision(Optional.empty(), zero, Optional.empty(), explanation, Optional.of(usage));
    }

    public static CreditDecision none(Money zero, String explanation) {
        return new CreditDecision(Optional.empty(), zero, Optional.empty(), explanation);
    }

    public static CreditDecision percent(BigDecimal percent, Money amount, String explanation) {
        return new CreditDecision(Optional.of(percent), amount, Optional.empty(), explanation);
    }
}
