package io.slakit.products.network;

import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivateLinkTest {

    @ParameterizedTest(name = "{0}: {1} failed 5-minute blocks -> {2}%")
    @CsvSource({
            // 99.95%: April allows 21.6 -> 4 blocks (20) met, 5 (25) 10%. May 22.32 -> same.
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-05, 4, 0", "2024-05, 5, 10",
            // 99%: April 432 -> 86 blocks (430) 10%, 87 (435) 25%. May 446.4 -> 89 (445) / 90 (450).
            "2024-04, 86, 10", "2024-04, 87, 25", "2024-05, 89, 10", "2024-05, 90, 25",
            // 95%: April 2160 = 432 blocks exactly -> 25%, 433 -> 100%. May 2232 -> 446 (2230) / 447 (2235).
            "2024-04, 432, 25", "2024-04, 433, 100", "2024-05, 446, 25", "2024-05, 447, 100",
    })
    void tierEdges(String month, int blocks, String credit) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth r = Fixtures.windows(m, Duration.ofMinutes(5), blocks, 100, 100).build();
        assertTrue(Fixtures.same(Integer.toString(blocks * 5), Fixtures.unavailable("privatelink", null, m, r)));
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("privatelink", null, m, r)));
    }

    @Test
    void aBlockWithAnySuccessIsUp() {
        YearMonth april = YearMonth.of(2024, 4);
        ResourceMonth r = Fixtures.windows(april, Duration.ofMinutes(5), 3, 100, 99).build();
        assertTrue(Fixtures.same("0", Fixtures.unavailable("privatelink", null, april, r)));
    }
}
