package io.slakit.products.storage;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.storage.StorageFixtures.*;

/** Enterprise drive (6877): the service, 99.9% with 10/20/50% down to 95%. */
class EnterpriseDriveTest extends FailedMinute95Contract {
    @Override
    String product() {
        return "enterprise-drive";
    }

    @Test
    void arrearsSuspensionDoesNotCount() {
        // 4.9 (6980): 2,161 failed minutes while suspended for arrears: none count (without the clause: 50%).
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, Duration.ofMinutes(1), 2161, 60, 60)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(2161)), "agreement-breach-suspension"))
                .build();
        assertMinutes(metric(run(APRIL, r)), "0");
        assertCredit(run(APRIL, r), "0");
    }
}
