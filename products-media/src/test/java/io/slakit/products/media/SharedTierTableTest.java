package io.slakit.products.media;

import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.slakit.products.media.MediaFixtures.assertCredit;
import static io.slakit.products.media.MediaFixtures.assertMinutes;
import static io.slakit.products.media.MediaFixtures.evaluate;
import static io.slakit.products.media.MediaFixtures.metric;
import static io.slakit.products.media.MediaFixtures.month;
import static io.slakit.products.media.MediaFixtures.outage;

/**
 * CAR and GS state the same commitment (99 %) and table (5 / 10 / 20 %): the edges are worked out
 * once and run on both, on whole minutes (so CAR's rounding down and GS's rounding up agree).
 */
class SharedTierTableTest {

    /** April 43,200 min: 99% -> 432 allowed, 97% -> 1296, 95% -> 2160. May 44,640 min: 446.4, 1339.2, 2232. */
    private static final List<Object[]> EDGES = List.of(
            new Object[] {"2024-04", 432, "0"}, new Object[] {"2024-04", 433, "5"},
            new Object[] {"2024-04", 1296, "5"}, new Object[] {"2024-04", 1297, "10"},
            new Object[] {"2024-04", 2160, "10"}, new Object[] {"2024-04", 2161, "20"},
            new Object[] {"2024-05", 446, "0"}, new Object[] {"2024-05", 447, "5"},
            new Object[] {"2024-05", 1339, "5"}, new Object[] {"2024-05", 1340, "10"},
            new Object[] {"2024-05", 2232, "10"}, new Object[] {"2024-05", 2233, "20"});

    static Stream<Arguments> edges() {
        return Stream.of("car", "gs").flatMap(product -> EDGES.stream().map(e -> Arguments.of(product, e[0], e[1], e[2])));
    }

    @ParameterizedTest(name = "{0} {1}: {2} min -> {3}%")
    @MethodSource("edges")
    void tierEdges(String product, String month, int minutes, String percent) {
        ResourceReport r = evaluate(product, Site.CN, month(month), outage(month(month), minutes * 60L));
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }
}
