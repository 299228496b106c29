package io.slakit.products.network;

import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpdnsTest {
    private static final YearMonth JUNE = YearMonth.of(2024, 6);

    @ParameterizedTest(name = "{0}: {1} min down -> {2}%")
    @CsvSource({
            // 99.99%: April 4.32 -> 4 met, 5 -> 10%; 99% 432 exactly -> 10%, 433 -> 15%; 95% 2160 -> 15%, 2161 -> 50%.
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-04, 432, 10", "2024-04, 433, 15", "2024-04, 2160, 15", "2024-04, 2161, 50",
            // May: 4.464 -> 4 / 5; 446.4 -> 446 / 447; 2232 -> 2232 / 2233.
            "2024-05, 4, 0", "2024-05, 5, 10", "2024-05, 446, 10", "2024-05, 447, 15", "2024-05, 2232, 15", "2024-05, 2233, 50",
    })
    void tierEdges(String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("httpdns", null, m, Fixtures.outage(m, Duration.ofMinutes(minutes)))));
    }

    @ParameterizedTest(name = "{0} s -> {1} min")
    @CsvSource({"59, 0", "60, 1", "61, 2", "661, 12"})
    void underOneMinuteIgnoredThenRoundedUp(int seconds, String minutes) {
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("httpdns", null, JUNE, Fixtures.outage(JUNE, Duration.ofSeconds(seconds)))));
    }

    private static ResourceMonth weighted(long seconds, long charged, long total) {
        Instant start = Fixtures.fifth(JUNE);
        return ResourceMonth.builder("res-1", Fixtures.FEE)
                .incident(Incident.of(start, start.plusSeconds(seconds)).weightedBy(charged, total)).build();
    }

    @ParameterizedTest(name = "{0} s x {1}/{2} -> {3} min")
    @CsvSource({
            // 2.1 (46298-46300): time x charged / all requests, then 11m01s -> 12: 22m02s x 500/1000 = 11m01s -> 12.
            "1322, 500, 1000, 12",
            // 22m00s x 1/2 = 11m exactly -> 11; 22m01s x 1/2 = 11m00.5s -> 12.
            "1320, 1, 2, 11", "1321, 1, 2, 12",
            // Threshold on the outage's own length (the note's reading): 59 s at any share -> 0; 60 s at 1/2 = 30 s -> 1.
            "59, 1000, 1000, 0", "59, 1, 2, 0", "60, 1, 2, 1",
            // A 10-minute outage with 5% of requests charged weighs 30 s: under a minute counts 1 (不可用时间小于1分钟的按1分钟计算).
            "600, 50, 1000, 1",
            // No charged request during the outage: 0.
            "600, 0, 1000, 0"})
    void eachOutageIsWeightedByItsChargedRequests(long seconds, long charged, long total, String minutes) {
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("httpdns", null, JUNE, weighted(seconds, charged, total))));
    }

    @ParameterizedTest(name = "April: {0} min x {1}/{2} -> {3}%")
    @CsvSource({
            // April allows 4.32 min: 10 min x 1/2 = 5 -> 10%; 8 min x 1/2 = 4 -> met.
            "10, 1, 2, 10", "8, 1, 2, 0",
            // 866 min x 1/2 = 433 -> below 99% (432 allowed) -> 15%; 864 x 1/2 = 432 -> 10%.
            "866, 1, 2, 15", "864, 1, 2, 10"})
    void weightedMinutesPickTheTier(long minutes, long charged, long total, String credit) {
        YearMonth april = YearMonth.of(2024, 4);
        Instant start = Fixtures.fifth(april);
        ResourceMonth r = ResourceMonth.builder("res-1", Fixtures.FEE)
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(minutes))).weightedBy(charged, total)).build();
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("httpdns", null, april, r)));
    }

    @Test
    void overlappingWeightedOutagesAreRejected() {
        Instant start = Fixtures.fifth(JUNE);
        ResourceMonth r = ResourceMonth.builder("res-1", Fixtures.FEE)
                .incident(Incident.of(start, start.plusSeconds(600)).weightedBy(1, 2))
                .incident(Incident.of(start.plusSeconds(300), start.plusSeconds(900)).weightedBy(1, 4)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Fixtures.evaluate("httpdns", null, JUNE, r));
        assertEquals("resources[0].incidents[1]", e.field());
    }

    @Test
    void theNotesStateTheReadings() {
        SlaDefinition d = Fixtures.definition("httpdns");
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("judges the outage's own length, before weighting")));
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("counts with weight 1")));
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("must not overlap")));
        assertTrue(d.notes().stream().noneMatch(n -> n.contains("give the incident already scaled")));
    }
}
