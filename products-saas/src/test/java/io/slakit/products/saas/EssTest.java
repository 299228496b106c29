package io.slakit.products.saas;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EssTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // 99.9 / 99.5 / 97.0 / 95.0 -> 5 / 10 / 20 / 50 (52192-52200).
    // April: 43.2 | 216 | 1296 | 2160; May: 44.64 | 223.2 | 1339.2 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 5", "2024-04, 216, 5", "2024-04, 217, 10", "2024-04, 1296, 10", "2024-04, 1297, 20",
            "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 5", "2024-05, 223, 5", "2024-05, 224, 10", "2024-05, 1339, 10", "2024-05, 1340, 20",
            "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void tierEdges(String month, int minutes, String percent) {
        ResourceReport r = evaluate("ess", Site.CN, month(month), windows(month(month), MINUTE, minutes, 2, 2));
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void partialUseMakesTheMinuteAvailable() {
        assertMinutes(metric(evaluate("ess", Site.CN, APRIL, windows(APRIL, MINUTE, 3000, 2, 1))), "0");
    }

    @Test
    void signatureLawBreachIsExcluded() {
        Instant start = fifth(APRIL);
        ResourceMonth res = windowsBuilder(APRIL, MINUTE, 3000, 2, 2)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(3000)), "signature-law-breach")).build();
        MetricResult m = metric(evaluate("ess", Site.CN, APRIL, res));
        assertMinutes(m, "0");
        assertTrue(m.met());
    }

    @Test
    void durabilityHasNoCredit() {
        io.slakit.api.Metric durability = definition("ess", Site.CN, LocalDate.of(2025, 6, 1))
                .edition(io.slakit.api.Edition.STANDARD).orElseThrow().metric("durability").orElseThrow();
        assertFalse(durability.credit().definesCredit());
        assertTrue(durability.credit().describe().startsWith("No credit defined"));
        ResourceReport r = evaluate("ess", Site.CN, month("2023-04"), Ess.fiveDeadMinutes());
        assertMinutes(metric(r), "5");
        assertTrue(metric(r).met());
        assertCredit(r, "0");
    }
}
