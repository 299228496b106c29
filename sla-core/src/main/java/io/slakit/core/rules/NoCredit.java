package io.slakit.core.rules;

import io.slakit.api.CreditTier;
import io.slakit.api.Money;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.util.List;
import java.util.Objects;

/** The text defines no credit (free products, commitments without a compensation scheme). */
public final class NoCredit implements CreditRule {
    private final String reason;

    NoCredit(String reason) {
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public static NoCredit because(String reason) {
        return new NoCredit(reason);
    }

    @Override
    public boolean definesCredit() {
        return false;
    }

    @Override
    public String describe() {
        return "No credit defined: " + reason;
    }

    @Override
    public List<CreditTier> tiers() {
        return List.of();
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        return CreditDecision.none(Money.zero(context.basis().currency()), "No credit defined: " + reason);
    }
}
