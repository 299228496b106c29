package io.slakit.products.security;

import io.slakit.api.ResourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static io.slakit.products.security.SecurityFixtures.*;

/** TICS (5-minute units), account connector, DSGC and data security audit. */
class DataAndIdentityTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    // TICS: [99, 99.95) 10, [95, 99) 25, [0, 95) 100 on 5-minute units.
    // April 21.6 (4 units met, 5 not) | 432 (86 -> 10, 87 -> 25) | 2160 (432 units exactly -> 25, 433 -> 100).
    // May 22.32 (4, 5) | 446.4 (89 -> 10, 90 -> 25) | 2232 (446 -> 25, 447 -> 100).
    @ParameterizedTest
    @CsvSource({
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-04, 86, 10", "2024-04, 87, 25", "2024-04, 432, 25", "2024-04, 433, 100",
            "2024-05, 4, 0", "2024-05, 5, 10", "2024-05, 89, 10", "2024-05, 90, 25", "2024-05, 446, 25", "2024-05, 447, 100"})
    void ticsTierEdges(String month, int units, String percent) {
        ResourceReport r = evaluate("tics", month(month), windows(month(month), FIVE, units, 20, 20));
        assertMinutes(metric(r), Integer.toString(units * 5));
        assertCredit(r, percent);
    }

    @Test
    void ticsExcludedUnitsAreNotCounted() {
        java.time.Instant start = fifth(APRIL);
        ResourceReport r = evaluate("tics", APRIL, windowsBuilder(APRIL, FIVE, 20, 20, 20)
                .incident(io.slakit.api.Incident.excluded(start, start.plus(Duration.ofMinutes(100)), "force-majeure"))
                .build());
        assertMinutes(metric(r), "0");
    }

    @Test
    void ticsUnitWithOneAnswerIsAvailable() {
        assertMinutes(metric(evaluate("tics", APRIL, windows(APRIL, FIVE, 100, 20, 19))), "0");
    }

    // Account connector: [99.5, 99.9) 5, [97, 99.5) 10, [95, 97) 20, [0, 95) 50. April 216 | 1296 | 2160; May 223.2 | 1339.2 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 216, 5", "2024-04, 217, 10", "2024-04, 1296, 10", "2024-04, 1297, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 223, 5", "2024-05, 224, 10", "2024-05, 1339, 10", "2024-05, 1340, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void accountConnectorLowerBands(String month, long minutes, String percent) {
        assertCredit(evaluate("account-connector", month(month), minutesDown(month(month), minutes)), percent);
    }

    // DSGC (99.9) and data security audit (99.95): [99, C) 10, [98, 99) 20, [0, 98) 50. 99 -> 432 / 446.4; 98 -> 864 / 892.8.
    @ParameterizedTest
    @CsvSource({
            "dsgc, governance-center, 2024-04, 432, 10", "dsgc, governance-center, 2024-04, 433, 20",
            "dsgc, casb-gateway, 2024-04, 864, 20", "dsgc, casb-gateway, 2024-04, 865, 50",
            "data-security-audit, , 2024-05, 446, 10", "data-security-audit, , 2024-05, 447, 20",
            "data-security-audit, , 2024-05, 892, 20", "data-security-audit, , 2024-05, 893, 50"})
    void dataSecurityLowerBands(String product, String edition, String month, long minutes, String percent) {
        assertCredit(evaluate(product, month(month), minutesDown(month(month), minutes), edition), percent);
    }

    @ParameterizedTest
    @CsvSource({"dsgc, casb-gateway, analysis-results-reference", "dsgc, governance-center, telecom-government-public-network",
            "data-security-audit, , agent-host-failure", "account-connector, , third-party-software-vendor"})
    void exclusionsRemoveTheOutage(String product, String edition, String code) {
        ResourceReport r = evaluate(product, APRIL, excludedOutage(APRIL, 3000 * 60, code), edition);
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }
}
