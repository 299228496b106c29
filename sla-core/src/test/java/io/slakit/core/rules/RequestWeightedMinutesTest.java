package io.slakit.core.rules;

import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.RequestShare;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.MeasurementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestWeightedMinutesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ServiceMonth JUNE = ServiceMonth.calendar(YearMonth.of(2024, 6), SHANGHAI);
    private static final Instant JUNE_5 = YearMonth.of(2024, 6).atDay(5).atStartOfDay(SHANGHAI).toInstant();
    /** HTTPDNS's reading: outages under a minute ignored (on their own length), the weighted time rounded up. */
    private static final RequestWeightedMinutes RULE = Rules.requestWeightedMinutes().ignoringUnder(Duration.ofMinutes(1)).roundingUp();

    private static Measured measure(RequestWeightedMinutes rule, Incident... incidents) {
        ResourceMonth.Builder b = ResourceMonth.builder("res-1", Money.of("100.00", "CNY"));
        for (Incident incident : incidents) {
            b.incident(incident);
        }
        return rule.measure(MeasurementContext.alone(JUNE, b.build(), Set.of("maintenance")));
    }

    private static BigDecimal down(RequestWeightedMinutes rule, Incident... incidents) {
        return measure(rule, incidents).unavailableMinutes().orElseThrow();
    }

    private static Incident outage(long seconds) {
        return Incident.of(JUNE_5, JUNE_5.plusSeconds(seconds));
    }

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @ParameterizedTest(name = "{0} s x {1}/{2} -> {3} min")
    @CsvSource({
            // 2.1's example with weights: 22m02s x 1/2 = 11m01s -> 12; 33m03s x 1/3 = 11m01s -> 12.
            "1322, 1, 2, 12", "1983, 1, 3, 12",
            // 44m x 1/4 = 11m exactly -> 11; 44m01s x 1/4 = 11m00.25s -> 12.
            "2640, 1, 4, 11", "2641, 1, 4, 12",
            // The threshold judges the outage's own length: 59 s counts 0 even fully charged; 60 s counts.
            "59, 1, 1, 0", "60, 1, 1, 1",
            // A kept outage whose weighted time is under a minute counts 1 (不可用时间小于1分钟的按1分钟计算): 10 min x 5% = 30 s -> 1.
            "600, 5, 100, 1",
            // 59 s at any share is still under the threshold: 0.
            "59, 1, 2, 0",
            // No charged request: 0 minutes, not rounded up to 1.
            "600, 0, 1000, 0",
            // Counts far beyond a long's product stay exact: 1 hour x (2^62 - 1) / 2^62 -> just under 60 min -> 60.
            "3600, 4611686018427387903, 4611686018427387904, 60"})
    void weightsEachOutageExactlyBeforeRounding(long seconds, long charged, long total, String minutes) {
        same(minutes, down(RULE, outage(seconds).weightedBy(charged, total)));
    }

    @Test
    void anOutageWithoutAShareCountsWithWeightOne() {
        // 11m01s unweighted -> 12, as the text's own example.
        same("12", down(RULE, outage(661)));
    }

    @Test
    void exactRoundingKeepsTheFraction() {
        // 10 min x 1/3 = 3.333... min, to 34 significant digits.
        BigDecimal third = RequestWeightedMinutes.weightedMinutes(Duration.ofMinutes(10).toNanos(), RequestShare.of(1, 3), Rounding.EXACT);
        assertEquals(new BigDecimal("3.333333333333333333333333333333333"), third);
        // Down: 11m01s x 1 -> 11.
        same("11", RequestWeightedMinutes.weightedMinutes(Duration.ofSeconds(661).toNanos(), RequestShare.of(1, 1), Rounding.DOWN_TO_MINUTE));
    }

    @Test
    void excludedTimeIsRemovedBeforeTheThresholdAndTheWeight() {
        // 20 min outage at 1/2, the first 10 min excluded: 10 min left x 1/2 = 5 min.
        Incident weighted = Incident.of(JUNE_5, JUNE_5.plusSeconds(1200)).weightedBy(1, 2);
        Incident maintenance = Incident.excluded(JUNE_5, JUNE_5.plusSeconds(600), "maintenance");
        Measured m = measure(RULE, weighted, maintenance);
        same("5", m.unavailableMinutes().orElseThrow());
        same("10", m.excludedMinutes().get("maintenance"));
        // 10m30s outage with the first 10 min excluded: 30 s left is under the threshold -> 0.
        same("0", down(RULE, Incident.of(JUNE_5, JUNE_5.plusSeconds(630)).weightedBy(1, 2), maintenance));
    }

    @Test
    void separateOutagesSumTheirWeightedMinutes() {
        // 22m02s x 1/2 -> 12; a day later 10 min x 5% -> 1; an unweighted 2 min -> 2: 15.
        Instant nextDay = JUNE_5.plus(Duration.ofDays(1));
        Instant dayAfter = JUNE_5.plus(Duration.ofDays(2));
        same("15", down(RULE, outage(1322).weightedBy(1, 2),
                Incident.of(nextDay, nextDay.plusSeconds(600)).weightedBy(5, 100),
                Incident.of(dayAfter, dayAfter.plusSeconds(120))));
    }

    @Test
    void unweightedOutagesStillMergeWhereTheyOverlap() {
        // [0, 40 s) and [30 s, 70 s) merge into 70 s -> 2 minutes.
        same("2", down(RULE, outage(40), Incident.of(JUNE_5.plusSeconds(30), JUNE_5.plusSeconds(70))));
    }

    @Test
    void touchingWeightedOutagesAreSeparateOutages() {
        // [0, 40 s) at 1/1 and [40 s, 80 s) at 1/1: neither reaches a minute on its own -> 0.
        same("0", down(RULE, outage(40).weightedBy(1, 1), Incident.of(JUNE_5.plusSeconds(40), JUNE_5.plusSeconds(80)).weightedBy(1, 1)));
    }

    @Test
    void aWeightedOutageOverlappingAnotherIsRejected() {
        Incident weighted = outage(600).weightedBy(1, 2);
        Incident plain = Incident.of(JUNE_5.plusSeconds(300), JUNE_5.plusSeconds(900));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> measure(RULE, weighted, plain));
        assertEquals("incidents[1]", e.field());
        assertTrue(e.rule().contains("overlaps incidents[0]"), e.getMessage());
        // Either order (the error names the later-starting one), and two weighted ones.
        assertEquals("incidents[0]", assertThrows(InvalidInputException.class, () -> measure(RULE, plain, weighted)).field());
        assertThrows(InvalidInputException.class, () -> measure(RULE, weighted, plain.weightedBy(1, 1)));
        // Hidden behind a longer unweighted outage: [0, 1 h) plain, [1, 2 min) weighted, [90 s, 3 min) plain.
        Incident longPlain = outage(3600);
        Incident inner = Incident.of(JUNE_5.plusSeconds(60), JUNE_5.plusSeconds(120)).weightedBy(1, 2);
        assertThrows(InvalidInputException.class, () -> measure(RULE, longPlain, inner));
    }

    @Test
    void theShareIsValidated() {
        assertEquals("totalRequests", assertThrows(InvalidInputException.class, () -> RequestShare.of(0, 0)).field());
        assertEquals("chargedRequests", assertThrows(InvalidInputException.class, () -> RequestShare.of(-1, 10)).field());
        assertEquals("chargedRequests", assertThrows(InvalidInputException.class, () -> RequestShare.of(11, 10)).field());
        // An excluded incident removes its whole time; a share on it is an error.
        assertEquals("chargedRequests", assertThrows(InvalidInputException.class,
                () -> Incident.excluded(JUNE_5, JUNE_5.plusSeconds(60), "maintenance").weightedBy(1, 2)).field());
    }

    @Test
    void describesItsReading() {
        assertEquals("request-weighted-incident-minutes", RULE.rule());
        assertTrue(RULE.describe().contains("judged on the outage's own length"), RULE.describe());
        assertTrue(RULE.weighsRequestShares());
    }
}
