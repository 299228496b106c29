package io.slakit.api;

/** What a month's credit can never exceed. */
public enum CapRule {
    /** The resource's monthly service fee (赔偿总额不超过...月度服务费). */
    MONTHLY_FEE,
    /** Each metric's credit is capped at its own basis (CVM: availability at the instance fee, durability at the CBS fee). */
    EACH_METRIC_BASIS,
    /** The text states no cap. */
    NONE
}
