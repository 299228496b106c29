package io.slakit.api;

import java.util.Objects;
import java.time.Instant;

/** Request counts of one measurement window (1 or 5 minutes, aligned to 00:00:00). */
public record WindowSample(Instant start, long total, long failed) {

    public WindowSample {
        Objects.requireNonNull(start, "start");
        if (total < 0) {
            throw new InvalidInputException("total", total, "is negative");
        }
        if (failed < 0) {
            throw new InvalidInputException("failed", failed, "is negative");
        }
        if (failed > total) {
            throw new InvalidInputException("failed", failed, "is greater than total \"" + total + "\"");
        }
    }

    public static WindowSample of(Instant start, long total, long failed) {
        return new WindowSample(start, total, failed);
    }

    public long succeeded() {
        return total - failed;
    }
}
