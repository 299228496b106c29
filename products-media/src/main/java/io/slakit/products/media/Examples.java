package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;

import java.time.Duration;
import java.time.Instant;

/** Resources for the texts' worked examples. */
final class Examples {
    /** 2024-04-05 10:00 Beijing time. */
    private static final Instant APRIL_FIFTH_TEN = Instant.parse("2024-04-05T02:00:00Z");

    private Examples() {
    }

    /** One outage of {@code length} starting 2024-04-05 10:00 Beijing time. */
    static ResourceMonth oneOutage(Duration length) {
        return ResourceMonth.builder("res-example", Money.of("100.00", "CNY"))
                .incident(Incident.of(APRIL_FIFTH_TEN, APRIL_FIFTH_TEN.plus(length)))
                .build();
    }

    /** {@code count} consecutive 5-minute windows from 2024-04-05 10:00 Beijing time, each with {@code failed} of {@code total} failed. */
    static ResourceMonth fiveMinuteWindows(int count, long total, long failed) {
        return windows("res-example", "100.00", APRIL_FIFTH_TEN, Duration.ofMinutes(5), count, total, failed);
    }

    /** {@code count} consecutive minutes from 2024-04-05 10:00 Beijing time, each with {@code failed} of {@code total} failed (fee 100 CNY). */
    static ResourceMonth oneMinuteWindows(int count, long total, long failed) {
        return windows("app-example", "100.00", APRIL_FIFTH_TEN, Duration.ofMinutes(1), count, total, failed);
    }

    /** Six 5-minute windows, 10:00 to 10:30 Beijing time on 2019-03-12, each with 98 of 100 attempts succeeding (fee 1000 CNY). */
    static ResourceMonth halfHourAtNinetyEightPercent() {
        return windows("app-example", "1000.00", Instant.parse("2019-03-12T02:00:00Z"), Duration.ofMinutes(5), 6, 100, 2);
    }

    private static ResourceMonth windows(String id, String fee, Instant start, Duration window, int count, long total, long failed) {
        ResourceMonth.Builder builder = ResourceMonth.builder(id, Money.of(fee, "CNY"));
        for (int i = 0; i < count; i++) {
            builder.window(WindowSample.of(start.plus(window.multipliedBy(i)), total, failed));
        }
        return builder.build();
    }
}
