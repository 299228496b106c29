package io.slakit.products.compute;

import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.MAY;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.midMonth;
import static io.slakit.products.compute.Fixtures.monthStart;
import static io.slakit.products.compute.Fixtures.onUnit;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThccTest {
    private static final Money FEE = Money.of("100000.00", "CNY");

    /** 100 nodes; {@code nodes} nodes each down {@code days} whole days. */
    private static ResourceMonth fleet(YearMonth month, int nodes, int days) {
        ResourceMonth.Builder b = ResourceMonth.builder("account", FEE).units(100);
        Instant start = monthStart(month);
        for (int i = 0; i < nodes; i++) {
            b.incident(onUnit("node-" + i, start, Duration.ofDays(days)));
        }
        return b.build();
    }

    @Test
    void seventyTwoHoursMeetTheCommitment() {
        // 3 nodes x 1 day = 4320 node-minutes of 4,320,000: exactly 99.9 % -> no credit.
        assertAmount("0.00", evaluateOne("thcc", APRIL, fleet(APRIL, 3, 1)).credit());
    }

    @Test
    void twiceTheExcessMinutes() {
        // 6 node-days = 8640 minutes: 99.8 % -> 2x; excess 8640 - 4320 = 4320; 8640 minutes of service
        // at 100000 / 4,320,000 per minute = 200.00.
        assertAmount("200.00", evaluateOne("thcc", APRIL, fleet(APRIL, 6, 1)).credit());
    }

    @Test
    void fiveTimesTheExcessMinutes() {
        // 50 node-days = 72000 minutes: 98.333 % -> 5x; excess 72000 - 4320 = 67680; x5 = 338400 minutes
        // -> 100000 x 338400 / 4320000 = 7833.33.
        assertAmount("7833.33", evaluateOne("thcc", APRIL, fleet(APRIL, 50, 1)).credit());
    }

    @Test
    void tenTimesIsCappedAtTheFee() {
        // 100 nodes x 10 days = 1,440,000 minutes: 66.7 % -> 10x; excess 1,435,680 x 10 = 14,356,800 minutes,
        // worth 332,333 > the fee: capped at 100000.00.
        assertAmount("100000.00", evaluateOne("thcc", APRIL, fleet(APRIL, 100, 10)).credit());
    }

    @Test
    void thirtyOneDayMonthAndTheTwoTimesBand() {
        // May: 100 x 44640 = 4,464,000; allowed 4464. 4 node-days = 5760 -> 99.871 % -> 2x; excess 1296 x 2 = 2592
        // -> 100000 x 2592 / 4464000 = 58.064... -> 58.06.
        assertAmount("58.06", evaluateOne("thcc", MAY, fleet(MAY, 4, 1)).credit());
        // 3 node-days = 4320 <= 4464 -> met.
        assertAmount("0.00", evaluateOne("thcc", MAY, fleet(MAY, 3, 1)).credit());
    }

    @Test
    void fiveMinutesOnANodeAreIgnoredAndGpuFaultTimeIsExcluded() {
        Instant t = midMonth(APRIL);
        ResourceMonth r = ResourceMonth.builder("account", FEE).units(100)
                .incident(onUnit("node-1", t, Duration.ofMinutes(5)))
                .incident(onUnit("node-2", t, Duration.ofSeconds(301)))
                .incident(new io.slakit.api.Incident(t, t.plus(Duration.ofDays(30)), "node-3",
                        io.slakit.api.Attribution.excluded("gpu-fault-retained")))
                .build();
        var m = evaluateOne("thcc", APRIL, r).metric("availability").orElseThrow();
        assertDecimal("6", m.unavailableMinutes().orElseThrow());
        assertTrue(m.excludedMinutes().get("gpu-fault-retained").signum() > 0);
    }
}
