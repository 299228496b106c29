package io.slakit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.slakit.core.interval.TimeSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 26: an index outside a result is an IndexOutOfBoundsException naming the index and the size. */
class ResultIndexTest {

    @Test
    void aMonthSeriesRefusesAMonthItDoesNotHave() {
        MonthSeries.Result none = new MonthSeries.Result(List.of(), Optional.empty(), List.of(), Optional.empty(), List.of());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> none.owed(0));
        assertEquals(IndexOutOfBoundsException.class, e.getClass());
        assertEquals("Index 0 out of bounds for length 0", e.getMessage());
    }

    @Test
    void aTimeSetRefusesASpanItDoesNotHave() {
        TimeSet one = TimeSet.of(Instant.parse("2024-04-02T00:00:00Z"), Instant.parse("2024-04-02T01:00:00Z"));
        assertEquals(TimeSet.nanos(Instant.parse("2024-04-02T00:00:00Z")), one.start(0));
        for (int index : new int[] {1, -1}) {
            IndexOutOfBoundsException start = assertThrows(IndexOutOfBoundsException.class, () -> one.start(index));
            IndexOutOfBoundsException end = assertThrows(IndexOutOfBoundsException.class, () -> one.end(index));
            assertEquals(IndexOutOfBoundsException.class, start.getClass());
            assertEquals("Index " + index + " out of bounds for length 1", start.getMessage());
            assertEquals("Index " + index + " out of bounds for length 1", end.getMessage());
        }
    }
}
