package io.slakit.core.rules;

import io.slakit.api.CreditTier;
import io.slakit.api.CreditUnit;
import io.slakit.api.Money;
import io.slakit.api.UsageCredit;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit paid in units, a multiple of the failed requests of the month's counted (bad, not excluded)
 * windows, when the commitment is missed: "腾讯云按照服务月度内故障事件中的失败请求次数的10倍，向您赔偿相应的服务次数"
 * (captcha). The failed requests come from {@link io.slakit.api.spi.Measured#failedRequests()}; a failed request in a window
 * an exclusion clause removes is not counted, because the measurement does not count that window.
 */
public final class FailedRequestCredit implements CreditRule {
    private final CreditUnit unit;
    private final BigDecimal multiple;

    FailedRequestCredit(CreditUnit unit, BigDecimal multiple) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.multiple = Objects.requireNonNull(multiple, "multiple");
        if (multiple.signum() <= 0) {
            throw new IllegalArgumentException("a multiple must be above zero, was " + multiple);
        }
    }

    public BigDecimal multiple() {
        return multiple;
    }

    @Override
    public Optional<CreditUnit> unit() {
        return Optional.of(unit);
    }

    @Override
    public boolean definesCredit() {
        return true;
    }

    @Override
    public String describe() {
        return "Credit in " + unit.description() + ": " + multiple.stripTrailingZeros().toPlainString()
                + " x the failed requests of the windows counted as unavailable (excluded windows not counted), when the "
                + "commitment is missed.";
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        if (context.measured().availability().isAtLeast(context.commitment())) {
            return CreditDecision.inUnits(UsageCredit.zero(unit), zero, "The commitment " + context.commitment() + "% is met.");
        }
        long failed = context.measured().failedRequests().orElseThrow(() -> new IllegalStateException(
                "a credit per failed request needs a measurement that counts failed requests (a windowed rate)"));
        BigDecimal quantity = multiple.multiply(BigDecimal.valueOf(failed));
        return CreditDecision.inUnits(new UsageCredit(unit, quantity), zero, failed + " failed request(s) in the counted windows x "
                + multiple.stripTrailingZeros().toPlainString() + " = " + quantity.stripTrailingZeros().toPlainString() + " "
                + unit.description() + ".");
    }
}
