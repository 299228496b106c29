package io.slakit.products.saas;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TAPD and LeXiang: anniversary months, a minute counts when its error rate is above 5%. Also SMH drive (calendar months). */
class AnniversaryMinutesTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    // 2024-04-17 starts Apr 17 - May 16 (30 days, 43,200 minutes); 2024-03-17 starts Mar 17 - Apr 16 (31 days, 44,640).

    private static ResourceReport badMinutes(String product, LocalDate start, int minutes, long total, long failed) {
        ResourceMonth res = windowsFrom(resource(), start.plusDays(1).atStartOfDay(BEIJING).toInstant(), MINUTE, minutes, total, failed).build();
        return evaluateAnniversary(product, Site.CN, start, res);
    }

    // TAPD 99.9 / 99.0 / 95.0 -> 10 / 20 / 50 (51608-51614).
    @ParameterizedTest
    @CsvSource({
            "2024-04-17, 43, 0", "2024-04-17, 44, 10", "2024-04-17, 432, 10", "2024-04-17, 433, 20", "2024-04-17, 2160, 20", "2024-04-17, 2161, 50",
            "2024-03-17, 44, 0", "2024-03-17, 45, 10", "2024-03-17, 446, 10", "2024-03-17, 447, 20", "2024-03-17, 2232, 20", "2024-03-17, 2233, 50"})
    void tapdTierEdges(LocalDate start, int minutes, String percent) {
        ResourceReport r = badMinutes("tapd", start, minutes, 100, 6);
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    // LeXiang 99.7 / 99.5 / 97.0 / 95.0 -> 5 / 10 / 20 / 50 (52018-52026).
    // 30 days: 129.6 | 216 | 1296 | 2160; 31 days: 133.92 | 223.2 | 1339.2 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04-17, 129, 0", "2024-04-17, 130, 5", "2024-04-17, 216, 5", "2024-04-17, 217, 10", "2024-04-17, 1296, 10",
            "2024-04-17, 1297, 20", "2024-04-17, 2160, 20", "2024-04-17, 2161, 50",
            "2024-03-17, 133, 0", "2024-03-17, 134, 5", "2024-03-17, 223, 5", "2024-03-17, 224, 10", "2024-03-17, 1339, 10",
            "2024-03-17, 1340, 20", "2024-03-17, 2232, 20", "2024-03-17, 2233, 50"})
    void leXiangTierEdges(LocalDate start, int minutes, String percent) {
        ResourceReport r = badMinutes("lexiang", start, minutes, 100, 6);
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    // "错误率超过5%": exactly 5% does not count, above 5% does.
    @ParameterizedTest
    @CsvSource({"tapd, 5, 0", "tapd, 6, 100", "lexiang, 5, 0", "lexiang, 6, 100"})
    void errorRateMustBeAboveFivePercent(String product, long failed, String minutes) {
        assertMinutes(metric(badMinutes(product, LocalDate.of(2024, 4, 17), 100, 100, failed)), minutes);
    }

    @Test
    void serviceMonthIsTheAnniversaryMonth() {
        ResourceReport r = evaluateAnniversary("tapd", Site.CN, LocalDate.of(2024, 4, 17), resource().build());
        assertEquals(LocalDate.of(2024, 4, 17), r.serviceMonth().firstDay());
        assertEquals(LocalDate.of(2024, 5, 16), r.serviceMonth().lastDay());
    }

    @Test
    void tapdExample() {
        // 51521-51523: April 2023, 23:00-23:05 unusable: 5 minutes, 1 - 5 / (30 x 24 x 60) = 99.98% (truncated).
        LocalDate start = LocalDate.of(2023, 4, 1);
        ResourceMonth res = windowsFrom(resource(), start.plusDays(9).atTime(23, 0).atZone(BEIJING).toInstant(), MINUTE, 5, 100, 100).build();
        ResourceReport r = evaluateAnniversary("tapd", Site.CN, start, res);
        MetricResult m = metric(r);
        assertMinutes(m, "5");
        assertEquals(new BigDecimal("99.98"), m.availability().percent(java.math.MathContext.DECIMAL128).setScale(2, RoundingMode.DOWN));
        assertTrue(m.met());
    }

    @ParameterizedTest
    @CsvSource({"tapd, announced-event", "lexiang, stated-exemption"})
    void excludedTimeIsNotCounted(String product, String code) {
        LocalDate start = LocalDate.of(2024, 4, 17);
        Instant from = start.plusDays(1).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource(), from, MINUTE, 500, 100, 50)
                .incident(Incident.excluded(from, from.plus(Duration.ofMinutes(480)), code)).build();
        MetricResult m = metric(evaluateAnniversary(product, Site.CN, start, res));
        assertMinutes(m, "20");
        assertTrue(m.met());
    }

    // SMH drive 99.9 / 99.0 / 95.0 -> 10 / 20 / 50 (51831-51886), calendar months, every attempt failed.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void smhDriveTierEdges(String month, int minutes, String percent) {
        ResourceReport r = evaluate("smh-drive", Site.CN, month(month), windows(month(month), MINUTE, minutes, 3, 3));
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void smhDrivePartialSuccessAndArrears() {
        assertMinutes(metric(evaluate("smh-drive", Site.CN, APRIL, windows(APRIL, MINUTE, 1000, 3, 2))), "0");
        Instant start = fifth(APRIL);
        ResourceMonth res = windowsBuilder(APRIL, MINUTE, 1000, 3, 3)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(1000)), "agreement-breach-suspension")).build();
        assertMinutes(metric(evaluate("smh-drive", Site.CN, APRIL, res)), "0");
    }
}
