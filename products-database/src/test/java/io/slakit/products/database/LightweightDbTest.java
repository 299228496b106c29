package io.slakit.products.database;

import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.assertExcluded;
import static io.slakit.products.database.DbTesting.assertOutage;
import static io.slakit.products.database.DbTesting.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LightweightDbTest {

    @Test
    void provenance() {
        SlaDefinition d = load("lightweight-db");
        assertEquals(8694, d.provenance().titleLine().line());
        assertEquals(LocalDate.of(2025, 6, 27), d.provenance().effective());
    }

    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertOutage("lightweight-db", null, APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // 99.99%: April 4.32 / May 4.464 allowed; 99% = 432 / 446.4; 95% = 2160 / 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 4, 0", "2024-04, 5, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 4, 0", "2024-05, 5, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100",
    })
    void tierEdges(YearMonth month, long minutes, String percent) {
        assertOutage("lightweight-db", null, month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // 5.11: routine maintenance under the service agreement is not downtime; 3 of 10 minutes remain.
    @Test
    void routineMaintenanceIsExcluded() {
        assertExcluded("lightweight-db", null, APRIL, Duration.ofMinutes(10), Duration.ofMinutes(7), "routine-maintenance", "3");
    }
}
