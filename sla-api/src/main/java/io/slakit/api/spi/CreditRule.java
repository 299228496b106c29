package io.slakit.api.spi;

import io.slakit.api.CreditTier;

import java.util.List;

/**
 * How a metric's availability becomes a credit. The core ships the tiered percent-of-fee rule and
 * "no credit defined"; credits that are not a percentage (a multiple of excess minutes, a
 * per-minute formula, extra service days) are rules a product module implements.
 */
public interface CreditRule {

    /** Whether the text defines any credit at all. */
    boolean definesCredit();

    /** The rule in one English sentence. */
    String describe();

    /** The tier table as written, for display; empty for rules that have none. */
    List<CreditTier> tiers();

    /**
     * The unit this rule pays in when it is not money (messages, voice minutes, service days...);
     * empty for money. Reports give each unit its own column.
     */
    default java.util.Optional<io.slakit.api.CreditUnit> unit() {
        return java.util.Optional.empty();
    }

    /**
     * Whether this rule reads the resource's {@link io.slakit.api.ResourceMonth#dailyCalls() daily calls}
     * (a credit capped by the calls of the days before a fault); given to a product none of whose credits
     * reads them, they are rejected by name.
     */
    default boolean readsDailyCalls() {
        return false;
    }

    /** Decides the credit for one metric of one resource's month. Never exceeds what the text allows for the metric; caps across metrics are the engine's. */
    CreditDecision decide(CreditContext context);

    /**
     * This rule compiled into a decision table for a month of {@code totalMinutes} (positive) and
     * {@code commitment}, or empty when the rule is not a tier table paid as a percent of its basis
     * (the engine then answers). The default is empty.
     *
     * <p><b>Internal:</b> see {@link CreditKernel}.
     */
    default java.util.Optional<CreditKernel> compile(long totalMinutes, io.slakit.api.Percent commitment) {
        return java.util.Optional.empty();
    }
}
