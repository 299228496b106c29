package io.slakit.products.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.assertExcluded;
import static io.slakit.products.database.DbTesting.assertOutage;

class DbsTest {

    // 1.3: only failures over 5 minutes count; the text's example: 6m01s counts 7 minutes.
    @ParameterizedTest
    @CsvSource({"300, 0", "301, 6", "361, 7"})
    void fiveMinuteThresholdAndTheTextsExample(long seconds, String minutes) {
        assertOutage("dbs", null, APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // 99.95%: 10% below 99.95, 25% below 99, 50% below 95 (April 21.6/432/2160 min, May 22.32/446.4/2232).
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 50",
            "2024-05, 22, 0", "2024-05, 23, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 50",
    })
    void tierEdges(YearMonth month, long minutes, String percent) {
        assertOutage("dbs", null, month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // 4.5 the customer's destination storage full: 20 of 50 minutes excluded, 30 remain (over the 21.6 allowed).
    @Test
    void exclusionRemovesTime() {
        assertExcluded("dbs", null, APRIL, Duration.ofMinutes(50), Duration.ofMinutes(20), "target-storage-fault", "30");
    }
}
