package io.slakit.products.storage;

import io.slakit.api.DurabilityCounts;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.storage.StorageFixtures.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CBS (6198): per disk, availability 99.95% with 10/25/100%, durability 99.9999999% per whole month (100%), the higher credit paid. */
class CbsTest extends FailedMinuteContract {
    @Override
    String product() {
        return "cbs";
    }

    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}%")
    @CsvSource({
            // 99.95%: April allows 21.6 (the text's own example, 6324), May 22.32.
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-05, 22, 0", "2024-05, 23, 10",
            // 99%: April 432 exactly is 99% -> 10%; May 446.4.
            "2024-04, 431, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-05, 446, 10", "2024-05, 447, 25",
            // 95%: April 2160 exactly is 95% -> 25%; May 2232 exactly -> 25%.
            "2024-04, 2160, 25", "2024-04, 2161, 100", "2024-05, 2232, 25", "2024-05, 2233, 100"})
    void tierEdges(String month, int minutes, String percent) {
        checkEdge(month, minutes, percent);
    }

    private static ResourceReport durability(ResourceMonth.Builder b, long units, long lost) {
        return evaluate("cbs", Site.CN, APRIL, b.durability(DurabilityCounts.of(units, lost)).build());
    }

    @Test
    void aDiskThatLostDataEarnsTheWholeMonthsFee() {
        // 3.1.3 (6361): durability 0 of 1 -> the month's fee.
        ResourceReport r = durability(resource(), 1, 1);
        assertFalse(r.metric("durability").orElseThrow().met());
        assertCredit(r, "100");
    }

    @Test
    void anIntactDiskEarnsNothing() {
        ResourceReport r = durability(resource(), 1, 0);
        assertTrue(r.metric("durability").orElseThrow().met());
        assertCredit(r, "0");
    }

    @Test
    void durabilityEdgeIsOneDiskInAThousandMillion() {
        // 6229: at most one disk in 1,000,000,000 may lose data: exactly that is 99.9999999% -> met; one in 999,999,999 is below.
        assertCredit(durability(resource(), 1_000_000_000L, 1), "0");
        assertCredit(durability(resource(), 999_999_999L, 1), "100");
    }

    @Test
    void aPartialMonthIsNoDurabilityPeriod() {
        // 6235: a month not served whole is no service period: the loss earns nothing.
        Instant opened = APRIL.atDay(16).atStartOfDay(BEIJING).toInstant();
        assertCredit(durability(resource().activeFrom(opened), 1, 1), "0");
    }

    @Test
    void theHigherCreditIsPaidNotTheSum() {
        // 433 failed minutes (99% > Av -> 25%) and the disk's data lost (100%): 100% of the fee, not 125%.
        ResourceMonth.Builder b = windowsBuilder(APRIL, Duration.ofMinutes(1), 433, 60, 60);
        ResourceReport r = durability(b, 1, 1);
        assertCredit(r, "100");
    }

    @Test
    void availabilityAloneWithoutDurabilityCounts() {
        // Without durability counts only availability is evaluated.
        ResourceReport r = evaluate("cbs", Site.CN, APRIL, lostMinutes(APRIL, 433));
        assertTrue(r.metric("durability").isEmpty());
        assertCredit(r, "25");
    }
}
