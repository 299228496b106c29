package io.slakit.products.compute;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;

/**
 * The wordings of the twelve exclusion clauses ECM and TEZ share (section 4), where they differ from the
 * standard summary; each definition cites them on its own lines.
 */
final class EdgeClauses {
    private EdgeClauses() {
    }

    /** 4.5, naming the product's instances. */
    static Clause ignoredDocs(String product) {
        return Clauses.CUSTOMER_IGNORED_DOCS.worded(
                "The customer did not follow the documentation (stop, restart, detach " + product + " instances via console/API/CLI)");
    }

    /** 4.6: also in the CVM family's texts. */
    static final Clause LOCAL_DISK_DATA_LOSS = Clause.of("local-disk-data-loss",
            "Unavailability from relying on local-disk data as a boot dependency; local disks are wiped on a crash");
    /** 4.8. */
    static final Clause FORCE_MAJEURE = Clauses.FORCE_MAJEURE.worded(
            "Force majeure: natural disasters, war, government action, trunk line outages, network congestion");
    /** 4.10. */
    static final Clause ROUTINE_MAINTENANCE = Clauses.ROUTINE_MAINTENANCE.worded(
            "Brief interruptions from normal maintenance and upgrades described in the service agreement");
}
