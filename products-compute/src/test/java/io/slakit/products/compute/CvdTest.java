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

class CvdTest {

    /**
     * 99 %: April allows 432 min, May 446.4; 97 % at 1296 / 1339.2; 95 % at 2160 / 2232.
     * Tiers [97, 99) 5 %, [95, 97) 10 %, [0, 95) 20 % of 1000.00.
     */
    @ParameterizedTest(name = "{0}: {1} min -> {2}")
    @CsvSource({
        "2024-04, 432, 0.00", "2024-04, 433, 50.00", "2024-04, 1296, 50.00", "2024-04, 1297, 100.00",
        "2024-04, 2160, 100.00", "2024-04, 2161, 200.00",
        "2024-05, 446, 0.00", "2024-05, 447, 50.00", "2024-05, 1339, 50.00", "2024-05, 1340, 100.00",
        "2024-05, 2232, 100.00", "2024-05, 2233, 200.00",
    })
    void tierEdges(String month, long minutes, String credit) {
        assertAmount(credit, evaluateOne("cvd", YearMonth.parse(month), downMinutes(YearMonth.parse(month), minutes)).credit());
    }

    @Test
    void fiveMinuteThresholdRoundsUp() {
        assertDecimal("0", metric("cvd", APRIL, down(APRIL, Duration.ofMinutes(5)), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("6", metric("cvd", APRIL, down(APRIL, Duration.ofSeconds(301)), "availability").unavailableMinutes().orElseThrow());
    }

    @Test
    void terminalNetworkTimeIsNotDowntime() {
        // 500 minutes out, 100 blamed on the customer's terminal network (4.3): 400 counted, 99.07 % -> met.
        var m = metric("cvd", APRIL, downWithExcluded(APRIL, Duration.ofMinutes(400), Duration.ofMinutes(100), "customer-terminal-network"), "availability");
        assertDecimal("400", m.unavailableMinutes().orElseThrow());
        assertAmount("0.00", m.credit());
    }
}
