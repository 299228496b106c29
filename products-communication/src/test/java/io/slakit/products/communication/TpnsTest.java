package io.slakit.products.communication;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.communication.CommunicationFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TPNS basic edition: a minute is down when every push attempt failed; 99.9 committed; 10/20/50 % vouchers. */
class TpnsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // April (43,200): 99.9% allows 43.2, 99% 432, 98% 864 -> 43|44, 432|433, 864|865.
    // May (44,640): 44.64, 446.4, 892.8 -> 44|45, 446|447, 892|893.
    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}%")
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 864, 20", "2024-04, 865, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 892, 20", "2024-05, 893, 50"})
    void tierEdges(String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate("tpns", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 20, 20));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    @Test
    void exactBoundsInAThirtyDayMonth() {
        // 432 of 43,200 is exactly 99% -> [99, 99.9) pays 10; 864 is exactly 98% -> [98, 99) pays 20.
        assertCredit(evaluate("tpns", Site.CN, APRIL, windows(APRIL, MINUTE, 432, 5, 5)), "10");
        assertCredit(evaluate("tpns", Site.CN, APRIL, windows(APRIL, MINUTE, 864, 5, 5)), "20");
    }

    @Test
    void oneSuccessfulAttemptMakesTheMinuteAvailable() {
        ResourceReport r = evaluate("tpns", Site.CN, APRIL, windows(APRIL, MINUTE, 2000, 100, 99));
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    @Test
    void aMinuteWithoutAttemptsIsNotDown() {
        ResourceReport r = evaluate("tpns", Site.CN, APRIL, windows(APRIL, MINUTE, 2000, 0, 0));
        assertMinutes(metric(r), "0");
    }

    @ParameterizedTest
    @CsvSource({"announced-maintenance", "capacity-exceeded", "outside-domestic-paid-scope", "third-party-network"})
    void anExcludedSpanCountsNothing(String clause) {
        Instant start = fifth(MAY);
        ResourceMonth r = windowsBuilder(MAY, MINUTE, 900, 10, 10)
                .incident(Incident.excluded(start, start.plus(MINUTE.multipliedBy(900)), clause)).build();
        ResourceReport report = evaluate("tpns", Site.CN, MAY, r);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
        assertCredit(evaluate("tpns", Site.CN, MAY, windows(MAY, MINUTE, 900, 10, 10)), "50");
    }

    @Test
    void scopeIsDomesticPaidOnly() {
        var d = definition("tpns", Site.CN, LocalDate.of(2024, 4, 1));
        assertEquals(10, d.exclusions().size());
        assertTrue(d.exclusion("outside-domestic-paid-scope").isPresent());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("trial edition")));
    }
}
