package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.OptionalLong;

/** Fees in the currency's minor units (fen, cents), the unit the fleet path counts credits in. */
public final class Fees {
    private Fees() {
    }

    /** The fee in whole minor units of its currency, or empty when it is negative, finer than that or beyond a long. */
    public static OptionalLong minorUnits(Money fee) {
        BigDecimal minor = fee.amount().movePointRight(digits(fee.currency()));
        if (minor.signum() < 0 || minor.stripTrailingZeros().scale() > 0 || minor.compareTo(LONG_MAX) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(minor.longValueExact());
    }

    /** As {@link #minorUnits(Money)}, for batches: a fee the fleet path cannot count is bad input naming why. */
    static long minorUnits(Money fee, Currency currency) {
        if (!fee.currency().equals(currency)) {
            throw new InvalidInputException("fee", fee, "is not in the batch's currency " + currency);
        }
        if (fee.amount().signum() < 0) {
            throw new InvalidInputException("fee", fee, "is negative; a fee must be zero or more");
        }
        OptionalLong minor = minorUnits(fee);
        if (minor.isPresent()) {
            return minor.getAsLong();
        }
        int digits = digits(currency);
        if (fee.amount().movePointRight(digits).stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("fee", fee, "has more than " + digits + " decimals; the fleet path counts fees in "
                    + currency.getCurrencyCode() + " minor units (evaluate such a resource with SlaEngine)");
        }
        throw new InvalidInputException("fee", fee, "is too large for the fleet path");
    }

    static Money money(long minor, Currency currency) {
        return Money.of(BigDecimal.valueOf(minor, digits(currency)), currency);
    }

    private static int digits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
}
