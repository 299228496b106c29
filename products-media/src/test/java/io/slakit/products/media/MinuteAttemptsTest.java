package io.slakit.products.media;

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

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TRRO, IM (both sites) and GME: one-minute samples. */
class MinuteAttemptsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // TRRO 99/98/97 -> 10/20/50. April 432|864|1296, May 446.4|892.8|1339.2.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 432, 0", "2024-04, 433, 10", "2024-04, 864, 10", "2024-04, 865, 20", "2024-04, 1296, 20", "2024-04, 1297, 50",
            "2024-05, 446, 0", "2024-05, 447, 10", "2024-05, 892, 10", "2024-05, 893, 20", "2024-05, 1339, 20", "2024-05, 1340, 50"})
    void trroTierEdges(String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate("trro", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 3, 3));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    @Test
    void trroPartialSuccessMakesTheMinuteAvailable() {
        assertMinutes(metric(evaluate("trro", Site.CN, APRIL, windows(APRIL, MINUTE, 500, 3, 2))), "0");
    }

    // IM international, anniversary months: Mar 17 - Apr 16 2024 is 31 days (44,640), Apr 17 - May 16 is 30 days (43,200).
    // 99/95/90 -> 10/20/30.
    @ParameterizedTest
    @CsvSource({
            "2024-04-17, 432, 0", "2024-04-17, 433, 10", "2024-04-17, 2160, 10", "2024-04-17, 2161, 20",
            "2024-04-17, 4320, 20", "2024-04-17, 4321, 30",
            "2024-03-17, 446, 0", "2024-03-17, 447, 10", "2024-03-17, 2232, 10", "2024-03-17, 2233, 20",
            "2024-03-17, 4464, 20", "2024-03-17, 4465, 30"})
    void imInternationalTierEdges(LocalDate serviceStart, int failedMinutes, String percent) {
        ResourceMonth res = windowsFrom(resource(), serviceStart.plusDays(1).atStartOfDay(BEIJING).toInstant(), MINUTE, failedMinutes, 5, 5).build();
        ResourceReport r = evaluateAnniversary("im", Site.INTL, serviceStart, res);
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    @Test
    void imServiceMonthIsTheAnniversaryMonth() {
        ResourceReport r = evaluateAnniversary("im", Site.INTL, LocalDate.of(2024, 3, 17), resource().build());
        assertEquals(LocalDate.of(2024, 3, 17), r.serviceMonth().firstDay());
        assertEquals(LocalDate.of(2024, 4, 16), r.serviceMonth().lastDay());
        assertEquals(0, metric(r).totalMinutes().compareTo(java.math.BigDecimal.valueOf(44640)));
    }

    // IM mainland: 99.99% promised, credits only below 99.9%: 99.5 -> 10, 99 -> 20, below -> 50.
    // 30-day (Apr 17 - May 16): 99.99 -> 4.32, 99.9 -> 43.2, 99.5 -> 216, 99 -> 432.
    // 31-day (Mar 17 - Apr 16): 4.464, 44.64, 223.2, 446.4.
    @ParameterizedTest
    @CsvSource({
            "2025-07-15, 4, true, 0", "2025-07-15, 5, false, 0", "2025-07-15, 44, false, 0", "2025-07-15, 45, false, 10",
            "2025-07-15, 223, false, 10", "2025-07-15, 224, false, 20", "2025-07-15, 446, false, 20", "2025-07-15, 447, false, 50",
            "2025-06-15, 4, true, 0", "2025-06-15, 43, false, 0", "2025-06-15, 44, false, 10",
            "2025-06-15, 216, false, 10", "2025-06-15, 217, false, 20", "2025-06-15, 432, false, 20", "2025-06-15, 433, false, 50"})
    void imMainlandTierEdges(LocalDate serviceStart, int failedMinutes, boolean met, String percent) {
        // 2025-07-15 - 2025-08-14 is 31 days; 2025-06-15 - 2025-07-14 is 30 days.
        ResourceMonth res = windowsFrom(resource(), serviceStart.plusDays(1).atStartOfDay(BEIJING).toInstant(), MINUTE, failedMinutes, 5, 5).build();
        ResourceReport r = evaluateAnniversary("im", Site.CN, serviceStart, res);
        assertEquals(met, metric(r).met());
        assertCredit(r, percent);
    }

    @Test
    void imMainlandVersionStartsOnItsEffectiveDate() {
        assertEquals(LocalDate.of(2025, 6, 15), definition("im", Site.CN, LocalDate.of(2025, 7, 1)).provenance().effective());
        assertTrue(definition("im", Site.CN, LocalDate.of(2025, 7, 1)).notes().stream().anyMatch(n -> n.contains("7 days")));
        assertTrue(definition("im", Site.INTL, LocalDate.of(2025, 7, 1)).notes().stream().anyMatch(n -> n.contains("2 months")));
    }

    // GME 99.95/99/95/90 -> 10/25/30/50. April 21.6|432|2160|4320. May 22.32|446.4|2232|4464.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-04, 432, 10", "2024-04, 433, 25",
            "2024-04, 2160, 25", "2024-04, 2161, 30", "2024-04, 4320, 30", "2024-04, 4321, 50",
            "2024-05, 22, 0", "2024-05, 23, 10", "2024-05, 446, 10", "2024-05, 447, 25",
            "2024-05, 2232, 25", "2024-05, 2233, 30", "2024-05, 4464, 30", "2024-05, 4465, 50"})
    void gmeTierEdges(String month, int badMinutes, String percent) {
        ResourceReport r = evaluate("gme", Site.CN, month(month), windows(month(month), MINUTE, badMinutes, 100, 6));
        assertMinutes(metric(r), Integer.toString(badMinutes));
        assertCredit(r, percent);
    }

    // More than 5% of users: 5 of 100 is not above 5%.
    @ParameterizedTest
    @CsvSource({"5, 0", "6, 5"})
    void gmeUserShareIsExclusive(long affected, String minutes) {
        assertMinutes(metric(evaluate("gme", Site.CN, APRIL, windows(APRIL, MINUTE, 5, 100, affected))), minutes);
    }

    @Test
    void gmeAnnouncedMaintenanceIsExcluded() {
        // 30 bad minutes; the first 10 are announced maintenance (4.1): a run of 20 remains.
        Instant start = fifth(APRIL);
        ResourceMonth res = windowsBuilder(APRIL, MINUTE, 30, 100, 6)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(10)), "announced-maintenance"))
                .build();
        MetricResult m = metric(evaluate("gme", Site.CN, APRIL, res));
        assertMinutes(m, "20");
        assertTrue(m.met());
        assertFalse(m.excludedMinutes().isEmpty());
    }
}
