package io.slakit.products.security;

import io.slakit.api.ResourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static io.slakit.products.security.SecurityFixtures.*;

/** The honeypot (per-minute samples) and the two console platforms (incidents, per instance). */
class PlatformsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // Honeypot 3.1 (16877-16881): [99, 99.9) 10, [95, 99) 25, [0, 95) 100. April 43.2 | 432 | 2160; May 44.64 | 446.4 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 100",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 100"})
    void honeypotTierEdges(String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate("active-cloud-honeypot", month(month), windows(month(month), MINUTE, failedMinutes, 5, 5));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    @Test
    void honeypotPartlyAnsweredMinuteIsAvailable() {
        assertMinutes(metric(evaluate("active-cloud-honeypot", APRIL, windows(APRIL, MINUTE, 1000, 5, 4))), "0");
    }

    @Test
    void honeypotOriginProblemsAreExcluded() {
        java.time.Instant start = fifth(APRIL);
        ResourceReport r = evaluate("active-cloud-honeypot", APRIL, windowsBuilder(APRIL, MINUTE, 100, 5, 5)
                .incident(io.slakit.api.Incident.excluded(start, start.plus(Duration.ofMinutes(100)), "origin-server-problems"))
                .build());
        assertMinutes(metric(r), "0");
    }

    // Console platforms 3.1: [95, 99.9) 10, [90, 95) 25, [0, 90) 100. April: 95 -> 2160, 90 -> 4320; May: 2232, 4464.
    @ParameterizedTest
    @CsvSource({
            "account-risk-control-platform, , 2024-04, 2160, 10", "account-risk-control-platform, , 2024-04, 2161, 25",
            "account-risk-control-platform, , 2024-04, 4320, 25", "account-risk-control-platform, , 2024-04, 4321, 100",
            "digital-identity-platform, employee, 2024-05, 2232, 10", "digital-identity-platform, employee, 2024-05, 2233, 25",
            "digital-identity-platform, public, 2024-05, 4464, 25", "digital-identity-platform, public, 2024-05, 4465, 100"})
    void consolePlatformLowerBands(String product, String edition, String month, long minutes, String percent) {
        assertCredit(evaluate(product, month(month), minutesDown(month(month), minutes), edition), percent);
    }

    @ParameterizedTest
    @CsvSource({"account-risk-control-platform, , capacity-exceeded", "digital-identity-platform, public, customer-credentials"})
    void consolePlatformExclusions(String product, String edition, String code) {
        ResourceReport r = evaluate(product, APRIL, excludedOutage(APRIL, 3000 * 60, code), edition);
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    // iOA and LLMSGW: per-minute samples, [99, 99.9) 10, [95, 99) 25, [0, 95) 100.
    @ParameterizedTest
    @CsvSource({
            "ioa, 2024-04, 43, 0", "ioa, 2024-04, 44, 10", "ioa, 2024-05, 446, 10", "ioa, 2024-05, 447, 25",
            "llmsgw, 2024-04, 2160, 25", "llmsgw, 2024-04, 2161, 100", "llmsgw, 2024-05, 44, 0", "llmsgw, 2024-05, 45, 10"})
    void ioaAndLlmsgwTierEdges(String product, String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate(product, month(month), windows(month(month), MINUTE, failedMinutes, 5, 5));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    @ParameterizedTest
    @CsvSource({"ioa, 4", "llmsgw, 1"})
    void aMinuteWithOneSuccessIsAvailable(String product, long failed) {
        assertMinutes(metric(evaluate(product, APRIL, windows(APRIL, MINUTE, 3000, 5, failed))), "0");
    }

    @Test
    void llmsgwCustomerJudgementIsExcluded() {
        java.time.Instant start = fifth(APRIL);
        ResourceReport r = evaluate("llmsgw", APRIL, windowsBuilder(APRIL, MINUTE, 100, 5, 5)
                .incident(io.slakit.api.Incident.excluded(start, start.plus(Duration.ofMinutes(100)), "customer-own-judgement"))
                .build());
        assertMinutes(metric(r), "0");
    }

    // Security validation: at most 1 minute ignored; [99, 99.95) 10 ...; 4.12-4.15 exclusions.
    @ParameterizedTest
    @CsvSource({"remediation-not-applied", "not-own-assets", "incident-handling-error", "accepted-validation-risk"})
    void securityValidationExclusions(String code) {
        ResourceReport r = evaluate("security-validation-service", APRIL, excludedOutage(APRIL, 600 * 60, code));
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    // SCA: 5 minutes or more count; [95, 99) 10, [85, 95) 25, [0, 85) 100.
    // April: 99 -> 432, 95 -> 2160, 85 -> 6480; May: 446.4, 2232, 6696.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 432, 0", "2024-04, 433, 10", "2024-04, 2160, 10", "2024-04, 2161, 25", "2024-04, 6480, 25", "2024-04, 6481, 100",
            "2024-05, 446, 0", "2024-05, 447, 10", "2024-05, 2232, 10", "2024-05, 2233, 25", "2024-05, 6696, 25", "2024-05, 6697, 100"})
    void scaTierEdges(String month, long minutes, String percent) {
        assertCredit(evaluate("sca", month(month), minutesDown(month(month), minutes)), percent);
    }

    @ParameterizedTest
    @CsvSource({"299, 0", "300, 5", "301, 6"})
    void scaFiveMinuteThreshold(long seconds, String minutes) {
        assertMinutes(metric(evaluate("sca", APRIL, outage(APRIL, seconds))), minutes);
    }
}
