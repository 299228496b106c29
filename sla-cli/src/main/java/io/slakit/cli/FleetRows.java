package io.slakit.cli;

import io.slakit.api.CreditTier;
import io.slakit.api.spi.CreditKernel;
import io.slakit.core.fleet.FleetPlan;

import java.util.List;
import java.util.Optional;

/**
 * Fleet decisions as rows of the CSV report, for CSV and JSON input alike: the tier from the
 * plan's limits, the capped credit, the tier's text worked out once per tier.
 */
final class FleetRows {
    private final FleetPlan plan;
    private final CsvReportWriter writer;
    private final int digits;
    private final int metricIndex;
    private final String[] tierTexts;

    FleetRows(FleetPlan plan, CsvReportWriter writer, java.util.Currency currency) {
        this.plan = plan;
        this.writer = writer;
        this.digits = Math.max(0, currency.getDefaultFractionDigits());
        this.metricIndex = plan.edition().metrics().indexOf(plan.metric());
        List<CreditTier> tiers = plan.table().tiers();
        this.tierTexts = new String[tiers.size()];
        for (int i = 0; i < tiers.size(); i++) {
            tierTexts[i] = CsvReportWriter.tier(false, Optional.of(tiers.get(i)));
        }
    }

    int digits() {
        return digits;
    }

    /** Decides and writes one resource's row; returns its credit in minor units. */
    long write(String id, long feeMinor, long downMinutes) {
        int tier = plan.table().tierIndex(downMinutes);
        long credit = plan.creditMinor(feeMinor, tier, downMinutes);
        String tierText = tier == CreditKernel.MET ? "met" : tier == CreditKernel.NO_TIER ? "no tier" : tierTexts[tier];
        writer.fleetRow(id, feeMinor, credit, digits, metricIndex, downMinutes, plan.table().totalMinutes(), tierText);
        writer.countBreached(tier != CreditKernel.MET);
        return credit;
    }
}
