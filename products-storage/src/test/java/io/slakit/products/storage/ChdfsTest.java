package io.slakit.products.storage;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.storage.StorageFixtures.*;

/** CHDFS (6428): per file system, 99.9% with 10/20/50% down to 98%; minutes with an upstream service down are not counted. */
class ChdfsTest extends FailedMinute98Contract {
    @Override
    String product() {
        return "chdfs";
    }

    @Test
    void minutesWithAnUpstreamServiceDownAreNotCounted() {
        // 1.5 (6459): 50 failed minutes, 45 of them while the authentication service was down: 5 count.
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, Duration.ofMinutes(1), 50, 60, 60)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(45)), "upstream-service-down"))
                .build();
        assertMinutes(metric(run(APRIL, r)), "5");
        assertCredit(run(APRIL, r), "0");
    }
}
