package io.slakit.products.observability;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.slakit.products.observability.ObservabilityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grafana (TCMG) and Prometheus (TMP): one instance's outages, those of 5 minutes or less ignored, longer ones counted with
 * their exact duration; 99.95% promised; [99, 99.95) 10%, (95, 99) 25%, [0, 95] 100% (95% exactly reads as the 100% row).
 */
class ManagedInstanceTest {

    @ParameterizedTest
    @CsvSource({"tcmg, 300, 0", "tcmg, 306, 5.1", "tcmg, 330, 5.5",
            "tmp, 300, 0", "tmp, 306, 5.1", "tmp, 330, 5.5"})
    void outagesOfFiveMinutesOrLessAreIgnoredLongerOnesCountExactly(String product, long seconds, String minutes) {
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // 30-day month: 99.95% allows 21.6 min; 99% 432; 95% 2,160. 31-day month: 22.32, 446.4, 2,232.
    @ParameterizedTest
    @CsvSource({
            "tcmg, 2024-04, 21.6, 0", "tcmg, 2024-04, 21.65, 10", "tcmg, 2024-04, 432, 10", "tcmg, 2024-04, 432.5, 25",
            "tcmg, 2024-04, 2159.5, 25", "tcmg, 2024-04, 2160, 100", "tcmg, 2024-04, 2160.5, 100",
            "tcmg, 2024-05, 22.32, 0", "tcmg, 2024-05, 22.5, 10", "tcmg, 2024-05, 446.4, 10", "tcmg, 2024-05, 446.5, 25",
            "tcmg, 2024-05, 2231.5, 25", "tcmg, 2024-05, 2232, 100",
            "tmp, 2024-04, 21.6, 0", "tmp, 2024-04, 21.65, 10", "tmp, 2024-04, 432, 10", "tmp, 2024-04, 432.5, 25",
            "tmp, 2024-04, 2159.5, 25", "tmp, 2024-04, 2160, 100", "tmp, 2024-05, 2231.5, 25", "tmp, 2024-05, 2232, 100"})
    void tierEdgesOnExactDurations(String product, String month, String minutes, String percent) {
        long millis = new java.math.BigDecimal(minutes).multiply(java.math.BigDecimal.valueOf(60_000)).longValueExact();
        Instant start = fifth(month(month));
        ResourceReport r = evaluate(product, Site.CN, month(month), resource().incident(Incident.of(start, start.plusMillis(millis))).build());
        assertMinutes(metric(r), minutes);
        assertCredit(r, percent);
    }

    @ParameterizedTest
    @CsvSource({"tcmg, announced-maintenance", "tcmg, third-party-cause", "tcmg, customer-operation", "tcmg, force-majeure",
            "tmp, announced-maintenance", "tmp, third-party-network", "tmp, customer-credentials", "tmp, force-majeure"})
    void anExcludedOutageCountsNothing(String product, String clause) {
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.excluded(start, start.plusSeconds(3 * 3600), clause)).build();
        ResourceReport report = evaluate(product, Site.CN, APRIL, r);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcmg", "tmp"})
    void nineClausesAndTheReadingAtNinetyFiveAreStated(String product) {
        var d = definition(product, Site.CN, APRIL.atDay(1));
        assertEquals(9, d.exclusions().size());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("Exactly 95% earns 100%")), d.notes().toString());
    }
}
