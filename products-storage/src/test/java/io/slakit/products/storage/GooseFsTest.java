package io.slakit.products.storage;

import io.slakit.api.Edition;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.slakit.products.storage.StorageFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GooseFS (6715): per cluster, 99.9% with 10/20/50% down to 95%, in its two editions. */
class GooseFsTest {

    @Test
    void twoEditions() {
        assertEquals(List.of("self-built", "managed"),
                definition("goosefs", Site.CN, LocalDate.of(2024, 11, 1)).editions().stream().map(Edition::id).toList());
    }

    @Nested
    class SelfBuilt extends FailedMinute95Contract {
        @Override
        String product() {
            return "goosefs";
        }

        @Override
        String edition() {
            return "self-built";
        }

        @Test
        void minutesWithNodesDownAreNotCounted() {
            // 1.5 (6748): 60 failed minutes, 30 while a machine node was down: 30 count.
            Instant start = fifth(APRIL);
            ResourceMonth r = windowsBuilder(APRIL, Duration.ofMinutes(1), 60, 60, 60)
                    .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(30)), "upstream-or-node-fault"))
                    .build();
            assertMinutes(metric(run(APRIL, r)), "30");
        }
    }

    @Nested
    class Managed extends FailedMinute95Contract {
        @Override
        String product() {
            return "goosefs";
        }

        @Override
        String edition() {
            return "managed";
        }
    }
}
