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
import static io.slakit.products.database.DbTesting.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The terms Tendis and KeeWiDB share word for word (KvStoreTerms): each product's test names
 * itself and the line its title stands on.
 */
abstract class KvStoreContract {
    /** The product under test. */
    abstract String product();

    /** The line of its title in seed 002. */
    abstract int titleLine();


    @Test
    void provenanceAndEditions() {
        SlaDefinition d = load(product());
        assertEquals(titleLine(), d.provenance().titleLine().line());
        assertEquals(2, d.editions().size());
        assertEquals(13, d.exclusions().size());
        // Stated as "本服务等级协议自【2025】年【07】月【28】日生效".
        assertEquals(java.time.LocalDate.of(2025, 7, 28), d.provenance().effective());
    }

    @ParameterizedTest
    @CsvSource({"single-az, 60, 0", "single-az, 61, 2", "multi-az, 60, 0", "multi-az, 61, 2"})
    void thresholdAndRounding(String edition, long seconds, String minutes) {
        assertOutage(product(), edition, APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // single-az 99.95%: 15% below 99.95 (unlike Redis' 10%), 30% below 99, 100% below 95.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 22, 0", "2024-05, 23, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100",
    })
    void singleAzEdges(YearMonth month, long minutes, String percent) {
        assertOutage(product(), "single-az", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // multi-az 99.99%: 10% in [99.95, 99.99), 30% in [99, 99.95), 100% below 99.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-04, 21, 10", "2024-04, 22, 30", "2024-04, 432, 30", "2024-04, 433, 100",
            "2024-05, 4, 0", "2024-05, 5, 10", "2024-05, 22, 10", "2024-05, 23, 30", "2024-05, 446, 30", "2024-05, 447, 100",
    })
    void multiAzEdges(YearMonth month, long minutes, String percent) {
        assertOutage(product(), "multi-az", month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // 4.6: isolation for arrears is not downtime.
    @Test
    void arrearsIsolationIsExcluded() {
        assertExcluded(product(), "multi-az", APRIL, Duration.ofMinutes(120), Duration.ofMinutes(120), "non-payment-suspension", "0");
    }
}
