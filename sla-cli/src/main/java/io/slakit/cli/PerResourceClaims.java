package io.slakit.cli;

import io.slakit.api.ClaimWindow;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;

/**
 * The words every report uses where the text counts claim windows per resource (from the end of each resource's service
 * year): no report-level window is stated, and each resource's is printed with it. One wording, so the formats agree.
 */
final class PerResourceClaims {
    private PerResourceClaims() {
    }

    /** What stands where a report-level window would: the reader is told plainly that there is none. */
    static final String TOTAL = "claim windows are per resource (each counted from the end of the resource's own service year; "
            + "see each resource)";

    static boolean applies(SlaDefinition definition) {
        return SlaEngine.claimsPerResource(definition);
    }

    /** "opens 2024-03-23, closes 2024-05-15 (business days: ...)" or why there is none this month. */
    static String describe(ResourceReport r) {
        return r.claim().map(PerResourceClaims::describe).orElse(NONE);
    }

    static String describe(ClaimWindow w) {
        return "opens " + w.opensOn() + ", closes " + w.closesOn() + " (business days: " + w.calendar() + ")";
    }

    /** A resource whose service year does not end in the month: nothing can be claimed for it yet. */
    static final String NONE = "none this month (its service year does not end in it)";
}
