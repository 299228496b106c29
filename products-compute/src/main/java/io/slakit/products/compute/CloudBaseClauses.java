package io.slakit.products.compute;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;

/**
 * The wordings of clauses 4.1-4.9 that the CloudBase texts (webify, TCB, CloudBase Run, the CloudBase gateway)
 * share word for word, where they differ from the standard summary; each definition cites them on its own lines.
 */
final class CloudBaseClauses {
    private CloudBaseClauses() {
    }

    /** 4.1. */
    static final Clause MAINTENANCE = Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance");
    /** 4.3. */
    static final Clause ATTACKED = Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or misconduct against the customer's interfaces or data");
    /** 4.5. */
    static final Clause OPERATION = Clauses.CUSTOMER_OPERATION.worded("The customer's negligent mistakes or operations the customer authorised");
    /** 4.6. */
    static final Clause IGNORED_DOCS = Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the documentation or advice");
    /** 4.7: a clause of these texts only. */
    static final Clause PLAN_CAPACITY_EXCEEDED = Clause.of("plan-capacity-exceeded", "Use beyond the capacity of the paid plan");
}
