package io.slakit.products.compute;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.down;
import static io.slakit.products.compute.Fixtures.downWithExcluded;
import static io.slakit.products.compute.Fixtures.metric;

class LighthouseTest {

    @Test
    void oneMinuteIsIgnoredAndOneMinuteOneSecondCountsTwo() {
        assertDecimal("0", metric("lighthouse", APRIL, down(APRIL, Duration.ofMinutes(1)), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("2", metric("lighthouse", APRIL, down(APRIL, Duration.ofSeconds(61)), "availability").unavailableMinutes().orElseThrow());
    }

    @Test
    void routineMaintenanceIsNotDowntime() {
        // 30 minutes out, 10 of them maintenance (4.9): 20 counted, 99.954 % -> met, no credit.
        var m = metric("lighthouse", APRIL, downWithExcluded(APRIL, Duration.ofMinutes(20), Duration.ofMinutes(10), "routine-maintenance"), "availability");
        assertDecimal("20", m.unavailableMinutes().orElseThrow());
        assertDecimal("10", m.excludedMinutes().get("routine-maintenance"));
        assertAmount("0.00", m.credit());
    }
}
