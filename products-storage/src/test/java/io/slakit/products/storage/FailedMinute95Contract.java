package io.slakit.products.storage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 99.9% with "99.9% > Av ≥ 99.0% 10%; 99.0% > Av ≥ 95.0% 20%; 95.0% > Av 50%" (GooseFS, enterprise drive). */
abstract class FailedMinute95Contract extends FailedMinuteContract {

    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}%")
    @CsvSource({
            // 99.9%: April allows 43.2, May 44.64.
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-05, 44, 0", "2024-05, 45, 10",
            // 99.0%: April 432 exactly is 99.0% -> 10%; May 446.4.
            "2024-04, 431, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-05, 446, 10", "2024-05, 447, 20",
            // 95.0%: April 2160 exactly is 95.0% -> 20%; May 2232 exactly -> 20%.
            "2024-04, 2159, 20", "2024-04, 2160, 20", "2024-04, 2161, 50", "2024-05, 2231, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void tierEdges(String month, int minutes, String percent) {
        checkEdge(month, minutes, percent);
    }
}
