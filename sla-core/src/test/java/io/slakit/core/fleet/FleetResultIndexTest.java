package io.slakit.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.slakit.api.Money;
import io.slakit.api.SlaDefinition;
import io.slakit.core.testing.TestSlas;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Issue 26: an index outside a fleet result names the index and the fleet's size, on every accessor. */
class FleetResultIndexTest {

    private static FleetResult twoResources() {
        SlaDefinition definition = TestSlas.cvmLike();
        FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), YearMonth.of(2024, 4)).plan().orElseThrow();
        return plan.evaluate(IncidentBatch.builder(Currency.getInstance("CNY"))
                .resource("a", Money.of("100.00", "CNY"))
                .resource("b", Money.of("100.00", "CNY"))
                .incident(Instant.parse("2024-04-02T00:00:00Z"), Instant.parse("2024-04-02T01:00:00Z")).build());
    }

    @Test
    void anIndexInRangeReadsItsResource() {
        FleetResult result = twoResources();
        assertEquals(2, result.size());
        assertEquals("b", result.id(1));
        assertEquals(60, result.unavailableMinutes(1)); // b's one hour, 2024-04-02 00:00 to 01:00
        assertEquals(0, result.unavailableMinutes(0));
    }

    @Test
    void everyAccessorRefusesAnIndexOutsideTheFleet() {
        FleetResult result = twoResources();
        List<IntFunction<Object>> accessors = List.of(result::id, result::fee, result::unavailableMinutes, result::availability,
                result::met, result::tierIndex, result::tier, result::creditMinor, result::credit);
        for (IntFunction<Object> accessor : accessors) {
            for (int index : new int[] {2, -1, Integer.MAX_VALUE}) {
                IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> accessor.apply(index));
                assertEquals(IndexOutOfBoundsException.class, e.getClass(), "not a bare array's exception");
                assertEquals("resource " + index + " is out of range: the fleet has 2 resources", e.getMessage());
            }
        }
    }
}
