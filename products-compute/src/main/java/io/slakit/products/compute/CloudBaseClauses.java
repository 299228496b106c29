package io.slakit.products.compute;

import io.slakit.core.dsl.SlaBuilder;

/** Clauses 4.1-4.9 that the CloudBase texts (webify, TCB, CloudBase Run, the CloudBase gateway) share word for word. */
final class CloudBaseClauses {
    private CloudBaseClauses() {
    }

    static SlaBuilder add(SlaBuilder sla, int... lines) {
        if (lines.length != 9) {
            throw new IllegalArgumentException("9 clause lines expected, got " + lines.length);
        }
        String[][] clauses = {
            {"announced-maintenance", "System maintenance notified in advance"},
            {"third-party-network", "Network or equipment failure or configuration change outside Tencent Cloud's equipment"},
            {"customer-app-attacked", "Attacks or misconduct against the customer's interfaces or data"},
            {"customer-credentials", "Data, passwords or keys lost or leaked through the customer's maintenance or confidentiality"},
            {"customer-operation", "The customer's negligent mistakes or operations the customer authorised"},
            {"customer-ignored-docs", "The customer did not follow the documentation or advice"},
            {"plan-capacity-exceeded", "Use beyond the capacity of the paid plan"},
            {"not-tencent-cause", "Unavailability not caused by Tencent Cloud"},
            {"legal-exemption", "Exemptions under laws, agreements or rules Tencent Cloud publishes"},
        };
        for (int i = 0; i < clauses.length; i++) {
            sla.exclusion("4." + (i + 1), clauses[i][0], clauses[i][1], lines[i]);
        }
        return sla;
    }
}
