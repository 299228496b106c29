package io.slakit.products.database;

import io.slakit.api.InvalidInputException;
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
import static io.slakit.products.database.DbTesting.down;
import static io.slakit.products.database.DbTesting.evaluate;
import static io.slakit.products.database.DbTesting.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CdbTest {

    @Test
    void sixDeploymentsThreeTables() {
        SlaDefinition d = load("cdb");
        assertEquals(LocalDate.of(2025, 6, 27), d.provenance().effective());
        assertEquals(6, d.editions().size());
        assertThrows(InvalidInputException.class, () -> evaluate("cdb", null, APRIL, down(APRIL, Duration.ofMinutes(5))));
    }

    // Per edition, the last whole minute within the allowance and the first beyond it, April (43,200 min) and May (44,640):
    // 99.99% allows 4.32 / 4.464; 99.97% 12.96 / 13.392; 99.95% 21.6 / 22.32.
    @ParameterizedTest
    @CsvSource({
            "three-node-multi-az, 2024-04, 4, 0", "three-node-multi-az, 2024-04, 5, 15",
            "three-node-multi-az, 2024-05, 4, 0", "three-node-multi-az, 2024-05, 5, 15",
            "two-node-multi-az, 2024-04, 12, 0", "two-node-multi-az, 2024-04, 13, 15",
            "two-node-multi-az, 2024-05, 13, 0", "two-node-multi-az, 2024-05, 14, 15",
            "three-node-single-az, 2024-04, 12, 0", "three-node-single-az, 2024-04, 13, 15",
            "three-node-single-az, 2024-05, 13, 0", "three-node-single-az, 2024-05, 14, 15",
            "two-node-single-az, 2024-04, 21, 0", "two-node-single-az, 2024-04, 22, 15",
            "two-node-single-az, 2024-05, 22, 0", "two-node-single-az, 2024-05, 23, 15",
            "cloud-disk, 2024-04, 21, 0", "cloud-disk, 2024-04, 22, 15",
            "cloud-disk, 2024-05, 22, 0", "cloud-disk, 2024-05, 23, 15",
            "ro-analysis-engine, 2024-04, 21, 0", "ro-analysis-engine, 2024-04, 22, 15",
            "ro-analysis-engine, 2024-05, 22, 0", "ro-analysis-engine, 2024-05, 23, 15",
    })
    void commitmentByArchitecture(String edition, YearMonth month, long minutes, String percent) {
        assertOutage("cdb", edition, month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // The lower bands are the same in every table: exactly 99% (432 / 446.4 -> 446) pays 15, below 30; exactly 95% 30, below 100.
    @ParameterizedTest
    @CsvSource({
            "three-node-multi-az, 2024-04, 432, 15", "three-node-multi-az, 2024-04, 433, 30",
            "two-node-multi-az, 2024-04, 2160, 30", "two-node-multi-az, 2024-04, 2161, 100",
            "two-node-single-az, 2024-05, 446, 15", "two-node-single-az, 2024-05, 447, 30",
            "cloud-disk, 2024-05, 2232, 30", "cloud-disk, 2024-05, 2233, 100",
    })
    void lowerBands(String edition, YearMonth month, long minutes, String percent) {
        assertOutage("cdb", edition, month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertOutage("cdb", "three-node-multi-az", APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // 5.4: 20 of 25 minutes were the customer's own restart: 5 remain, over the 4.32 allowed: 15%.
    @Test
    void customerOperationIsExcluded() {
        assertExcluded("cdb", "three-node-multi-az", APRIL, Duration.ofMinutes(25), Duration.ofMinutes(20), "customer-operation", "5");
    }
}
