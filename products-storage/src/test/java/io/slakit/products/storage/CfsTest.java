package io.slakit.products.storage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CFS (6061): per file system instance, 99.95% with 15/30/50% down to 98%. */
class CfsTest extends FailedMinuteContract {
    @Override
    String product() {
        return "cfs";
    }

    @Override
    String partialMonthCredit() {
        return "15"; // 99.898% sits in [99, 99.95)
    }

    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}%")
    @CsvSource({
            // 99.95%: April allows 21.6, May 22.32.
            "2024-04, 21, 0", "2024-04, 22, 15", "2024-05, 22, 0", "2024-05, 23, 15",
            // 99%: April 432 exactly is 99% -> 15%; May 446.4.
            "2024-04, 431, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-05, 446, 15", "2024-05, 447, 30",
            // 98%: April 864 exactly is 98% -> 30%; May 892.8.
            "2024-04, 863, 30", "2024-04, 864, 30", "2024-04, 865, 50", "2024-05, 892, 30", "2024-05, 893, 50"})
    void tierEdges(String month, int minutes, String percent) {
        checkEdge(month, minutes, percent);
    }
}
