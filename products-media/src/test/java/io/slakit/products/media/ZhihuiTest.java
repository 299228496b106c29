package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.slakit.products.media.MediaFixtures.*;

class ZhihuiTest {

    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2", "121, 3"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertMinutes(metric(evaluate("zhihui", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // 99 -> 10%, 98 -> 20%, 97 -> 40%. April: 432 / 864 / 1296; May: 446.4 / 892.8 / 1339.2.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 432, 0", "2024-04, 433, 10",
            "2024-04, 864, 10", "2024-04, 865, 20",
            "2024-04, 1296, 20", "2024-04, 1297, 40",
            "2024-05, 446, 0", "2024-05, 447, 10",
            "2024-05, 892, 10", "2024-05, 893, 20",
            "2024-05, 1339, 20", "2024-05, 1340, 40"})
    void tierEdges(String month, long minutes, String percent) {
        ResourceReport r = evaluate("zhihui", Site.CN, month(month), outage(month(month), minutes * 60));
        assertCredit(r, percent);
    }

    @Test
    void exclusionRemovesTime() {
        // 865 minutes down, 1 minute of it a carrier failure (4.2): the remaining 864 minutes are exactly 98% -> 10%.
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(865 * 60)))
                .incident(Incident.excluded(start.plusSeconds(864 * 60), start.plusSeconds(865 * 60), "third-party-network"))
                .build();
        ResourceReport r = evaluate("zhihui", Site.CN, APRIL, res);
        assertMinutes(metric(r), "864");
        assertCredit(r, "10");
    }
}
