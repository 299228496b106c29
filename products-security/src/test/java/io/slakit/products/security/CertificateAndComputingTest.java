package io.slakit.products.security;

import io.slakit.api.ResourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SSL (CRL/OCSP), the two Wangxin CA texts and the confidential computing platform. */
class CertificateAndComputingTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // SSL 1.3: 5 continuous minutes or more count, under 5 minutes does not; partial minutes round up.
    @ParameterizedTest
    @CsvSource({"299, 0", "300, 5", "301, 6", "661, 12"})
    void sslFiveMinuteThreshold(long seconds, String minutes) {
        assertMinutes(metric(evaluate("ssl", APRIL, outage(APRIL, seconds))), minutes);
    }

    @Test
    void sslShortOutagesNeverAddUp() {
        // Ten outages of 4 minutes each: none reaches 5 continuous minutes.
        io.slakit.api.ResourceMonth.Builder b = resource();
        for (int i = 0; i < 10; i++) {
            java.time.Instant s = fifth(APRIL).plus(Duration.ofHours(i));
            b.incident(io.slakit.api.Incident.of(s, s.plus(Duration.ofMinutes(4))));
        }
        ResourceReport r = evaluate("ssl", APRIL, b.build());
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    @Test
    void sslKeyLeakRevocationIsExcluded() {
        ResourceReport r = evaluate("ssl", APRIL, excludedOutage(APRIL, 3600, "key-leaked-revoked"));
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    // Tencent Cloud CA and CA digital identity 3.1: [99.5, 99.9) 5, [97, 99.5) 10, [95, 97) 20, [0, 95) 50.
    // April (43,200): 99.9 -> 43.2, 99.5 -> 216, 97 -> 1296, 95 -> 2160. May (44,640): 44.64, 223.2, 1339.2, 2232.
    @ParameterizedTest
    @CsvSource({
            "tencent-cloud-ca, 2024-04, 43, 0", "tencent-cloud-ca, 2024-04, 44, 5", "tencent-cloud-ca, 2024-04, 216, 5",
            "tencent-cloud-ca, 2024-04, 217, 10", "tencent-cloud-ca, 2024-04, 1296, 10", "tencent-cloud-ca, 2024-04, 1297, 20",
            "tencent-cloud-ca, 2024-04, 2160, 20", "tencent-cloud-ca, 2024-04, 2161, 50",
            "ca-digital-identity, 2024-05, 44, 0", "ca-digital-identity, 2024-05, 45, 5", "ca-digital-identity, 2024-05, 223, 5",
            "ca-digital-identity, 2024-05, 224, 10", "ca-digital-identity, 2024-05, 1339, 10", "ca-digital-identity, 2024-05, 1340, 20",
            "ca-digital-identity, 2024-05, 2232, 20", "ca-digital-identity, 2024-05, 2233, 50"})
    void caTierEdges(String product, String month, int badMinutes, String percent) {
        ResourceReport r = evaluate(product, month(month), windows(month(month), MINUTE, badMinutes, 2, 2));
        assertMinutes(metric(r), Integer.toString(badMinutes));
        assertCredit(r, percent);
    }

    @ParameterizedTest
    @CsvSource({"tencent-cloud-ca", "ca-digital-identity"})
    void caMinuteWithOneWorkingFunctionIsAvailable(String product) {
        assertMinutes(metric(evaluate(product, APRIL, windows(APRIL, MINUTE, 3000, 2, 1))), "0");
    }

    @ParameterizedTest
    @CsvSource({"tencent-cloud-ca, electronic-signature-law-breach", "ca-digital-identity, regulator-or-carrier-control"})
    void caExcludedMinutesAreNotCounted(String product, String code) {
        java.time.Instant start = fifth(APRIL);
        io.slakit.api.ResourceMonth res = windowsBuilder(APRIL, MINUTE, 100, 2, 2)
                .incident(io.slakit.api.Incident.excluded(start, start.plus(Duration.ofMinutes(100)), code))
                .build();
        ResourceReport r = evaluate(product, APRIL, res);
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    // Confidential computing: 99.90 promised; [99, 99.9) 10, [95, 99) 25, [0, 95) 100, exact durations.
    // April: 99.9 -> 43.2 minutes, 99.95 -> 21.6. 30 minutes (99.93%) sits between 99.90 and 99.95: promise met, no credit.
    @ParameterizedTest
    @CsvSource({"1800, 0", "2592, 0", "2593, 10", "25920, 10", "25921, 25", "129600, 25", "129601, 100"})
    void confidentialComputingCreditsStartBelowTheCommitment(long seconds, String percent) {
        // 43.2 minutes = 2592 s; 432 minutes (99%) = 25920 s; 2160 minutes (95%) = 129600 s.
        assertCredit(evaluate("confidential-computing-platform", APRIL, outage(APRIL, seconds)), percent);
    }

    @Test
    void confidentialComputingBetweenTheTwoFiguresMeetsThePromise() {
        ResourceReport r = evaluate("confidential-computing-platform", APRIL, outage(APRIL, 30 * 60));
        assertTrue(metric(r).met());
        assertTrue(definition("confidential-computing-platform", io.slakit.api.Site.CN, java.time.LocalDate.of(2024, 4, 1))
                .notes().stream().anyMatch(n -> n.contains("99.95")));
    }

    @ParameterizedTest
    @CsvSource({"19", "20", "30", "61"})
    void confidentialComputingTwentySecondThreshold(long seconds) {
        // 002:21320-21322: 20 s or more is unavailability, under 20 s is not. 19 s is not counted; 20 s is 1/3 minute;
        // 30 s is half a minute; 61 s is 61/60 minutes (no rounding).
        java.math.BigDecimal got = metric(evaluate("confidential-computing-platform", APRIL, outage(APRIL, seconds)))
                .unavailableMinutes().orElseThrow();
        java.math.BigDecimal expected = java.math.BigDecimal.valueOf(seconds >= 20 ? seconds : 0)
                .divide(java.math.BigDecimal.valueOf(60), java.math.MathContext.DECIMAL64);
        assertTrue(got.subtract(expected).abs().compareTo(new java.math.BigDecimal("1e-12")) < 0, got + " vs " + expected);
    }
}
