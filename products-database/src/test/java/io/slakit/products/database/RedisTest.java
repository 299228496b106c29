package io.slakit.products.database;

import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.assertExcluded;
import static io.slakit.products.database.DbTesting.assertOutage;
import static io.slakit.products.database.DbTesting.assertOutagePercent;
import static io.slakit.products.database.DbTesting.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RedisTest {

    @Test
    void threeLevels() {
        SlaDefinition d = load("redis");
        assertEquals(3, d.editions().size());
        assertEquals("99.999", d.edition("global-replication").orElseThrow().metrics().get(0).commitment().value().toPlainString());
    }

    // single-az and multi-az: at most 1 minute ignored, 1m01s -> 2.
    @ParameterizedTest
    @CsvSource({"single-az, 60, 0", "single-az, 61, 2", "multi-az, 60, 0", "multi-az, 61, 2"})
    void thresholdAndRounding(String edition, long seconds, String minutes) {
        assertOutage("redis", edition, APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // single-az 99.95%: 10% below 99.95, 30% below 99, 100% below 95 (April 21.6/432/2160 min, May 22.32/446.4/2232).
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-04, 432, 10", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 22, 0", "2024-05, 23, 10", "2024-05, 446, 10", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100",
    })
    void singleAzEdges(YearMonth month, long minutes, String percent) {
        assertOutage("redis", "single-az", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // multi-az 99.99%: 10% in [99.95, 99.99), 30% in [99, 99.95), 100% below 99.
    // April: 4.32 / 21.6 / 432 min; May: 4.464 / 22.32 / 446.4.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-04, 21, 10", "2024-04, 22, 30", "2024-04, 432, 30", "2024-04, 433, 100",
            "2024-05, 4, 0", "2024-05, 5, 10", "2024-05, 22, 10", "2024-05, 23, 30", "2024-05, 446, 30", "2024-05, 447, 100",
    })
    void multiAzEdges(YearMonth month, long minutes, String percent) {
        assertOutage("redis", "multi-az", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // global-replication 99.999%, exact durations: April allows 0.432 min = 25.92 s; 99.99% = 259.2 s; 99.95% = 1296 s exactly.
    // May allows 0.4464 min = 26.784 s; 99.99% = 267.84 s; 99.95% = 1339.2 s.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 25, 0", "2024-04, 26, 10", "2024-04, 259, 10", "2024-04, 260, 30", "2024-04, 1296, 30", "2024-04, 1297, 100",
            "2024-05, 26, 0", "2024-05, 27, 10", "2024-05, 267, 10", "2024-05, 268, 30", "2024-05, 1339, 30", "2024-05, 1340, 100",
    })
    void globalReplicationEdgesInSeconds(YearMonth month, long seconds, String percent) {
        assertOutagePercent("redis", "global-replication", month, Duration.ofSeconds(seconds), percent);
    }

    // Exact counting: 30 s is 0.5 minutes (no 1-minute threshold), 61 s is 61/60 (no rounding up); 1296 s is 21.6 minutes.
    @Test
    void globalReplicationCountsExactDurations() {
        assertOutage("redis", "global-replication", APRIL, Duration.ofSeconds(30), "0.5", "10");
        assertOutage("redis", "global-replication", APRIL, Duration.ofSeconds(1296), "21.6", "30");
    }

    // 4.5: use beyond the specification. 10 of 12 minutes excluded: 2 remain, within single-az's 21.6.
    @Test
    void specExceededIsExcluded() {
        assertExcluded("redis", "single-az", APRIL, Duration.ofMinutes(12), Duration.ofMinutes(10), "spec-exceeded", "2");
    }
}
