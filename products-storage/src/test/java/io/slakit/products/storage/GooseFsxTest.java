package io.slakit.products.storage;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.storage.StorageFixtures.*;

/** GooseFSx (6576): per instance, 99.9% with 10/20/50% down to 98%; the COS-style clauses with 7 days' notice. */
class GooseFsxTest extends FailedMinute98Contract {
    @Override
    String product() {
        return "goosefsx";
    }

    @Test
    void forceMajeureMinutesDoNotCount() {
        // 4.5 (6680): 100 failed minutes, all during force majeure: none count.
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, Duration.ofMinutes(1), 100, 60, 60)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(100)), "force-majeure"))
                .build();
        assertMinutes(metric(run(APRIL, r)), "0");
    }
}
