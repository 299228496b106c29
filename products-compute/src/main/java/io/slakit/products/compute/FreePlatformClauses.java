package io.slakit.products.compute;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;

/**
 * The wordings of the thirteen exclusion clauses THPC, Batch, TKE Serverless and TCR share word for word
 * (section 3 or 5 of their texts), where they differ from the standard summary; each definition cites them on
 * its own lines.
 */
final class FreePlatformClauses {
    private FreePlatformClauses() {
    }

    /** x.1. */
    static final Clause NETWORK = Clauses.THIRD_PARTY_NETWORK.worded(
            "Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment");
    /** x.5. */
    static final Clause IGNORED_DOCS = Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the agreements, documentation or advice");
    /** x.7. */
    static final Clause FORCE_MAJEURE = Clauses.FORCE_MAJEURE.worded(
            "Force majeure: natural disasters, government action, social unrest and other unforeseeable events");
    /** x.8: a clause of these texts only. */
    static final Clause TELECOM_OR_PUBLIC_NETWORK = Clause.of("telecom-or-public-network",
            "Changes of basic telecom resources, regulator or carrier controls, public network congestion or hacking, "
                    + "other situations outside Tencent Cloud's control");
    /** x.10. */
    static final Clause BREACH_SUSPENSION = Clauses.AGREEMENT_BREACH_SUSPENSION.worded(
            "Suspension or termination for breach of this agreement or the service agreement");
    /** x.11. */
    static final Clause ROUTINE_MAINTENANCE = Clauses.ROUTINE_MAINTENANCE.worded(
            "Brief interruptions from the daily maintenance described in the service agreement");
    /** x.13. */
    static final Clause LEGAL_EXEMPTION = Clauses.LEGAL_EXEMPTION.worded(
            "Exemptions under laws, agreements, rules or statements Tencent Cloud publishes");
}
