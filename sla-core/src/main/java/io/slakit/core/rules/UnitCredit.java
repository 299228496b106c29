package io.slakit.core.rules;

import io.slakit.api.CreditTier;
import io.slakit.api.CreditUnit;
import io.slakit.api.Money;
import io.slakit.api.UsageCredit;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.CreditRule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit paid in a unit that is not money. Two shapes:
 * <ul>
 *   <li><b>converted</b>: a money rule decides the amount (capped at the basis), paid as that many
 *       units at a price per unit (SMS: "赔偿以...赔偿金额对应的短信条数的形式实现，单条短信价格以...刊例价格为准"),
 *       rounded to {@code scale} digits with the text's rounding;</li>
 *   <li><b>by availability</b>: each availability tier earns a quantity of the unit ("3 extra service days").</li>
 * </ul>
 * The money part of the decision is always zero: units are never added to money.
 */
public final class UnitCredit implements CreditRule {
    private final CreditUnit unit;
    private final CreditRule money;
    private final BigDecimal unitPrice;
    private final TieredCredit quantities;
    private final int scale;
    private final RoundingMode rounding;
    /** Where a price read from the month is named for the reader: {@code deliveries.unitPrice} or the resource's {@code unitPrice}. */
    private final String priceField;

    private UnitCredit(CreditUnit unit, CreditRule money, BigDecimal unitPrice, TieredCredit quantities, int scale, RoundingMode rounding) {
        this(unit, money, unitPrice, quantities, scale, rounding, "deliveries.unitPrice");
    }

    private UnitCredit(CreditUnit unit, CreditRule money, BigDecimal unitPrice, TieredCredit quantities, int scale, RoundingMode rounding,
                       String priceField) {
        this.priceField = priceField;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.money = money;
        this.unitPrice = unitPrice;
        this.quantities = quantities;
        this.scale = scale;
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        if (unitPrice != null && unitPrice.signum() <= 0) {
            throw new IllegalArgumentException("a unit price must be above zero, was " + unitPrice);
        }
        if (money != null && money.unit().isPresent()) {
            throw new IllegalArgumentException("converting a credit that is already in " + money.unit().get());
        }
    }

    static UnitCredit converted(CreditRule money, CreditUnit unit, String unitPrice, int scale, RoundingMode rounding) {
        return new UnitCredit(unit, Objects.requireNonNull(money, "money"), new BigDecimal(unitPrice), null, scale, rounding);
    }

    /**
     * Converted at the list price the resource's month gives (the resource's {@code unitPrice}, or for a delivery product
     * {@code deliveries.unitPrice}), which the text does not state.
     */
    static UnitCredit convertedAtInputPrice(CreditRule money, CreditUnit unit, int scale, RoundingMode rounding) {
        return new UnitCredit(unit, Objects.requireNonNull(money, "money"), null, null, scale, rounding);
    }

    /** Converted at the list price the resource gives as its own {@code unitPrice}: a product that reads no deliveries. */
    static UnitCredit convertedAtResourcePrice(CreditRule money, CreditUnit unit, int scale, RoundingMode rounding) {
        return new UnitCredit(unit, Objects.requireNonNull(money, "money"), null, null, scale, rounding, "unitPrice");
    }

    /** Whether the price per unit is read from the resource's month ({@code unitPrice} or {@code deliveries.unitPrice}) rather than stated. */
    public boolean readsUnitPrice() {
        return quantities == null && unitPrice == null;
    }

    static UnitCredit byAvailability(CreditUnit unit, List<CreditTier> tiers) {
        return new UnitCredit(unit, null, null, TieredCredit.of(tiers), 0, RoundingMode.UNNECESSARY);
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
        if (quantities != null) {
            StringBuilder out = new StringBuilder("Credit in " + unit.description() + " by availability: ");
            for (int i = 0; i < quantities.tiers().size(); i++) {
                CreditTier t = quantities.tiers().get(i);
                out.append(i == 0 ? "" : "; ").append(t.band().describe()).append(" -> ").append(t.credit().toPlainString()).append(' ').append(unit.code());
            }
            return out.append('.').toString();
        }
        String price = unitPrice != null ? unitPrice.toPlainString() : "the list price per unit given with the month (" + priceField + ")";
        return money.describe() + " Paid as " + unit.description() + " at " + price + " per unit (the amount capped at the "
                + "basis), " + roundingWords() + ".";
    }

    private String roundingWords() {
        String digits = scale == 0 ? "whole units" : scale + " decimal places";
        return switch (rounding) {
            case DOWN, FLOOR -> "rounded down to " + digits;
            case UP, CEILING -> "rounded up to " + digits;
            case HALF_UP -> "rounded half up to " + digits;
            case HALF_EVEN -> "rounded half even to " + digits;
            default -> "rounded " + rounding + " to " + digits;
        };
    }

    /** The money rule's tiers, or the quantity tiers (their values are quantities of the unit, not percents). */
    @Override
    public List<CreditTier> tiers() {
        return quantities != null ? List.of() : money.tiers();
    }

    /** The availability tier that decides the credit (the quantity table's, or the converted money table's), if any. */
    public Optional<CreditTier> tierFor(io.slakit.api.Availability availability) {
        if (quantities != null) {
            return quantities.tierFor(availability);
        }
        return money instanceof TieredCredit tiered ? tiered.tierFor(availability) : Optional.empty();
    }

    @Override
    public CreditDecision decide(CreditContext context) {
        Money zero = Money.zero(context.basis().currency());
        if (quantities != null) {
            if (context.measured().availability().isAtLeast(context.commitment())) {
                return CreditDecision.inUnits(UsageCredit.zero(unit), zero, "The commitment " + context.commitment() + "% is met.");
            }
            Optional<CreditTier> tier = quantities.tierFor(context.measured().availability());
            if (tier.isEmpty()) {
                return CreditDecision.inUnits(UsageCredit.zero(unit), zero, "Below the commitment but above every credit tier.");
            }
            BigDecimal quantity = tier.get().credit();
            return CreditDecision.inUnits(new UsageCredit(unit, quantity), zero, "Availability " + tier.get().band().describe() + " earns "
                    + quantity.toPlainString() + " " + unit.description() + ".").withTier(tier.get());
        }
        CreditDecision decided = money.decide(context);
        Money amount = decided.amount().min(context.basis());
        BigDecimal price = unitPrice != null ? unitPrice : priceFromInput(context, amount);
        if (price == null) {
            return withTierOf(decided, CreditDecision.inUnits(UsageCredit.zero(unit), zero, decided.explanation() + " Nothing to convert: 0 "
                    + unit.code() + "."));
        }
        BigDecimal units = amount.amount().divide(price, MathContext.DECIMAL128).setScale(scale, rounding);
        return withTierOf(decided, CreditDecision.inUnits(new UsageCredit(unit, units), zero, decided.explanation() + " " + amount.amount().toPlainString() + " "
                + amount.currency().getCurrencyCode() + " at " + price.toPlainString() + " per unit" + (unitPrice == null ? " (the list price given)" : "")
                + ", " + roundingWords() + ": " + units.toPlainString() + " " + unit.code() + "."));
    }

    /** {@code converted}, decided by the tier the money rule's decision names, if any. */
    private static CreditDecision withTierOf(CreditDecision decided, CreditDecision converted) {
        return decided.tier().map(converted::withTier).orElse(converted);
    }

    /**
     * The list price the month gives, required when there is an amount to convert (a month that meets
     * the commitment, or earns nothing, needs none: then null).
     */
    private BigDecimal priceFromInput(CreditContext context, Money amount) {
        // The resource's own unitPrice, or (delivery products) deliveries.unitPrice; both given must agree.
        java.util.Optional<BigDecimal> onDeliveries = context.resource().flatMap(r -> r.deliveries()).flatMap(d -> d.unitPrice());
        java.util.Optional<BigDecimal> onResource = context.resource().flatMap(r -> r.unitPrice());
        if (onDeliveries.isPresent() && onResource.isPresent() && onDeliveries.get().compareTo(onResource.get()) != 0) {
            throw new io.slakit.api.InvalidInputException("unitPrice", onResource.get().toPlainString(), "differs from deliveries.unitPrice \""
                    + onDeliveries.get().toPlainString() + "\": give the list price once");
        }
        java.util.Optional<BigDecimal> given = onResource.or(() -> onDeliveries);
        if (given.isPresent()) {
            return given.get();
        }
        if (amount.amount().signum() == 0) {
            return null;
        }
        throw new io.slakit.api.InvalidInputException(priceField, null, "is required: the credit of "
                + amount.amount().toPlainString() + " " + amount.currency().getCurrencyCode() + " is paid as " + unit.description()
                + " at the list price per unit, which the text does not state (give it as a string, e.g. \"0.045\")");
    }
}
