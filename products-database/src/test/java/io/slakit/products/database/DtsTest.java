package io.slakit.products.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.assertExcluded;
import static io.slakit.products.database.DbTesting.assertOutage;

class DtsTest {

    // 1.3: failures of 5 minutes or less are ignored; longer ones count whole, rounded up (reading chosen, see notes).
    @ParameterizedTest
    @CsvSource({"300, 0", "301, 6", "361, 7", "360, 6"})
    void fiveMinuteThreshold(long seconds, String minutes) {
        assertOutage("dts", null, APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // 99.95%; 10% below 99.95, 25% below 99, 50% below 95.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 50",
            "2024-05, 22, 0", "2024-05, 23, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 50",
    })
    void tierEdges(YearMonth month, long minutes, String percent) {
        assertOutage("dts", null, month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // 4.6: the customer's source database was down for 25 of 30 failed minutes: 5 remain, which the 5-minute threshold ignores.
    @Test
    void sourceDatabaseFaultIsExcluded() {
        assertExcluded("dts", null, APRIL, Duration.ofMinutes(30), Duration.ofMinutes(25), "source-database-fault", "0");
        assertExcluded("dts", null, APRIL, Duration.ofMinutes(40), Duration.ofMinutes(10), "target-database-fault", "30");
    }
}
