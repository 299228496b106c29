package io.slakit.products.network;

import io.slakit.api.EvaluationReport;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CcnTest {

    @ParameterizedTest(name = "{0} {1}: {2} lost minutes -> {3}%")
    @CsvSource({
            // Platinum 99.99%: April 4.32 -> 4 met, 5 -> 15%; 99.95% 21.6 -> 21 15%, 22 30%; 99.50% 216 exactly -> 30%, 217 -> 100%.
            "platinum, 2024-04, 4, 0", "platinum, 2024-04, 5, 15", "platinum, 2024-04, 21, 15", "platinum, 2024-04, 22, 30",
            "platinum, 2024-04, 216, 30", "platinum, 2024-04, 217, 100",
            "platinum, 2024-05, 4, 0", "platinum, 2024-05, 5, 15", "platinum, 2024-05, 223, 30", "platinum, 2024-05, 224, 100",
            // Gold 99.95%: April 21 met, 22 -> 15%; 99.50% 216 -> 15%, 217 -> 30%; 99.00% 432 -> 30%, 433 -> 100%.
            "gold, 2024-04, 21, 0", "gold, 2024-04, 22, 15", "gold, 2024-04, 216, 15", "gold, 2024-04, 217, 30",
            "gold, 2024-04, 432, 30", "gold, 2024-04, 433, 100", "gold, 2024-05, 22, 0", "gold, 2024-05, 23, 15",
            // Silver 99.50%: April 216 met, 217 -> 15%; 99.00% 432 -> 15%, 433 -> 30%; 95.00% 2160 -> 30%, 2161 -> 100%.
            "silver, 2024-04, 216, 0", "silver, 2024-04, 217, 15", "silver, 2024-04, 432, 15", "silver, 2024-04, 433, 30",
            "silver, 2024-04, 2160, 30", "silver, 2024-04, 2161, 100", "silver, 2024-05, 2232, 30", "silver, 2024-05, 2233, 100",
    })
    void tierEdges(String edition, String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("ccn", edition, m, Fixtures.lostMinutes(m, minutes))));
    }

    @Test
    void onlyTheFailedRegionPairsFeeIsCredited() {
        // 3.1 note (11724-11726): in May, Shanghai-Beijing misses Gold, Shanghai-Guangzhou meets it; the credit is the
        // Shanghai-Beijing fee x the ratio. 30 lost minutes in May (44640): 99.9328% -> [99.50, 99.95) 15% of 600.00 = 90.00.
        YearMonth may = YearMonth.of(2024, 5);
        Instant start = Fixtures.fifth(may);
        ResourceMonth.Builder beijing = ResourceMonth.builder("ccn-1:shanghai-beijing", Money.of("600.00", "CNY"));
        for (int i = 0; i < 30; i++) {
            beijing.window(WindowSample.of(start.plus(Duration.ofMinutes(i)), 60, 60));
        }
        ResourceMonth guangzhou = ResourceMonth.builder("ccn-1:shanghai-guangzhou", Money.of("400.00", "CNY"))
                .window(WindowSample.of(start, 60, 60))
                .build();
        EvaluationReport report = Fixtures.evaluate("ccn", "gold", may, beijing.build(), guangzhou);
        assertEquals("90.00", report.resource("ccn-1:shanghai-beijing").orElseThrow().credit().amount().toPlainString());
        assertEquals(0, report.resource("ccn-1:shanghai-guangzhou").orElseThrow().credit().amount().signum());
        assertEquals("90.00", report.totalCredit().amount().toPlainString());
    }
}
