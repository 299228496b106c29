package io.slakit.products.security;

import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.util.List;

/**
 * The code-signing certificate's credit (3.1, 21267-21282), by the counted minutes of
 * {@link CodeSigningOutages} (the sum of merged outages each over 5 minutes): (5 min, 2 h] 10 %,
 * (2 h, 10 h] 25 %, over 10 h 100 % of the month's fee. {@link #tiers()} is empty: the bands are
 * minutes of outage, not availability percents.
 */
final class CodeSigningCredit implements CreditRule {
    static final BigDecimal TWO_HOURS = BigDecimal.valueOf(120);
    static final BigDecimal TEN_HOURS = BigDecimal.valueOf(600);

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        return "Percent of the month's fee by the summed minutes of outages over 5 minutes: more than 5 minutes up to 2 hours 10%; "
                + "more than 2 hours up to 10 hours 25%; more than 10 hours 100%.";
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    /** The percent the counted minutes earn (zero when nothing counted). */
    static BigDecimal percentFor(BigDecimal counted) {
        if (counted.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        if (counted.compareTo(TWO_HOURS) <= 0) {
            return BigDecimal.TEN;
        }
        if (counted.compareTo(TEN_HOURS) <= 0) {
            return BigDecimal.valueOf(25);
        }
        return BigDecimal.valueOf(100);
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        BigDecimal counted = context.measured().unavailableMinutes().orElse(BigDecimal.ZERO);
        BigDecimal percent = percentFor(counted);
        if (percent.signum() == 0) {
            return CreditDecision.none(zero, "No outage lasted more than 5 minutes; the promise is kept.");
        }
        Money amount = context.basis().times(percent.movePointLeft(2));
        return CreditDecision.percent(percent, amount, counted.stripTrailingZeros().toPlainString()
                + " minutes of outages over 5 minutes earn " + percent.toPlainString() + "% of the month's fee.");
    }
}
