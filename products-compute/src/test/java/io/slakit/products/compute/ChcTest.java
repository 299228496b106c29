package io.slakit.products.compute;

import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.FEE;
import static io.slakit.products.compute.Fixtures.MAY;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.midMonth;
import static io.slakit.products.compute.Fixtures.onUnit;

class ChcTest {

    /** 100 slots; {@code days} slots each down one whole day, plus extra outages on other slots. */
    private static ResourceMonth account(java.time.YearMonth month, int wholeDays, Duration... extra) {
        ResourceMonth.Builder b = ResourceMonth.builder("account", FEE).units(100);
        Instant day = midMonth(month);
        for (int i = 0; i < wholeDays; i++) {
            b.incident(onUnit("slot-" + i, day, Duration.ofDays(1)));
        }
        for (int i = 0; i < extra.length; i++) {
            b.incident(onUnit("slot-x" + i, day, extra[i]));
        }
        return b.build();
    }

    @Test
    void hundredSlotsAllowSeventyTwoHoursInAThirtyDayMonth() {
        // 100 x 43200 = 4,320,000 slot-minutes; 99.9 % allows 4320. Three slot-days = 4320 -> met.
        var m = evaluateOne("chc", APRIL, account(APRIL, 3)).metric("availability").orElseThrow();
        assertDecimal("4320", m.unavailableMinutes().orElseThrow());
        assertDecimal("4320000", m.totalMinutes());
        assertDecimal("4320", m.allowedMinutes().orElseThrow());
        assertAmount("0.00", m.credit());
        // One more outage of 1m01s (2 minutes) on a fourth slot: 4322 > 4320 -> 10 %.
        assertAmount("100.00", evaluateOne("chc", APRIL, account(APRIL, 3, Duration.ofSeconds(61))).credit());
    }

    @Test
    void aOneMinuteOutageOnAnotherSlotIsIgnored() {
        // 1 minute exactly is not counted (1.6): still 4320 -> met.
        var m = evaluateOne("chc", APRIL, account(APRIL, 3, Duration.ofMinutes(1))).metric("availability").orElseThrow();
        assertDecimal("4320", m.unavailableMinutes().orElseThrow());
    }

    @Test
    void tierEdgesInAThirtyOneDayMonth() {
        // May: 100 x 44640 = 4,464,000; 99 % at 44640 minutes = 31 slot-days; 95 % at 223,200 = 155 slot-days.
        assertAmount("100.00", evaluateOne("chc", MAY, account(MAY, 31)).credit());
        assertAmount("250.00", evaluateOne("chc", MAY, account(MAY, 31, Duration.ofMinutes(2))).credit());
        assertAmount("250.00", evaluateOne("chc", MAY, accountDays(MAY, 155)).credit());
        assertAmount("1000.00", evaluateOne("chc", MAY, accountDays(MAY, 156)).credit());
    }

    /** 100 slots, {@code slotDays} whole days spread as 5 days on each of the first slots. */
    private static ResourceMonth accountDays(java.time.YearMonth month, int slotDays) {
        ResourceMonth.Builder b = ResourceMonth.builder("account", FEE).units(100);
        Instant start = midMonth(month);
        int slot = 0;
        while (slotDays > 0) {
            int days = Math.min(5, slotDays);
            b.incident(onUnit("slot-" + slot++, start, Duration.ofDays(days)));
            slotDays -= days;
        }
        return b.build();
    }
}
