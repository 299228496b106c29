package io.slakit.products.compute;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.down;
import static io.slakit.products.compute.Fixtures.downWithExcluded;
import static io.slakit.products.compute.Fixtures.metric;

class HaiTest {

    @Test
    void fiveMinuteThresholdRoundsUp() {
        assertDecimal("0", metric("hai", APRIL, down(APRIL, Duration.ofMinutes(5)), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("6", metric("hai", APRIL, down(APRIL, Duration.ofSeconds(301)), "availability").unavailableMinutes().orElseThrow());
    }

    @Test
    void customerOperationIsNotDowntime() {
        // 40 minutes out: 30 under 4.4 leave 10 provider minutes (> 5): 99.977 % -> met.
        var m = metric("hai", APRIL, downWithExcluded(APRIL, Duration.ofMinutes(10), Duration.ofMinutes(30), "customer-operation"), "availability");
        assertDecimal("10", m.unavailableMinutes().orElseThrow());
        assertAmount("0.00", m.credit());
    }
}
