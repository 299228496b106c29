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

    public static Money of(BigDecimal amount, Currency currency) {
        InvalidInputException.require(amount, "amount");
        InvalidInputException.require(currency, "currency");
        return new Money(amount, currency);
    }

    /** Parses an amount string such as {@code "1000.00"} in the currency {@code "CNY"}. */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount, "amount"), currency(currencyCode));
    }

    /** A fee: a non-negative amount. */
    public static Money fee(String amount, Currency currency, String field) {
        BigDecimal value = parseAmount(amount, field);
        if (value.signum() < 0) {
            throw new InvalidInputException(field, amount, "is negative; a fee must be zero or more");
        }
        return of(value, currency);
    }

    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    public static Currency currency(String code) {
        InvalidInputException.require(code, "currency");
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", code, "is not an ISO 4217 currency code");
        }
    }

    static BigDecimal parseAmount(String text, String field) {
        InvalidInputException.require(text, field);
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "is not a decimal amount");
        }
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
