package io.slakit.products.network;

import io.slakit.api.ClaimWindow;
import io.slakit.api.EvaluationReport;
import io.slakit.api.SeedRef;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PcxTest {

    @ParameterizedTest(name = "{0} {1}: {2} lost minutes -> {3}%")
    @CsvSource({
            // Platinum 99.95%: April 21 met, 22 -> 10%; 99.00% 432 -> 10%, 433 -> 25%; 98.00% 864 -> 25%, 865 -> 100%.
            "platinum, 2024-04, 21, 0", "platinum, 2024-04, 22, 10", "platinum, 2024-04, 432, 10", "platinum, 2024-04, 433, 25",
            "platinum, 2024-04, 864, 25", "platinum, 2024-04, 865, 100",
            // May: 22.32 -> 22 / 23; 98.00% 892.8 -> 892 / 893.
            "platinum, 2024-05, 22, 0", "platinum, 2024-05, 23, 10", "platinum, 2024-05, 892, 25", "platinum, 2024-05, 893, 100",
            // Gold 99.50%: April 216 met, 217 -> 10%; 99.00% 432 -> 10%, 433 -> 25%; 95.00% 2160 -> 25%, 2161 -> 100%.
            "gold, 2024-04, 216, 0", "gold, 2024-04, 217, 10", "gold, 2024-04, 433, 25", "gold, 2024-04, 2160, 25", "gold, 2024-04, 2161, 100",
            "gold, 2024-05, 223, 0", "gold, 2024-05, 224, 10",
            // Silver 99.00%: April 432 met, 433 -> 10%; 98.00% 864 -> 10%, 865 -> 25%; 95.00% 2161 -> 100%.
            "silver, 2024-04, 432, 0", "silver, 2024-04, 433, 10", "silver, 2024-04, 864, 10", "silver, 2024-04, 865, 25",
            "silver, 2024-04, 2161, 100", "silver, 2024-05, 446, 0", "silver, 2024-05, 447, 10",
    })
    void tierEdges(String edition, String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("pcx", edition, m, Fixtures.lostMinutes(m, minutes))));
    }

    @ParameterizedTest(name = "{0}: notice {1}..{2}")
    @CsvSource({
            // 3.3 (12316), read as counted from the day after the service month, in mainland working days: May 2024
            // from Wed 1: 1-5 Labour Day off; 6-10 (5), Sat 11 worked (6), 13-17 (11), 20-24 (16), 27-30 (20) -> Thu 30.
            "2024-04, 2024-05-01, 2024-05-30",
            // June 2024 starts on a Saturday: 3-7 (5), Mon 10 Dragon Boat off, 11-14 (9), 17-21 (14), 24-28 (19), Mon Jul 1 (20).
            "2024-05, 2024-06-01, 2024-07-01"})
    void claimsAreANoticeWithinTwentyBusinessDaysAfterTheMonth(String month, String opens, String closes) {
        SlaDefinition d = Fixtures.definition("pcx");
        assertEquals(Optional.of(SeedRef.of("002", 12316)), d.claimPolicy().orElseThrow().source());
        ClaimWindow window = SlaEngine.standard().claimWindow(d, YearMonth.parse(month), Optional.empty()).orElseThrow();
        assertEquals(LocalDate.parse(opens), window.opensOn());
        assertEquals(LocalDate.parse(closes), window.closesOn());
        // The evaluation report carries the same window.
        EvaluationReport report = Fixtures.evaluate("pcx", "gold", YearMonth.parse(month), Fixtures.lostMinutes(YearMonth.parse(month), 217));
        assertEquals(Optional.of(window), report.claim());
    }

    @Test
    void theNoteStatesTheReadingOfTheBreachDate() {
        SlaDefinition d = Fixtures.definition("pcx");
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("20 business days") && n.contains("2024-05-28")));
        assertTrue(d.claimPolicy().orElseThrow().describe().startsWith("within 20 business days after the service month ends"));
    }
}
