package io.slakit.products.compute;

import io.slakit.api.ResourceMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.compute.Fixtures.FEE;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.midMonth;
import static io.slakit.products.compute.Fixtures.onUnit;

/** ECM and TEZ share their arithmetic: 10 instances, month minutes x 10, exact durations of 5 minutes or more. */
class EdgeFleetTest {

    private static ResourceMonth tenInstances(YearMonth month, Duration... outages) {
        ResourceMonth.Builder b = ResourceMonth.builder("account", FEE).units(10);
        Instant t = midMonth(month);
        for (int i = 0; i < outages.length; i++) {
            b.incident(onUnit("ins-" + i, t, outages[i]));
        }
        return b.build();
    }

    /** 4m59s is ignored, exactly 5 minutes counts, 5m30s counts 5.5 (the exact duration). */
    @ParameterizedTest(name = "{0}: {1}s -> {2} min")
    @CsvSource({"ecm, 299, 0", "ecm, 300, 5", "ecm, 330, 5.5", "tez, 299, 0", "tez, 300, 5", "tez, 330, 5.5"})
    void thresholdAndExactDuration(String product, long seconds, String minutes) {
        var m = evaluateOne(product, YearMonth.of(2024, 4), tenInstances(YearMonth.of(2024, 4), Duration.ofSeconds(seconds)))
                .metric("availability").orElseThrow();
        assertDecimal(minutes, m.unavailableMinutes().orElseThrow());
    }

    /**
     * April: 10 x 43200 = 432,000; 99.9 % allows 432; 95 % at 21,600. May: 446,400; 446.4; 22,320.
     * Tiers [95, 99.9) 10 %, [0, 95) 50 % of 1000.00. Minutes are spread as 2,160 at most per instance.
     */
    @ParameterizedTest(name = "{0} {1}: {2} min -> {3}")
    @CsvSource({
        "ecm, 2024-04, 432, 0.00", "ecm, 2024-04, 433, 100.00", "ecm, 2024-04, 21600, 100.00", "ecm, 2024-04, 21601, 500.00",
        "ecm, 2024-05, 446, 0.00", "ecm, 2024-05, 447, 100.00", "ecm, 2024-05, 22320, 100.00", "ecm, 2024-05, 22321, 500.00",
        "tez, 2024-04, 432, 0.00", "tez, 2024-04, 433, 100.00", "tez, 2024-04, 21600, 100.00", "tez, 2024-04, 21601, 500.00",
        "tez, 2024-05, 446, 0.00", "tez, 2024-05, 447, 100.00", "tez, 2024-05, 22320, 100.00", "tez, 2024-05, 22321, 500.00",
    })
    void tierEdges(String product, String month, long minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        long perInstance = (minutes + 9) / 10;
        Duration[] outages = new Duration[10];
        long left = minutes;
        for (int i = 0; i < 10; i++) {
            long part = Math.min(perInstance, left);
            outages[i] = Duration.ofMinutes(Math.max(part, 0));
            left -= part;
        }
        ResourceMonth.Builder b = ResourceMonth.builder("account", FEE).units(10);
        for (int i = 0; i < 10; i++) {
            if (!outages[i].isZero()) {
                b.incident(onUnit("ins-" + i, Fixtures.monthStart(m), outages[i]));
            }
        }
        assertAmount(credit, evaluateOne(product, m, b.build()).credit());
    }

    @org.junit.jupiter.api.Test
    void arrearsSuspensionIsNotDowntime() {
        // ins-0 down 60 minutes, the first 50 suspended for arrears (4.9): 10 provider minutes remain (>= 5).
        Instant t = midMonth(YearMonth.of(2024, 4));
        ResourceMonth r = ResourceMonth.builder("account", FEE).units(10)
                .incident(new io.slakit.api.Incident(t, t.plus(Duration.ofMinutes(50)), "ins-0",
                        io.slakit.api.Attribution.excluded("agreement-breach-suspension")))
                .incident(onUnit("ins-0", t.plus(Duration.ofMinutes(50)), Duration.ofMinutes(10)))
                .build();
        var m = evaluateOne("ecm", YearMonth.of(2024, 4), r).metric("availability").orElseThrow();
        assertDecimal("10", m.unavailableMinutes().orElseThrow());
        assertDecimal("50", m.excludedMinutes().get("agreement-breach-suspension"));
    }
}
