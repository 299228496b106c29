package io.slakit.products.compute;

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
import static io.slakit.products.compute.Fixtures.evaluate;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.metric;
import static io.slakit.products.compute.Fixtures.monthStart;
import static io.slakit.products.compute.Fixtures.windows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TKE and the Register Cluster: runs of more than 5 unusable minutes count. */
class TkeTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Runs of {@code lengths} failed minutes, each run followed by a good minute. */
    private static ResourceMonth runs(YearMonth month, int... lengths) {
        ResourceMonth.Builder b = ResourceMonth.builder("cls", FEE);
        Instant t = monthStart(month);
        for (int length : lengths) {
            for (int i = 0; i < length; i++) {
                b.window(WindowSample.of(t, 10, 10));
                t = t.plus(MINUTE);
            }
            b.window(WindowSample.of(t, 10, 0));
            t = t.plus(MINUTE);
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}: runs of {1} -> {2} min")
    @CsvSource({"tke, 5, 0", "tke, 6, 6", "tke, 4;6;5;7, 13", "tke-register-cluster, 5, 0", "tke-register-cluster, 6, 6"})
    void onlyRunsOfMoreThanFiveMinutesCount(String product, String lengths, String minutes) {
        int[] runs = java.util.Arrays.stream(lengths.split(";")).mapToInt(Integer::parseInt).toArray();
        assertDecimal(minutes, metric(product, APRIL, runs(APRIL, runs), "availability").unavailableMinutes().orElseThrow());
    }

    /** 99.95 %: April 21.6 / May 22.32 allowed; 99 % at 432 / 446.4; 95 % at 2160 / 2232; one unbroken run. */
    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}")
    @CsvSource({
        "2024-04, 21, 0.00", "2024-04, 22, 100.00", "2024-04, 432, 100.00", "2024-04, 433, 250.00", "2024-04, 2160, 250.00", "2024-04, 2161, 1000.00",
        "2024-05, 22, 0.00", "2024-05, 23, 100.00", "2024-05, 446, 100.00", "2024-05, 447, 250.00", "2024-05, 2232, 250.00", "2024-05, 2233, 1000.00",
    })
    void tierEdges(String month, int failedMinutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertAmount(credit, evaluateOne("tke", m, windows(m, MINUTE, failedMinutes, 10, 10)).credit());
    }

    /** 002:2928 (TKE) and 002:3742 (Register Cluster): OS and kernel defects from third-party open-source software count nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"tke", "tke-register-cluster"})
    void openSourceDefectsCountNothing(String product) {
        ResourceMonth.Builder b = ResourceMonth.builder("cls", FEE);
        Instant start = monthStart(APRIL);
        for (int i = 0; i < 433; i++) {
            b.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 10, 10));
        }
        b.incident(io.slakit.api.Incident.excluded(start, start.plus(MINUTE.multipliedBy(433)), "open-source-defect"));
        assertDecimal("0", metric(product, APRIL, b.build(), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("433", metric(product, APRIL, windows(APRIL, MINUTE, 433, 10, 10), "availability").unavailableMinutes().orElseThrow());
    }

    @Test
    void registerClusterReportsAvailabilityButNoCredit() {
        // 100 failed minutes: 99.77 % < 99.9 % -> missed, yet no credit is defined.
        var report = evaluate("tke-register-cluster", APRIL, windows(APRIL, MINUTE, 100, 10, 10));
        assertFalse(report.creditDefined());
        assertFalse(report.resources().get(0).metric("availability").orElseThrow().met());
        assertAmount("0.00", report.totalCredit());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("no credit")));
    }

    @Test
    void durabilityMetricsAreNotEvaluatedWithoutCounts() {
        var report = evaluateOne("tke", APRIL, windows(APRIL, MINUTE, 1, 10, 10));
        assertEquals(1, report.metrics().size());
    }
}
