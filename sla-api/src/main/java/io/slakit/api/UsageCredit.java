package io.slakit.api;

import java.math.BigDecimal;
import java.util.Objects;

/** A credit owed in a unit that is not money, with its exact amount (already rounded as the text says). */
public record UsageCredit(CreditUnit unit, BigDecimal amount) {

    public UsageCredit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a credit of " + unit + " is negative: " + amount);
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

    /** {@code "2222 messages"}. */
    @Override
    public String toString() {
        return plainAmount() + " " + unit.code();
    }
}
