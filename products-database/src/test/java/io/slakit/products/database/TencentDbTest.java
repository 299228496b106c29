package io.slakit.products.database;

import io.slakit.api.EvaluationReport;
import io.slakit.api.MetricResult;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.assertOutage;
import static io.slakit.products.database.DbTesting.availability;
import static io.slakit.products.database.DbTesting.downPartlyExcluded;
import static io.slakit.products.database.DbTesting.evaluate;
import static io.slakit.products.database.DbTesting.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TencentDbTest {

    @Test
    void definitionCarriesItsProvenanceAndGeneralTerms() {
        SlaDefinition d = load("tencentdb");
        assertEquals(7694, d.provenance().titleLine().line());
        assertEquals(java.time.LocalDate.of(2023, 7, 14), d.provenance().effective());
        assertEquals(11, d.exclusions().size());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("002:10002") && n.contains("12 months")));
    }

    // 1.4 (7725-7729): at most 1 minute is ignored, 1m01s counts 2 minutes.
    @ParameterizedTest
    @CsvSource({
            "60, 0",   // exactly 1 minute: not counted
            "61, 2",   // the text's example
            "120, 2",
            "121, 3",
    })
    void thresholdAndRounding(long seconds, String minutes) {
        assertOutage("tencentdb", null, APRIL, Duration.ofSeconds(seconds), minutes, "0");
    }

    // 99.95%: April 43,200 min allows 21.6; May 44,640 allows 22.32.
    // 99%: April 432 min exactly, May 446.4. 95%: April 2,160 exactly, May 2,232 exactly.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0",    // 99.9514% met
            "2024-04, 22, 15",   // 99.9491%
            "2024-04, 432, 15",  // exactly 99%: [99, 99.95)
            "2024-04, 433, 30",
            "2024-04, 2160, 30", // exactly 95%: [95, 99)
            "2024-04, 2161, 100",
            "2024-05, 22, 0",    // 99.9507%
            "2024-05, 23, 15",   // 99.9485%
            "2024-05, 446, 15",  // 99.00090%
            "2024-05, 447, 30",  // 98.99866%
            "2024-05, 2232, 30", // exactly 95%
            "2024-05, 2233, 100",
    })
    void tierEdges(YearMonth month, long minutes, String percent) {
        assertOutage("tencentdb", null, month, Duration.ofMinutes(minutes), Long.toString(minutes), percent);
    }

    // 4.1: announced maintenance is not downtime. 60 minutes down, of which the first 40 announced: 20 minutes remain,
    // 1 - 20/43200 = 99.9537% >= 99.95%: met, no credit. Without the exclusion, 60 minutes would pay 15%.
    @Test
    void announcedMaintenanceRemovesTime() {
        EvaluationReport report = evaluate("tencentdb", null, APRIL,
                downPartlyExcluded(APRIL, Duration.ofMinutes(60), Duration.ofMinutes(40), "announced-maintenance"));
        MetricResult result = availability(report);
        assertEquals(0, BigDecimal.valueOf(20).compareTo(result.unavailableMinutes().orElseThrow()));
        assertEquals(0, BigDecimal.valueOf(40).compareTo(result.excludedMinutes().get("announced-maintenance")));
        assertTrue(result.met());
        assertTrue(report.totalCredit().isZero());
    }

    // 1.2 (7715-7719): service opened on Mar 17 -> the first service month is Mar 17-31: 15 days = 21,600 minutes;
    // 99.95% allows 10.8 minutes: 10 met, 11 -> 1 - 11/21600 = 99.9491%: 15% of the fee.
    @ParameterizedTest
    @CsvSource({"10, 0", "11, 15"})
    void partialFirstServiceMonth(long minutes, String percent) {
        YearMonth march = YearMonth.of(2024, 3);
        java.time.Instant opened = march.atDay(17).atStartOfDay(DbTesting.BEIJING).toInstant();
        java.time.Instant start = march.atDay(20).atTime(10, 0).atZone(DbTesting.BEIJING).toInstant();
        io.slakit.api.ResourceMonth r = io.slakit.api.ResourceMonth.builder("ins-1", io.slakit.api.Money.of("1000.00", "CNY"))
                .activeFrom(opened)
                .incident(io.slakit.api.Incident.of(start, start.plus(Duration.ofMinutes(minutes))))
                .build();
        EvaluationReport report = evaluate("tencentdb", null, march, r);
        MetricResult result = availability(report);
        assertEquals(0, BigDecimal.valueOf(21600).compareTo(result.totalMinutes()));
        assertEquals(0, new BigDecimal(percent).compareTo(result.creditPercent().orElse(BigDecimal.ZERO)));
    }
}
