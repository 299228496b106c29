package io.slakit.api;

/** Names of credit bases: what a credit percentage is a percentage of. */
public final class CreditBasis {
    /** The resource's own monthly service fee (月度服务费). */
    public static final String MONTHLY_FEE = "fee";

    private CreditBasis() {
    }
}
