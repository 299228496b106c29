package io.slakit.products.observability;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.observability.ObservabilityFixtures.*;

/** RUM: a minute with 5 or more failed API calls is down; 99.9 % promised; [99, 99.9) 10 %, [98, 99) 20 %, [0, 98) 50 %. */
class RumTest {

    @ParameterizedTest
    @CsvSource({"100000, 5, 1", "100000, 4, 0", "5, 5, 1", "4, 4, 0", "10, 0, 0", "0, 0, 0"})
    void fiveFailedCallsMakeADownMinute(long total, long failed, String minutes) {
        assertMinutes(metric(evaluate("rum", Site.CN, APRIL, windows(APRIL, Duration.ofMinutes(1), 1, total, failed))), minutes);
    }

    // 30-day month: 99.9 % allows 43.2 minutes, 99 % 432, 98 % 864; 31-day: 44.64, 446.4, 892.8.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 864, 20", "2024-04, 865, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 892, 20", "2024-05, 893, 50"})
    void tierEdges(String label, int downMinutes, String percent) {
        ResourceReport r = evaluate("rum", Site.CN, month(label), windows(month(label), Duration.ofMinutes(1), downMinutes, 20, 5));
        assertMinutes(metric(r), Integer.toString(downMinutes));
        assertCredit(r, percent);
    }

    @ParameterizedTest
    @CsvSource({"announced-maintenance", "third-party-network", "capacity-exceeded", "legal-exemption"})
    void minutesOverlappingExcludedTimeCountNothing(String clause) {
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, Duration.ofMinutes(1), 600, 20, 20)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(600)), clause)).build();
        ResourceReport report = evaluate("rum", Site.CN, APRIL, r);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
    }
}
