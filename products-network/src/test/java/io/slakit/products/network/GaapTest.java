package io.slakit.products.network;

import io.slakit.api.EvaluationReport;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaapTest {

    @ParameterizedTest(name = "{0}: {1} lost minutes -> {2}%")
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-05, 22, 0", "2024-05, 23, 10",
            "2024-04, 432, 10", "2024-04, 433, 25", "2024-05, 446, 10", "2024-05, 447, 25",
            "2024-04, 2160, 25", "2024-04, 2161, 100", "2024-05, 2232, 25", "2024-05, 2233, 100",
    })
    void matrixPairTierEdges(String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("gaap", "matrix", m, Fixtures.lostMinutes(m, minutes))));
    }

    @Test
    void aPairWithAnOtherRegionHasNoSla() {
        YearMonth april = YearMonth.of(2024, 4);
        EvaluationReport report = Fixtures.evaluate("gaap", "other", april, ResourceMonth.builder("link-1", Fixtures.FEE).build());
        assertTrue(report.resources().get(0).metrics().isEmpty());
        assertEquals(0, report.totalCredit().amount().signum());
    }
}
