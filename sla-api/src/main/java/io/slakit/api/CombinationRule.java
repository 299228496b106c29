package io.slakit.api;

/** How the credits of several metrics of one resource combine. */
public enum CombinationRule {
    /** Only the highest credit is paid (CVM 3.1(5): 以其中赔偿额较高者为准). */
    HIGHEST,
    /** Each metric's credit is paid. */
    SUM
}
