package io.slakit.core.rules;

import java.math.BigDecimal;

/** How one incident's duration becomes minutes. */
public enum Rounding {
    /** Partial minutes round up: 1m01s is 2 minutes (CVM, databases, most products). */
    UP_TO_MINUTE("partial minutes round up"),
    /** Partial minutes are dropped (CAR). */
    DOWN_TO_MINUTE("partial minutes are dropped"),
    /** The exact duration, fractions of a minute kept to 34 significant digits (Redis global replication). */
    EXACT("exact duration");

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final String description;

    Rounding(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Minutes counted for a duration of {@code nanos}. */
    public BigDecimal minutes(long nanos) {
        return switch (this) {
            case UP_TO_MINUTE -> BigDecimal.valueOf(-Math.floorDiv(-nanos, NANOS_PER_MINUTE));
            case DOWN_TO_MINUTE -> BigDecimal.valueOf(Math.floorDiv(nanos, NANOS_PER_MINUTE));
            case EXACT -> {
                yield io.slakit.core.interval.TimeSet.minutes(nanos);
            }
        };
    }

    /** Whole minutes for rules whose rounding is never {@link #EXACT}. */
    public long wholeMinutes(long nanos) {
        return switch (this) {
            case UP_TO_MINUTE -> -Math.floorDiv(-nanos, NANOS_PER_MINUTE);
            case DOWN_TO_MINUTE -> Math.floorDiv(nanos, NANOS_PER_MINUTE);
            case EXACT -> throw new IllegalStateException("exact durations are not whole minutes");
        };
    }
}
