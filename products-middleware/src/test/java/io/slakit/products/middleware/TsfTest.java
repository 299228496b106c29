package io.slakit.products.middleware;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static io.slakit.products.middleware.MiddlewareFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * TSF (not yet listed: see {@link Tsf}): a minute is down when every node fails to reach the registry AND all online business
 * is down, whole minutes only; 99.90 % promised; [99, 99.9) 10 %, [95, 99) 25 %, [0, 95) 100 %.
 */
class TsfTest {
    static final SlaDefinition D = Tsf.definition();

    static ResourceReport run(YearMonth month, Incident... incidents) {
        ResourceMonth.Builder b = resource();
        for (Incident i : incidents) {
            b.incident(i);
        }
        return SlaEngine.standard().evaluate(D, EvaluationRequest.of("tsf", Site.CN, month, List.of(b.build())), List.of())
                .resources().get(0);
    }

    static Incident on(String signal, Instant start, long seconds) {
        return Incident.of(start, start.plusSeconds(seconds)).onSignal(signal);
    }

    @ParameterizedTest
    @CsvSource({"59, 0", "60, 1", "179, 2", "600, 10"})
    void bothDownCountsWholeMinutes(long seconds, String minutes) {
        Instant t = fifth(APRIL);
        assertMinutes(metric(run(APRIL, on("registry", t, seconds), on("business", t, seconds))), minutes);
    }

    @Test
    void oneConditionAloneCountsNothing() {
        Instant t = fifth(APRIL);
        assertMinutes(metric(run(APRIL, on("registry", t, 3600))), "0");
        assertMinutes(metric(run(APRIL, on("business", t, 3600))), "0");
        // registry 00:00-01:00, business 00:30-02:00: 30 minutes together
        assertMinutes(metric(run(APRIL, on("registry", t, 3600), on("business", t.plusSeconds(1800), 5400))), "30");
    }

    // 30-day month: 99.9 % allows 43.2 minutes, 99 % 432, 95 % 2,160; 31-day: 44.64, 446.4, 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 100",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 100"})
    void tierEdges(String label, long minutes, String percent) {
        YearMonth month = month(label);
        Instant t = fifth(month);
        ResourceReport r = run(month, on("registry", t, minutes * 60), on("business", t, minutes * 60));
        assertMinutes(metric(r), Long.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void everyClauseRemovesItsTime() {
        Instant t = fifth(APRIL);
        assertCredit(run(APRIL, on("registry", t, 86_400), on("business", t, 86_400)), "25");
        for (ExclusionClause clause : D.exclusions()) {
            ResourceReport r = run(APRIL, on("registry", t, 86_400), on("business", t, 86_400),
                    Incident.excluded(t.minusSeconds(60), t.plusSeconds(86_460), clause.code()));
            assertMinutes(metric(r), "0");
            assertCredit(r, "0");
        }
    }

    @Test
    void anIncidentMustNameASignal() {
        assertEquals("resources[0].incidents[0].signal", assertThrows(InvalidInputException.class,
                () -> run(APRIL, Incident.of(fifth(APRIL), fifth(APRIL).plusSeconds(900)))).field());
    }

    /** Every numbered clause of the text is coded (the conformance suite checks each one's line). */
    @Test
    void everyClauseIsCoded() {
        assertEquals(9, D.exclusions().size());
    }
}
