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

class TemTest {

    /** 99.9 %: April allows 43.2 min, May 44.64; 99 % at 432 / 446.4; 95 % at 2160 / 2232. 10 / 25 / 100 % of 1000.00. */
    @ParameterizedTest(name = "{0}: {1} min -> {2}")
    @CsvSource({
        "2024-04, 43, 0.00", "2024-04, 44, 100.00", "2024-04, 432, 100.00", "2024-04, 433, 250.00",
        "2024-04, 2160, 250.00", "2024-04, 2161, 1000.00",
        "2024-05, 44, 0.00", "2024-05, 45, 100.00", "2024-05, 446, 100.00", "2024-05, 447, 250.00",
        "2024-05, 2232, 250.00", "2024-05, 2233, 1000.00",
    })
    void tierEdges(String month, long minutes, String credit) {
        assertAmount(credit, evaluateOne("tem", YearMonth.parse(month), downMinutes(YearMonth.parse(month), minutes)).credit());
    }

    @Test
    void underThreeMinutesIsIgnoredExactlyThreeCounts() {
        // "如果低于3分钟，则不计入": 2m59s -> 0; 3m00s -> 3; 3m01s rounds up to 4 (the chosen rounding).
        assertDecimal("0", metric("tem", APRIL, down(APRIL, Duration.ofSeconds(179)), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("3", metric("tem", APRIL, down(APRIL, Duration.ofMinutes(3)), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("4", metric("tem", APRIL, down(APRIL, Duration.ofSeconds(181)), "availability").unavailableMinutes().orElseThrow());
    }

    @Test
    void customerBusinessFaultIsNotDowntime() {
        // 100 minutes of abnormal instances, 80 from the customer's own business fault (4.2): 20 counted -> met.
        var m = metric("tem", APRIL, downWithExcluded(APRIL, Duration.ofMinutes(20), Duration.ofMinutes(80), "customer-business-fault"), "availability");
        assertDecimal("20", m.unavailableMinutes().orElseThrow());
        assertAmount("0.00", m.credit());
    }
}
