package io.slakit.api;

/** How a credit is paid. */
public enum CreditForm {
    /** Vouchers for the same service only: not cash, not transferable (代金券). */
    VOUCHER("voucher"),
    /** Cash or a refund. */
    CASH("cash"),
    /** Extra days of service. */
    SERVICE_DAYS("service-days"),
    /** Free usage (calls, messages, minutes). */
    FREE_USAGE("free-usage"),
    /** No credit is defined. */
    NONE("none");

    private final String code;

    CreditForm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
