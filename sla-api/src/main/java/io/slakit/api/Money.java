package io.slakit.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO-4217 currency. Amounts are exact; {@link #rounded()} gives the
 * currency's minor digits, rounding half up (the commercial rounding the contracts imply).
 */
public final class Money implements Comparable<Money> {
    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** The largest whole part an amount may have: 18 digits, beyond any fee, and far from BigDecimal's cost cliffs. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** The most decimals an amount may carry (exact arithmetic of credits stays well within it). */
    public static final int MAX_DECIMALS = 64;

    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        return new Money(bounded(amount, "amount", amount.toString()), currency);
    }

    /**
     * An amount within {@link #MAX_INTEGER_DIGITS} whole digits and {@link #MAX_DECIMALS} decimals.
     * "1e999999999" would otherwise overflow, and "1e100000000" print 100 million digits.
     */
    private static BigDecimal bounded(BigDecimal amount, String field, String shown) {
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException(field, shown, "is too large: an amount has at most " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        if (amount.scale() > MAX_DECIMALS) {
            throw new InvalidInputException(field, shown, "has too many decimals: an amount has at most " + MAX_DECIMALS);
        }
        return amount;
    }

    /** Parses an amount string such as {@code "1000.00"} in the currency {@code "CNY"}. */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        return of(parseAmount(amount, "amount"), currency(currencyCode));
    }

    /** A fee: a non-negative amount in whole minor units of its currency ({@code "1000.005"} CNY is refused). */
    public static Money fee(String amount, Currency currency, String field) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(field, "field");
        BigDecimal value = parseAmount(amount, field);
        if (value.signum() < 0) {
            throw new InvalidInputException(field, amount, "is negative; a fee must be zero or more");
        }
        return of(value, currency).requireMinorUnits(field, amount);
    }

    /**
     * This amount, refused when it is finer than its currency's minor unit: a fee of 1000.005 CNY is
     * no fee anyone was charged, and a credit of its rounded 100 % (1000.01) would exceed it.
     */
    Money requireMinorUnits(String field, String shown) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException(field, shown, "is finer than the minor unit of " + currency.getCurrencyCode()
                    + ": a fee has at most " + digits + " decimal" + (digits == 1 ? "" : "s") + " in " + currency.getCurrencyCode());
        }
        return this;
    }

    public static Money zero(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return of(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    public static Currency currency(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", code, "is not an ISO 4217 currency code");
        }
    }

    static BigDecimal parseAmount(String text, String field) {
        InvalidInputException.require(text, field);
        String trimmed = text.trim();
        if (trimmed.length() > 64) {
            throw new InvalidInputException(field, trimmed.substring(0, 20) + "...", "is " + trimmed.length()
                    + " characters long; an amount has at most 64");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "is not a decimal amount");
        }
        return bounded(value, field, text);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money min(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) <= 0 ? this : other;
    }

    public Money max(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) >= 0 ? this : other;
    }

    /** The amount at the currency's minor digits (2 for CNY and USD), rounded half up. */
    public Money rounded() {
        return new Money(amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException("currency", other.currency, "differs from " + currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    /** {@code "100.00 CNY"}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
