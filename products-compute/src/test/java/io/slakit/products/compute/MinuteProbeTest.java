package io.slakit.products.compute;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.FEE;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.metric;
import static io.slakit.products.compute.Fixtures.monthStart;
import static io.slakit.products.compute.Fixtures.windows;

/**
 * The products whose minute is down only when every attempt in it failed: CSE etcd, TCM, CloudBase Run
 * (99.95 %), the CloudBase gateway (99.9 %) and TCR (99.95 %, two tiers).
 */
class MinuteProbeTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * 99.95 %: April 21.6 allowed, May 22.32; 99 % at 432 / 446.4; 95 % at 2160 / 2232.
     * etcd and TCM pay 10 / 25 / 100 %, CloudBase Run 10 / 25 / 50 %.
     */
    @ParameterizedTest(name = "{0} {1}: {2} failed minutes -> {3}")
    @CsvSource({
        "cse-etcd, 2024-04, 21, 0.00", "cse-etcd, 2024-04, 22, 100.00", "cse-etcd, 2024-04, 432, 100.00", "cse-etcd, 2024-04, 433, 250.00",
        "cse-etcd, 2024-04, 2160, 250.00", "cse-etcd, 2024-04, 2161, 1000.00",
        "cse-etcd, 2024-05, 22, 0.00", "cse-etcd, 2024-05, 23, 100.00", "cse-etcd, 2024-05, 446, 100.00", "cse-etcd, 2024-05, 447, 250.00",
        "cse-etcd, 2024-05, 2232, 250.00", "cse-etcd, 2024-05, 2233, 1000.00",
        "tcm, 2024-04, 21, 0.00", "tcm, 2024-04, 22, 100.00", "tcm, 2024-04, 433, 250.00", "tcm, 2024-04, 2161, 1000.00",
        "tcm, 2024-05, 22, 0.00", "tcm, 2024-05, 23, 100.00", "tcm, 2024-05, 447, 250.00", "tcm, 2024-05, 2233, 1000.00",
        "tcbr, 2024-04, 21, 0.00", "tcbr, 2024-04, 22, 100.00", "tcbr, 2024-04, 432, 100.00", "tcbr, 2024-04, 433, 250.00",
        "tcbr, 2024-04, 2160, 250.00", "tcbr, 2024-04, 2161, 500.00",
        "tcbr, 2024-05, 22, 0.00", "tcbr, 2024-05, 23, 100.00", "tcbr, 2024-05, 2232, 250.00", "tcbr, 2024-05, 2233, 500.00",
    })
    void ninetyNineNinetyFive(String product, String month, int failedMinutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertAmount(credit, evaluateOne(product, m, windows(m, MINUTE, failedMinutes, 10, 10)).credit());
    }

    /** The gateway: 99.9 % (43.2 / 44.64 allowed), 10 / 25 / 50 %. */
    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}")
    @CsvSource({
        "2024-04, 43, 0.00", "2024-04, 44, 100.00", "2024-04, 432, 100.00", "2024-04, 433, 250.00", "2024-04, 2160, 250.00", "2024-04, 2161, 500.00",
        "2024-05, 44, 0.00", "2024-05, 45, 100.00", "2024-05, 446, 100.00", "2024-05, 447, 250.00", "2024-05, 2232, 250.00", "2024-05, 2233, 500.00",
    })
    void gateway(String month, int failedMinutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertAmount(credit, evaluateOne("tcb-gateway", m, windows(m, MINUTE, failedMinutes, 10, 10)).credit());
    }

    /** TCR: [90, 99.95) 10 %, [0, 90) 25 %; 90 % is 4320 (April) / 4464 (May) minutes down. */
    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}")
    @CsvSource({
        "2024-04, 21, 0.00", "2024-04, 22, 100.00", "2024-04, 4320, 100.00", "2024-04, 4321, 250.00",
        "2024-05, 22, 0.00", "2024-05, 23, 100.00", "2024-05, 4464, 100.00", "2024-05, 4465, 250.00",
    })
    void tcrTwoTiers(String month, int failedMinutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertAmount(credit, evaluateOne("tcr", m, windows(m, MINUTE, failedMinutes, 10, 10)).credit());
    }

    @Test
    void aMinuteWithOneSuccessIsAvailable() {
        // 100 minutes with 9 of 10 attempts failed: none counts.
        assertDecimal("0", metric("tcbr", APRIL, windows(APRIL, MINUTE, 100, 10, 9), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("0", metric("cse-etcd", APRIL, windows(APRIL, MINUTE, 100, 10, 9), "availability").unavailableMinutes().orElseThrow());
    }

    @Test
    void aFailedMinuteInsideAnnouncedMaintenanceIsNotCounted() {
        // 30 failed minutes; the first 10 fall in maintenance announced in advance (etcd 4.1): 20 counted.
        Instant start = monthStart(APRIL);
        ResourceMonth.Builder b = ResourceMonth.builder("res", FEE)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(10)), "announced-maintenance"));
        for (int i = 0; i < 30; i++) {
            b.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 10, 10));
        }
        assertDecimal("20", metric("cse-etcd", APRIL, b.build(), "availability").unavailableMinutes().orElseThrow());
    }
}
