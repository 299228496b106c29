package io.slakit.products.network;

import io.slakit.api.EvaluationReport;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IgtmTest {

    @ParameterizedTest(name = "{0} {1}: {2} min down -> {3}%")
    @CsvSource({
            // Advanced 99.9%: April 43.2 -> 43 met, 44 -> 10%; 99% 432 -> 10%, 433 -> 25%; 95% 2160 -> 25%, 2161 -> 50%.
            "advanced, 2024-04, 43, 0", "advanced, 2024-04, 44, 10", "advanced, 2024-04, 432, 10", "advanced, 2024-04, 433, 25",
            "advanced, 2024-04, 2160, 25", "advanced, 2024-04, 2161, 50",
            "advanced, 2024-05, 44, 0", "advanced, 2024-05, 45, 10", "advanced, 2024-05, 2232, 25", "advanced, 2024-05, 2233, 50",
            // Flagship 99.99%: April 4 met, 5 -> 10%; May 4 / 5; 99% May 446 / 447.
            "flagship, 2024-04, 4, 0", "flagship, 2024-04, 5, 10", "flagship, 2024-05, 4, 0", "flagship, 2024-05, 5, 10",
            "flagship, 2024-05, 446, 10", "flagship, 2024-05, 447, 25",
    })
    void tierEdges(String edition, String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("igtm", edition, m, Fixtures.outage(m, Duration.ofMinutes(minutes)))));
    }

    @Test
    void trialHasNoSla() {
        YearMonth april = YearMonth.of(2024, 4);
        EvaluationReport report = Fixtures.evaluate("igtm", "trial", april, ResourceMonth.builder("gtm-1", Fixtures.FEE).build());
        assertTrue(report.resources().get(0).metrics().isEmpty());
        assertEquals(0, report.totalCredit().amount().signum());
    }

    @Test
    void elevenMinutesOneSecondCountsTwelve() {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same("12", Fixtures.unavailable("igtm", "flagship", april, Fixtures.outage(april, Duration.ofSeconds(661)))));
    }
}
