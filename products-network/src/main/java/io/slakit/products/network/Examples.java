package io.slakit.products.network;

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

    /** One provider outage of {@code length} starting at {@code start}. */
    static ResourceMonth outage(String id, Instant start, Duration length) {
        return ResourceMonth.builder(id, Money.of("100.00", "CNY"))
                .incident(Incident.of(start, start.plus(length)))
                .build();
    }

    /** One provider outage of {@code length} from {@code start} during which {@code charged} of {@code total} requests were charged. */
    static ResourceMonth weightedOutage(String id, Instant start, Duration length, long charged, long total) {
        return ResourceMonth.builder(id, Money.of("100.00", "CNY"))
                .incident(Incident.of(start, start.plus(length)).weightedBy(charged, total))
                .build();
    }

    /** {@code count} consecutive windows from {@code start}, each with {@code failed} of {@code total} attempts failing. */
    static ResourceMonth windows(String id, Instant start, Duration window, int count, long total, long failed) {
        ResourceMonth.Builder builder = ResourceMonth.builder(id, Money.of("100.00", "CNY"));
        for (int i = 0; i < count; i++) {
            builder.window(WindowSample.of(start.plus(window.multipliedBy(i)), total, failed));
        }
        return builder.build();
    }
}
