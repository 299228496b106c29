package io.slakit.core.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * Short outages a contract ignores: "持续1分钟以上" ignores outages at or under a minute (CVM),
 * "低于5分钟不计入" ignores those under five minutes but counts exactly five (TRTC).
 */
public record Threshold(Duration length, boolean ignoresExactLength) {

    private static final Threshold NONE = new Threshold(Duration.ZERO, false);

    public Threshold {
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("threshold is negative: " + length);
        }
    }

    public static Threshold none() {
        return NONE;
    }

    /** Outages lasting {@code length} or less are ignored. */
    public static Threshold atOrUnder(Duration length) {
        return new Threshold(length, true);
    }

    /** Outages shorter than {@code length} are ignored; exactly {@code length} counts. */
    public static Threshold under(Duration length) {
        return new Threshold(length, false);
    }

    public boolean ignores(long nanos) {
        long limit = length.toNanos();
        return ignoresExactLength ? nanos <= limit : nanos < limit;
    }

    public String describe() {
        if (length.isZero()) {
            return "no threshold";
        }
        return "outages " + (ignoresExactLength ? "of " + human(length) + " or less" : "under " + human(length)) + " are ignored";
    }

    static String human(Duration d) {
        if (d.toSeconds() % 60 == 0) {
            long m = d.toMinutes();
            return m + (m == 1 ? " minute" : " minutes");
        }
        return d.toSeconds() + " seconds";
    }
}
