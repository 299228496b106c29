package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;

import java.time.Duration;
import java.time.Instant;

/** Resources for the texts' worked examples. */
final class Examples {
    private Examples() {
    }

    /** One outage of {@code length} starting 2024-04-05 10:00 Beijing time. */
    static ResourceMonth oneOutage(Duration length) {
        Instant start = Instant.parse("2024-04-05T02:00:00Z");
        return ResourceMonth.builder("res-example", Money.of("100.00", "CNY"))
                .incident(Incident.of(start, start.plus(length)))
                .build();
    }

    /** {@code count} consecutive 5-minute windows from 2024-04-05 10:00 Beijing time, each with {@code failed} of {@code total} failed. */
    static ResourceMonth fiveMinuteWindows(int count, long total, long failed) {
        ResourceMonth.Builder builder = ResourceMonth.builder("res-example", Money.of("100.00", "CNY"));
        Instant start = Instant.parse("2024-04-05T02:00:00Z");
        for (int i = 0; i < count; i++) {
            builder.window(WindowSample.of(start.plus(Duration.ofMinutes(5L * i)), total, failed));
        }
        return builder.build();
    }
}
