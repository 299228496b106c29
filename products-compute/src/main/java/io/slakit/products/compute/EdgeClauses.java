package io.slakit.products.compute;

import io.slakit.core.dsl.SlaBuilder;

/** The twelve exclusion clauses ECM and TEZ share (section 4), added with each clause's line. */
final class EdgeClauses {
    private EdgeClauses() {
    }

    static SlaBuilder add(SlaBuilder sla, String product, int... lines) {
        if (lines.length != 12) {
            throw new IllegalArgumentException("12 clause lines expected, got " + lines.length);
        }
        String[][] clauses = {
            {"third-party-network", "Network or equipment failure or configuration change outside Tencent Cloud's equipment"},
            {"customer-app-attacked", "The customer's application is attacked by hackers"},
            {"customer-credentials", "Data, passwords or keys lost or leaked through the customer's maintenance or confidentiality"},
            {"customer-operation", "The customer's negligence or operations the customer authorised"},
            {"customer-ignored-docs", "The customer did not follow the documentation (stop, restart, detach " + product + " instances via console/API/CLI)"},
            {"local-disk-data-loss", "Unavailability from relying on local-disk data as a boot dependency; local disks are wiped on a crash"},
            {"third-party-software", "Software the customer installed or third-party software or configuration"},
            {"force-majeure", "Force majeure: natural disasters, war, government action, trunk line outages, network congestion"},
            {"agreement-breach-suspension", "Suspension or termination for breach of the service agreement or arrears"},
            {"routine-maintenance", "Brief interruptions from normal maintenance and upgrades described in the service agreement"},
            {"not-tencent-cause", "Unavailability not caused by Tencent Cloud"},
            {"legal-exemption", "Exemptions under laws, agreements or rules Tencent Cloud publishes"},
        };
        for (int i = 0; i < clauses.length; i++) {
            sla.exclusion("4." + (i + 1), clauses[i][0], clauses[i][1], lines[i]);
        }
        return sla;
    }
}
