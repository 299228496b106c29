package io.slakit.products.compute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.down;
import static io.slakit.products.compute.Fixtures.downMinutes;
import static io.slakit.products.compute.Fixtures.downWithExcluded;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.metric;

class HaiTest {

    /** 99.95 %: April allows 21.6 min, May 22.32; 99 % at 432 / 446.4; 95 % at 2160 / 2232. 10 / 25 / 100 % of 1000.00. */
    @ParameterizedTest(name = "{0}: {1} min -> {2}")
    @CsvSource({
        "2024-04, 21, 0.00", "2024-04, 22, 100.00", "2024-04, 432, 100.00", "2024-04, 433, 250.00",
        "2024-04, 2160, 250.00", "2024-04, 2161, 1000.00",
        "2024-05, 22, 0.00", "2024-05, 23, 100.00", "2024-05, 446, 100.00", "2024-05, 447, 250.00",
        "2024-05, 2232, 250.00", "2024-05, 2233, 1000.00",
    })
    void tierEdges(String month, long minutes, String credit) {
        assertAmount(credit, evaluateOne("hai", YearMonth.parse(month), downMinutes(YearMonth.parse(month), minutes)).credit());
    }

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
