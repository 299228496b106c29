package io.slakit.products.compute;

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
import static io.slakit.products.compute.Fixtures.downMinutes;
import static io.slakit.products.compute.Fixtures.down;
import static io.slakit.products.compute.Fixtures.downWithExcluded;
import static io.slakit.products.compute.Fixtures.evaluate;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.metric;
import static io.slakit.products.compute.Fixtures.midMonth;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CbmTest {

    /**
     * 99.9 %: April allows 43.2 minutes, May 44.64; 99 % is 432 / 446.4 minutes down; 95 % is 2160 / 2232.
     * Tiers [99, 99.9) 10 %, [95, 99) 25 %, [0, 95) 100 % of a 1000.00 fee.
     */
    @ParameterizedTest(name = "{0}: {1} min -> {2}")
    @CsvSource({
        "2024-04, 43, 0.00", "2024-04, 44, 100.00", "2024-04, 432, 100.00", "2024-04, 433, 250.00",
        "2024-04, 2160, 250.00", "2024-04, 2161, 1000.00",
        "2024-05, 44, 0.00", "2024-05, 45, 100.00", "2024-05, 446, 100.00", "2024-05, 447, 250.00",
        "2024-05, 2232, 250.00", "2024-05, 2233, 1000.00",
    })
    void singleInstanceTierEdges(String month, long minutes, String credit) {
        ResourceReport report = evaluateOne("cbm", YearMonth.parse(month), downMinutes(YearMonth.parse(month), minutes));
        assertAmount(credit, report.credit());
    }

    @Test
    void fiveMinutesAreIgnoredAndFiveMinutesOneSecondCountSix() {
        assertDecimal("0", metric("cbm", APRIL, down(APRIL, Duration.ofMinutes(5)), "single-instance").unavailableMinutes().orElseThrow());
        assertDecimal("6", metric("cbm", APRIL, down(APRIL, Duration.ofSeconds(301)), "single-instance").unavailableMinutes().orElseThrow());
    }

    @Test
    void multiAzOutagePaysTheHigherCredit() {
        // Instance a (zone 3) is down 30 minutes while zone 4's only instance is down: 30 multi-AZ minutes.
        // Multi-AZ: 1 - 30/43200 = 99.9306 % < 99.95 -> 10 %; single instance 99.9306 % >= 99.9 -> met. Highest: 100.00.
        Instant start = midMonth(APRIL);
        ResourceMonth a = ResourceMonth.builder("a", FEE).location("ap-guangzhou", "ap-guangzhou-3")
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(30)))).build();
        ResourceMonth b = ResourceMonth.builder("b", FEE).location("ap-guangzhou", "ap-guangzhou-4")
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(30)))).build();
        ResourceReport report = evaluate("cbm", APRIL, a, b).resource("a").orElseThrow();
        assertDecimal("30", report.metric("multi-az").orElseThrow().unavailableMinutes().orElseThrow());
        assertEquals(true, report.metric("single-instance").orElseThrow().met());
        assertAmount("100.00", report.credit());
    }

    @Test
    void forceMajeureTimeIsNotDowntime() {
        // 60 minutes out, the first 40 under clause 4.10: 20 provider minutes remain (> 5), 99.954 % -> met.
        ResourceMonth r = downWithExcluded(APRIL, Duration.ofMinutes(20), Duration.ofMinutes(40), "force-majeure");
        var m = metric("cbm", APRIL, r, "single-instance");
        assertDecimal("20", m.unavailableMinutes().orElseThrow());
        assertDecimal("40", m.excludedMinutes().get("force-majeure"));
        assertEquals(true, m.met());
    }
}
