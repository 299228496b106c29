package io.slakit.products.compute;

import io.slakit.core.dsl.SlaBuilder;

/**
 * The thirteen exclusion clauses THPC, Batch, TKE Serverless and TCR share word for word (section
 * 3 or 5 of their texts), added with each clause's line.
 */
final class FreePlatformClauses {
    private FreePlatformClauses() {
    }

    /**
     * @param section the section number the clauses carry ("3" or "5")
     * @param lines   the line of each clause, x.1 to x.13 in order
     */
    static SlaBuilder add(SlaBuilder sla, String section, int... lines) {
        if (lines.length != 13) {
            throw new IllegalArgumentException("13 clause lines expected, got " + lines.length);
        }
        String[][] clauses = {
            {"third-party-network", "Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"},
            {"customer-app-attacked", "The customer's application is attacked by hackers"},
            {"customer-credentials", "Data, passwords or keys lost or leaked through the customer's maintenance or confidentiality"},
            {"customer-operation", "The customer's negligence or operations the customer authorised"},
            {"customer-ignored-docs", "The customer did not follow the agreements, documentation or advice"},
            {"third-party-software", "Software the customer installed or third-party software or configuration"},
            {"force-majeure", "Force majeure: natural disasters, government action, social unrest and other unforeseeable events"},
            {"telecom-or-public-network", "Changes of basic telecom resources, regulator or carrier controls, public network congestion or hacking, "
                    + "other situations outside Tencent Cloud's control"},
            {"non-payment-suspension", "Suspension or termination because the customer did not buy or pay as agreed"},
            {"agreement-breach-suspension", "Suspension or termination for breach of this agreement or the service agreement"},
            {"routine-maintenance", "Brief interruptions from the daily maintenance described in the service agreement"},
            {"not-tencent-cause", "Unavailability not caused by Tencent Cloud"},
            {"legal-exemption", "Exemptions under laws, agreements, rules or statements Tencent Cloud publishes"},
        };
        for (int i = 0; i < clauses.length; i++) {
            sla.exclusion(section + "." + (i + 1), clauses[i][0], clauses[i][1], lines[i]);
        }
        return sla;
    }
}
