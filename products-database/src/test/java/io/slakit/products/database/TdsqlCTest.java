package io.slakit.products.database;

import io.slakit.api.MetricResult;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class TdsqlCTest {

    @Test
    void effectiveDateAndEditions() {
        SlaDefinition d = load("tdsql-c");
        assertEquals(LocalDate.of(2025, 6, 27), d.provenance().effective());
        assertEquals(2, d.editions().size());
        assertEquals(14, d.exclusions().size()); // section 4 and 5.1-5.13
    }

    // Reading chosen for "持续1分钟及以上" vs "不超过1分钟的，不计入": exactly 1 minute is ignored.
    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2", "179, 3"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertOutage("tdsql-c", "instance", APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // instance 99.99%: April 4.32 / May 4.464 allowed.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 4, 0", "2024-04, 5, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 4, 0", "2024-05, 5, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100",
    })
    void instanceEdges(YearMonth month, long minutes, String percent) {
        assertOutage("tdsql-c", "instance", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // analysis engine 99.95%: April 21.6 / May 22.32 allowed.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 22, 0", "2024-05, 23, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100",
    })
    void analysisEngineEdges(YearMonth month, long minutes, String percent) {
        assertOutage("tdsql-c", "analysis-engine", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // The same 10 minutes: 99.977% misses the instance's 99.99% (15%) but meets the analysis engine's 99.95%.
    @Test
    void theEditionPicksTheTable() {
        assertOutage("tdsql-c", "instance", APRIL, Duration.ofMinutes(10), "10", "15");
        assertOutage("tdsql-c", "analysis-engine", APRIL, Duration.ofMinutes(10), "10", "0");
    }

    // 5.11: routine maintenance; 4: free use. Each removes the time marked.
    @Test
    void exclusionsRemoveTime() {
        MetricResult r = assertExcluded("tdsql-c", "instance", APRIL, Duration.ofMinutes(10), Duration.ofMinutes(7), "routine-maintenance", "3");
        assertTrue(r.met()); // 3 <= 4.32
        assertExcluded("tdsql-c", "instance", APRIL, Duration.ofMinutes(10), Duration.ofMinutes(10), "trial-or-free-use", "0");
    }
}
