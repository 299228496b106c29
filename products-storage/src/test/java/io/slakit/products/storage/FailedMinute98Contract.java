package io.slakit.products.storage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 99.9% with "99.9% > Av ≥ 99.0% 10%; 99.0% > Av ≥ 98.0% 20%; 98.0% > Av 50%" (CHDFS, GooseFSx, CSG). */
abstract class FailedMinute98Contract extends FailedMinuteContract {

    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}%")
    @CsvSource({
            // 99.9%: April allows 43.2, May 44.64.
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-05, 44, 0", "2024-05, 45, 10",
            // 99.0%: April 432 exactly is 99.0% -> 10%; May 446.4.
            "2024-04, 431, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-05, 446, 10", "2024-05, 447, 20",
            // 98.0%: April 864 exactly is 98.0% -> 20%; May 892.8.
            "2024-04, 863, 20", "2024-04, 864, 20", "2024-04, 865, 50", "2024-05, 892, 20", "2024-05, 893, 50"})
    void tierEdges(String month, int minutes, String percent) {
        checkEdge(month, minutes, percent);
    }
}
