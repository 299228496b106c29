package io.slakit.products.compute;

import io.slakit.api.DurabilityCounts;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
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
import static io.slakit.products.compute.Fixtures.down;
import static io.slakit.products.compute.Fixtures.downMinutes;
import static io.slakit.products.compute.Fixtures.evaluate;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.metric;
import static io.slakit.products.compute.Fixtures.midMonth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TkeServerlessTest {

    /** Single Pod 99.975 %: April allows 10.8 min, May 11.16; 99 % at 432 / 446.4; 95 % at 2160 / 2232. */
    @ParameterizedTest(name = "{0}: {1} min -> {2}")
    @CsvSource({
        "2024-04, 10, 0.00", "2024-04, 11, 100.00", "2024-04, 432, 100.00", "2024-04, 433, 250.00",
        "2024-04, 2160, 250.00", "2024-04, 2161, 1000.00",
        "2024-05, 11, 0.00", "2024-05, 12, 100.00", "2024-05, 446, 100.00", "2024-05, 447, 250.00",
        "2024-05, 2232, 250.00", "2024-05, 2233, 1000.00",
    })
    void singlePodTierEdges(String month, long minutes, String credit) {
        assertAmount(credit, evaluateOne("tke-serverless", YearMonth.parse(month), downMinutes(YearMonth.parse(month), minutes)).credit());
    }

    @Test
    void oneMinuteThreshold() {
        assertDecimal("0", metric("tke-serverless", APRIL, down(APRIL, Duration.ofMinutes(1)), "single-pod").unavailableMinutes().orElseThrow());
        assertDecimal("2", metric("tke-serverless", APRIL, down(APRIL, Duration.ofSeconds(61)), "single-pod").unavailableMinutes().orElseThrow());
    }

    @Test
    void multiAzOutageEarnsTheHigherCredit() {
        // Pod a (zone 3) down 3 minutes while zone 4's only Pod is down: multi-AZ 3 min -> 99.9931 % < 99.995 -> 10 %;
        // single Pod 3 min < 10.8 allowed -> met. The higher credit: 100.00.
        Instant t = midMonth(APRIL);
        ResourceMonth a = ResourceMonth.builder("a", FEE).location("ap-shanghai", "ap-shanghai-3")
                .incident(Incident.of(t, t.plus(Duration.ofMinutes(3)))).build();
        ResourceMonth b = ResourceMonth.builder("b", FEE).location("ap-shanghai", "ap-shanghai-4")
                .incident(Incident.of(t, t.plus(Duration.ofMinutes(3)))).build();
        ResourceReport report = evaluate("tke-serverless", APRIL, a, b).resource("a").orElseThrow();
        assertDecimal("3", report.metric("multi-az").orElseThrow().unavailableMinutes().orElseThrow());
        assertTrue(report.metric("single-pod").orElseThrow().met());
        assertAmount("100.00", report.credit());
    }

    @Test
    void durabilityIsReportedWithoutCredit() {
        // 1 lost of 1,000,000 blocks: 99.9999 % < 99.9999999 %, yet the text defines no credit for it.
        ResourceMonth r = ResourceMonth.builder("p", FEE).durability(DurabilityCounts.of(1_000_000, 1)).build();
        ResourceReport report = evaluateOne("tke-serverless", APRIL, r);
        assertEquals(false, report.metric("durability-block").orElseThrow().met());
        assertAmount("0.00", report.credit());
    }

    @Test
    void freeUseTimeIsExcluded() {
        // 30 minutes of free-quota use are outside the SLA (clause 4): nothing counted.
        var m = metric("tke-serverless", APRIL, Fixtures.downWithExcluded(APRIL, Duration.ofSeconds(30), Duration.ofMinutes(30), "free-or-beta-use"), "single-pod");
        assertDecimal("0", m.unavailableMinutes().orElseThrow());
        assertDecimal("30", m.excludedMinutes().get("free-or-beta-use"));
    }
}
