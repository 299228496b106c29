package io.slakit.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A credit owed in a unit that is not money, with its exact amount (already rounded as the text says).
 * Equality is numeric, like {@link Money}'s: 2222 and 2222.0 messages are the same credit.
 */
public record UsageCredit(CreditUnit unit, BigDecimal amount) {

    public UsageCredit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidInputException("amount", amount.toPlainString(), "is negative: a credit of " + unit.code() + " is zero or more");
        }
    }

    public static UsageCredit zero(CreditUnit unit) {
        return new UsageCredit(unit, BigDecimal.ZERO);
    }

    /** The sum of two credits in the same unit; different units never add. */
    public UsageCredit plus(UsageCredit other) {
        requireSameUnit(other);
        return new UsageCredit(unit, amount.add(other.amount));
    }

    public UsageCredit max(UsageCredit other) {
        requireSameUnit(other);
        return amount.compareTo(other.amount) >= 0 ? this : other;
    }

    private void requireSameUnit(UsageCredit other) {
        if (!unit.equals(other.unit)) {
            throw new IllegalArgumentException("credits in " + unit + " and " + other.unit + " do not add");
        }
    }

    /** The amount in plain notation, {@code "2222"}. */
    public String plainAmount() {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsageCredit u && unit.equals(u.unit) && amount.compareTo(u.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, amount.stripTrailingZeros());
    }

    /** {@code "2222 messages"}. */
    @Override
    public String toString() {
        return plainAmount() + " " + unit.code();
    }
}
