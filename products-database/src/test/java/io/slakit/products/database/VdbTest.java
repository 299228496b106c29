package io.slakit.products.database;

import io.slakit.api.InvalidInputException;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.assertExcluded;
import static io.slakit.products.database.DbTesting.assertOutage;
import static io.slakit.products.database.DbTesting.down;
import static io.slakit.products.database.DbTesting.evaluate;
import static io.slakit.products.database.DbTesting.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VdbTest {

    @Test
    void twoEditionsByZoneCount() {
        SlaDefinition d = load("vdb");
        assertEquals(2, d.editions().size());
        assertEquals("99.99", d.edition("three-az").orElseThrow().metrics().get(0).commitment().value().toPlainString());
        assertEquals("99.97", d.edition("two-az").orElseThrow().metrics().get(0).commitment().value().toPlainString());
    }

    @Test
    void theEditionMustBeChosen() {
        assertThrows(InvalidInputException.class, () -> evaluate("vdb", null, APRIL, down(APRIL, Duration.ofMinutes(5))));
    }

    // 1.4 (7883-7887): at most 1 minute ignored, 1m01s -> 2.
    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertOutage("vdb", "three-az", APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // three-az 99.99%: April allows 4.32 min, May 4.464. 99% = 432 / 446.4 min; 95% = 2160 / 2232 min.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 4, 0", "2024-04, 5, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 4, 0", "2024-05, 5, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100",
    })
    void threeAzEdges(YearMonth month, long minutes, String percent) {
        assertOutage("vdb", "three-az", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // two-az 99.97%: April allows 12.96 min (12 met, 13 not), May 13.392 (13 met, 14 not); lower bands as three-az.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 12, 0", "2024-04, 13, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2161, 100",
            "2024-05, 13, 0", "2024-05, 14, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2233, 100",
    })
    void twoAzEdges(YearMonth month, long minutes, String percent) {
        assertOutage("vdb", "two-az", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // 4.4: 30 minutes of overload time removed from a 35-minute outage leaves 5: 1 - 5/43200 = 99.98843% < 99.99%: 15%.
    @Test
    void overloadTimeIsExcluded() {
        assertExcluded("vdb", "three-az", APRIL, Duration.ofMinutes(35), Duration.ofMinutes(30), "performance-overload", "5");
        assertOutage("vdb", "three-az", APRIL, Duration.ofMinutes(5), "5", "15");
    }
}
