package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** Fees in the currency's minor units (fen, cents), the unit the fleet path counts credits in. */
final class Fees {
    private Fees() {
    }

    static long minorUnits(Money fee, Currency currency) {
        if (!fee.currency().equals(currency)) {
            throw new InvalidInputException("fee", fee, "is not in the batch's currency " + currency);
        }
        if (fee.amount().signum() < 0) {
            throw new InvalidInputException("fee", fee, "is negative; a fee must be zero or more");
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal minor = fee.amount().movePointRight(digits);
        if (minor.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("fee", fee, "has more than " + digits + " decimals; the fleet path counts fees in "
                    + currency.getCurrencyCode() + " minor units (evaluate such a resource with SlaEngine)");
        }
        try {
            return minor.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("fee", fee, "is too large for the fleet path");
        }
    }

    static Money money(long minor, Currency currency) {
        return Money.of(BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits())), currency);
    }
}
