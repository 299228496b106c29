package io.slakit.cli;

import java.time.Clock;

/**
 * The clock reports read "now" from (the HTML report's generation time and the day its claim
 * window's state is given for). The system clock, except in tests, which fix it.
 */
final class ReportClock {
    private static volatile Clock clock = Clock.systemUTC();

    private ReportClock() {
    }

    static Clock get() {
        return clock;
    }

    /** Sets the clock (tests); returns the one it replaces, to put back. */
    static Clock set(Clock replacement) {
        Clock previous = clock;
        clock = java.util.Objects.requireNonNull(replacement, "clock");
        return previous;
    }
}
