package io.slakit.products.security;

import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** VSS: failed scans over the scan quota of an anniversary billing month. */
class VssTest {
    private static final LocalDate START = LocalDate.of(2024, 3, 17);

    private static ResourceMonth quota(LocalDate monthStart, long quota, long failed) {
        return resource().window(WindowSample.of(monthStart.plusDays(2).atStartOfDay(BEIJING).toInstant(), quota, failed)).build();
    }

    // Quota 10,000: 99.95 -> 5 failed allowed; 99 -> 100; 95 -> 500.
    @ParameterizedTest
    @CsvSource({"5, 0", "6, 10", "100, 10", "101, 25", "500, 25", "501, 100"})
    void tierEdgesOnTheQuota(long failed, String percent) {
        assertCredit(evaluateAnniversary("vss", io.slakit.api.Site.CN, START, quota(START, 10_000, failed)), percent);
    }

    @Test
    void theBillingMonthRunsFromTheActivationDay() {
        ResourceReport r = evaluateAnniversary("vss", io.slakit.api.Site.CN, START, quota(START, 100, 0));
        assertEquals(LocalDate.of(2024, 3, 17), r.serviceMonth().firstDay());
        assertEquals(LocalDate.of(2024, 4, 16), r.serviceMonth().lastDay());
    }

    @Test
    void aMonthWithoutScansMeetsTheCommitment() {
        assertCredit(evaluateAnniversary("vss", io.slakit.api.Site.CN, START, resource().build()), "0");
    }
}
