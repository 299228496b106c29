package io.slakit.api;

/** How a contract cuts time into service months. */
public enum MonthRule {
    /** Calendar months, the first and last cut at activation and termination (CVM's Mar 17 to Jun 16 example). */
    CALENDAR_WITH_PARTIAL,
    /** Months counted from the activation day (IM: Mar 17 to Apr 16, ...). */
    ANNIVERSARY,
    /** Whole calendar months only: a partial month is not evaluated. */
    WHOLE_CALENDAR_ONLY,
    /** Every calendar month the service period touches counts whole (webify: opened Mar 17 -> Mar 1-31, ..., Jun 1-30). */
    TOUCHED_CALENDAR_MONTHS
}
