package io.slakit.products.middleware;

import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Legacy CMQ's "故障百倍赔偿" (4.2, 002:4511-4515): voucher = the failing queue's daily fee / 24 / 60 x the fault minutes
 * x 100, for every counted fault minute, whatever the month's availability. The basis is the queue's daily fee
 * (the metric's basis); the cap, the total CMQ fee, is the engine's monthly-fee cap on the resource's fee.
 *
 * <p>{@link #tiers()} is empty: the text has no table.
 */
final class HundredfoldMinuteCredit implements CreditRule {
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);
    private static final BigDecimal MULTIPLE = BigDecimal.valueOf(100);

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        return "Voucher = the failing queue's daily fee / 24 / 60 x the fault minutes x 100, for every fault minute counted, "
                + "never more than the total CMQ fee.";
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        BigDecimal minutes = context.measured().unavailableMinutes().orElseThrow(() ->
                new IllegalStateException("the hundredfold credit needs a minute-based measurement"));
        Money zero = Money.zero(context.basis().currency());
        if (minutes.signum() == 0) {
            return CreditDecision.none(zero, "No fault minute was counted.");
        }
        Money amount = context.basis().times(minutes.multiply(MULTIPLE).divide(MINUTES_PER_DAY, java.math.MathContext.DECIMAL128));
        return new CreditDecision(Optional.empty(), amount, Optional.empty(),
                "The queue's daily fee " + context.basis().rounded() + " / 1440 x " + minutes.stripTrailingZeros().toPlainString()
                        + " fault minutes x 100 = " + amount.rounded() + ".");
    }
}
