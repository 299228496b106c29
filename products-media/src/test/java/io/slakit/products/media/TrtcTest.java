package io.slakit.products.media;

import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TRTC: the two sites share the arithmetic (99.9; 10/20/50) and differ in exclusions. */
class TrtcTest {

    // April: 43.2 | 216 | 432 -> 8|9, 43|44, 86|87 five-minute units; May: 44.64 | 223.2 | 446.4 -> 8|9, 44|45, 89|90.
    @ParameterizedTest
    @CsvSource({
            "CN, 2024-04, 8, 0", "CN, 2024-04, 9, 10", "CN, 2024-04, 43, 10", "CN, 2024-04, 44, 20", "CN, 2024-04, 86, 20", "CN, 2024-04, 87, 50",
            "CN, 2024-05, 8, 0", "CN, 2024-05, 9, 10", "CN, 2024-05, 44, 10", "CN, 2024-05, 45, 20", "CN, 2024-05, 89, 20", "CN, 2024-05, 90, 50",
            "INTL, 2024-04, 8, 0", "INTL, 2024-04, 9, 10", "INTL, 2024-04, 86, 20", "INTL, 2024-04, 87, 50",
            "INTL, 2024-05, 8, 0", "INTL, 2024-05, 9, 10", "INTL, 2024-05, 89, 20", "INTL, 2024-05, 90, 50"})
    void tierEdges(Site site, String month, int badUnits, String percent) {
        ResourceReport r = evaluate("trtc", site, month(month), windows(month(month), Duration.ofMinutes(5), badUnits, 100, 2));
        assertCredit(r, percent);
    }

    @Test
    void sitesDifferInExclusions() {
        var cn = definition("trtc", Site.CN, LocalDate.of(2025, 1, 1));
        var intl = definition("trtc", Site.INTL, LocalDate.of(2025, 1, 1));
        assertEquals(15, cn.exclusions().size());
        assertEquals(14, intl.exclusions().size());
        assertTrue(cn.exclusion("sdk-upgrade-untested").isPresent());
        assertFalse(intl.exclusion("sdk-upgrade-untested").isPresent());
    }
}
