package io.slakit.cli;

import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditForm;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Writes an evaluation as it streams: the header, one resource at a time, then the totals. No
 * writer holds the fleet; each keeps at most one resource.
 */
interface ReportWriter {

    /** Everything known before the first resource. */
    record Header(SlaDefinition definition, String edition, YearMonth month, Currency currency, List<String> warnings,
                  CreditForm creditForm, boolean creditDefined, Optional<ClaimWindow> claim) {
    }

    void start(Header header);

    /** One evaluated resource, with the input it came from (for timelines). */
    void resource(ResourceReport report, ResourceMonth input);

    /** Evaluates a resource again on other input (a part of the month), by the same engine and rules. */
    @FunctionalInterface
    interface Replay {
        ResourceReport evaluate(ResourceMonth resource, List<ResourceMonth> peers);
    }

    /**
     * One evaluated resource with the fleet it was evaluated in and a way to evaluate it again, for
     * writers that chart how the verdict built up (HTML); the others need only the report.
     */
    default void resource(ResourceReport report, ResourceMonth input, List<ResourceMonth> peers, Replay replay) {
        resource(report, input);
    }

    void finish(Money totalCredit, long resources);
}
