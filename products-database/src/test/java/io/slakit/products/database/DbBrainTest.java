package io.slakit.products.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.assertExcluded;
import static io.slakit.products.database.DbTesting.assertOutage;

class DbBrainTest {

    // 1.3: only failures over 5 minutes count; the text's example: 6m01s counts 7 minutes.
    @ParameterizedTest
    @CsvSource({"300, 0", "301, 6", "361, 7"})
    void fiveMinuteThresholdAndTheTextsExample(long seconds, String minutes) {
        assertOutage("dbbrain", null, APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // 99.95%: 15% below 99.95, 30% below 99, 100% below 95 (April 21.6/432/2160 min, May 22.32/446.4/2232).
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 22, 0", "2024-05, 23, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100",
    })
    void tierEdges(YearMonth month, long minutes, String percent) {
        assertOutage("dbbrain", null, month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // 4.6 the customer's application attacked: 20 of 50 minutes excluded, 30 remain (over the 21.6 allowed).
    @Test
    void exclusionRemovesTime() {
        assertExcluded("dbbrain", null, APRIL, Duration.ofMinutes(50), Duration.ofMinutes(20), "customer-app-attacked", "30");
    }
}
