package io.slakit.products.observability;

import io.slakit.api.Attribution;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.observability.ObservabilityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * CAT, PTS, MPM and MPM Pro: the components' unavailable minutes, each with its own threshold, added (not merged) and divided
 * by the month's minutes; exact durations.
 */
class SummedComponentsTest {

    static Incident on(String scope, Instant start, long seconds) {
        return new Incident(start, start.plusSeconds(seconds), scope, Attribution.provider());
    }

    static ResourceMonth one(YearMonth month, String scope, long seconds) {
        return resource().incident(on(scope, fifth(month), seconds)).build();
    }

    /** Per-component thresholds, 5 minutes = 300 s. */
    @ParameterizedTest
    @CsvSource({
            // CAT: the delays have no threshold (the T + 5 / T minutes are already off the input); the interface ignores 5 minutes or less
            "cat, task-creation, 60, 1", "cat, task-pause, 30, 0.5", "cat, interface, 300, 0", "cat, interface, 330, 5.5",
            // PTS: under 5 minutes ignored, exactly 5 counts, on all three
            "pts, console, 299, 0", "pts, console, 300, 5", "pts, scenario, 299, 0", "pts, scenario, 300, 5",
            "pts, interface, 299, 0", "pts, interface, 300, 5",
            // MPM: the console counts exactly 5 minutes, the interface ignores it
            "mpm, console, 299, 0", "mpm, console, 300, 5", "mpm, interface, 300, 0", "mpm, interface, 306, 5.1",
            // MPM Pro: 5 minutes or less ignored on both
            "mpm-pro, reporting, 300, 0", "mpm-pro, reporting, 306, 5.1", "mpm-pro, console, 300, 0", "mpm-pro, console, 330, 5.5"})
    void eachComponentsThreshold(String product, String scope, long seconds, String minutes) {
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, one(APRIL, scope, seconds))), minutes);
    }

    @ParameterizedTest
    @CsvSource({"cat, task-creation, interface", "pts, console, scenario", "mpm, console, interface", "mpm-pro, reporting, console"})
    void componentsDownAtTheSameTimeAddUp(String product, String a, String b) {
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(on(a, start, 3600)).incident(on(b, start, 3600)).build();
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, r)), "120");
    }

    @Test
    void ptsThreeComponentsAddUp() {
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(on("console", start, 600)).incident(on("scenario", start, 600))
                .incident(on("interface", start, 600)).build();
        assertMinutes(metric(evaluate("pts", Site.CN, APRIL, r)), "30");
    }

    /**
     * Tier edges on exact durations, split over two components where it matters. 30-day month 43,200 minutes; 31-day 44,640.
     * CAT 99.9 / 98.5 / 98: 43.2, 648, 864 (April); 44.64, 669.6, 892.8 (May).
     * PTS 99.5 / 98 / 95: 216, 864, 2,160; 223.2, 892.8, 2,232.
     * MPM 99 / 98 / 95: 432, 864, 2,160; 446.4, 892.8, 2,232.
     * MPM Pro 99.9 / 98 / 95: 43.2, 864, 2,160; 44.64, 892.8, 2,232.
     */
    @ParameterizedTest
    @CsvSource({
            "cat, 2024-04, 43.2, 0", "cat, 2024-04, 43.25, 10", "cat, 2024-04, 648, 10", "cat, 2024-04, 648.5, 20",
            "cat, 2024-04, 864, 20", "cat, 2024-04, 864.5, 50", "cat, 2024-05, 44.64, 0", "cat, 2024-05, 44.7, 10",
            "cat, 2024-05, 669.6, 10", "cat, 2024-05, 669.7, 20", "cat, 2024-05, 892.8, 20", "cat, 2024-05, 892.9, 50",
            "pts, 2024-04, 216, 0", "pts, 2024-04, 216.5, 10", "pts, 2024-04, 864, 10", "pts, 2024-04, 864.5, 25",
            "pts, 2024-04, 2160, 25", "pts, 2024-04, 2160.5, 50", "pts, 2024-05, 223.2, 0", "pts, 2024-05, 223.3, 10",
            "pts, 2024-05, 892.8, 10", "pts, 2024-05, 892.9, 25", "pts, 2024-05, 2232, 25", "pts, 2024-05, 2232.5, 50",
            "mpm, 2024-04, 432, 0", "mpm, 2024-04, 432.5, 10", "mpm, 2024-04, 864, 10", "mpm, 2024-04, 864.5, 25",
            "mpm, 2024-04, 2160, 25", "mpm, 2024-04, 2160.5, 50", "mpm, 2024-05, 446.4, 0", "mpm, 2024-05, 446.5, 10",
            "mpm, 2024-05, 892.8, 10", "mpm, 2024-05, 892.9, 25", "mpm, 2024-05, 2232, 25", "mpm, 2024-05, 2232.5, 50",
            "mpm-pro, 2024-04, 43.2, 0", "mpm-pro, 2024-04, 43.25, 10", "mpm-pro, 2024-04, 864, 10", "mpm-pro, 2024-04, 864.5, 20",
            "mpm-pro, 2024-04, 2160, 20", "mpm-pro, 2024-04, 2160.5, 30", "mpm-pro, 2024-05, 44.64, 0", "mpm-pro, 2024-05, 44.7, 10",
            "mpm-pro, 2024-05, 892.8, 10", "mpm-pro, 2024-05, 892.9, 20", "mpm-pro, 2024-05, 2232, 20", "mpm-pro, 2024-05, 2232.5, 30"})
    void tierEdges(String product, String label, String minutes, String percent) {
        YearMonth month = month(label);
        // half the downtime on each of two components, on different days (each half over 5 minutes)
        String[] scopes = switch (product) {
            case "cat" -> new String[] {"task-creation", "interface"};
            case "mpm-pro" -> new String[] {"reporting", "console"};
            default -> new String[] {"console", "interface"};
        };
        long millis = new BigDecimal(minutes).multiply(BigDecimal.valueOf(60_000)).longValueExact();
        long first = millis / 2;
        Instant day5 = fifth(month);
        Instant day6 = day5.plusSeconds(86_400);
        ResourceMonth r = resource()
                .incident(new Incident(day5, day5.plusMillis(first), scopes[0], Attribution.provider()))
                .incident(new Incident(day6, day6.plusMillis(millis - first), scopes[1], Attribution.provider())).build();
        ResourceReport report = evaluate(product, Site.CN, month, r);
        assertMinutes(metric(report), minutes);
        assertCredit(report, percent);
    }

    @ParameterizedTest
    @CsvSource({"cat, 5.1, interface", "cat, 5.7, task-creation", "cat, 4, interface", "pts, 4.1, scenario", "pts, 4.9, console",
            "mpm, 4.2, interface", "mpm, 4.7, console", "mpm-pro, 5.7, reporting", "mpm-pro, 4, console"})
    void anExcludedOutageCountsNothingOnItsComponentOrEverywhere(String product, String clause, String scope) {
        Instant start = fifth(APRIL);
        String code = definition(product, Site.CN, APRIL.atDay(1)).exclusions().stream()
                .filter(e -> e.clause().equals(clause)).findFirst().orElseThrow().code();
        ResourceMonth scoped = resource().incident(on(scope, start, 3 * 3600))
                .incident(new Incident(start, start.plusSeconds(3 * 3600), scope, Attribution.excluded(code))).build();
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, scoped)), "0");
        ResourceMonth everywhere = resource().incident(on(scope, start, 3 * 3600))
                .incident(new Incident(start.minusSeconds(60), start.plusSeconds(3 * 3600 + 60), "", Attribution.excluded(code))).build();
        ResourceReport report = evaluate(product, Site.CN, APRIL, everywhere);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
    }

    @Test
    void anIncidentMustNameAComponent() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate("mpm", Site.CN, APRIL, resource().incident(Incident.of(fifth(APRIL), fifth(APRIL).plusSeconds(600))).build()));
        assertEquals("resources[0].incidents[0].scope", e.field());
    }
}
