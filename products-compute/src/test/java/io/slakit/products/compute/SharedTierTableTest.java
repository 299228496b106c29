package io.slakit.products.compute;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.downMinutes;
import static io.slakit.products.compute.Fixtures.evaluateOne;

/**
 * HAI and Lighthouse state the same commitment (99.95 %) and the same table (10 / 25 / 100 %):
 * the edges are worked out once and run on both. Each product's own test keeps what differs
 * (thresholds, exclusions).
 */
class SharedTierTableTest {

    /** 99.95 %: April allows 21.6 min, May 22.32; 99 % at 432 / 446.4; 95 % at 2160 / 2232. 10 / 25 / 100 % of 1000.00. */
    private static final List<Object[]> EDGES = List.of(
            new Object[] {"2024-04", 21, "0.00"}, new Object[] {"2024-04", 22, "100.00"},
            new Object[] {"2024-04", 432, "100.00"}, new Object[] {"2024-04", 433, "250.00"},
            new Object[] {"2024-04", 2160, "250.00"}, new Object[] {"2024-04", 2161, "1000.00"},
            new Object[] {"2024-05", 22, "0.00"}, new Object[] {"2024-05", 23, "100.00"},
            new Object[] {"2024-05", 446, "100.00"}, new Object[] {"2024-05", 447, "250.00"},
            new Object[] {"2024-05", 2232, "250.00"}, new Object[] {"2024-05", 2233, "1000.00"});

    static Stream<Arguments> edges() {
        return Stream.of("hai", "lighthouse").flatMap(product -> EDGES.stream().map(e -> Arguments.of(product, e[0], e[1], e[2])));
    }

    @ParameterizedTest(name = "{0} {1}: {2} min -> {3}")
    @MethodSource("edges")
    void tierEdges(String product, String month, int minutes, String credit) {
        assertAmount(credit, evaluateOne(product, YearMonth.parse(month), downMinutes(YearMonth.parse(month), minutes)).credit());
    }
}
