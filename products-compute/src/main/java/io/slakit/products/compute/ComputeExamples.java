package io.slakit.products.compute;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;

import java.time.Duration;
import java.time.Instant;

/** The example month the compute texts' rounding examples describe. */
final class ComputeExamples {
    private ComputeExamples() {
    }

    /** One outage of {@code length} on 5 April 2024, 10:00 Beijing time, on a resource paying 100.00 CNY. */
    static ResourceMonth oneOutage(String resourceId, Duration length) {
        Instant start = Instant.parse("2024-04-05T02:00:00Z");
        return ResourceMonth.builder(resourceId, Money.of("100.00", "CNY"))
                .incident(Incident.of(start, start.plus(length)))
                .build();
    }
}
