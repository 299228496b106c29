package io.slakit.products.observability;

import io.slakit.api.CreditForm;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static io.slakit.products.observability.ObservabilityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WeTest: 99% promised, exact incident durations reported; the remedies are re-runs and refunds, so no credit is defined. */
class NoCreditTest {

    // 99% of April's 43,200 minutes allows 432; of May's 44,640, 446.4.
    @ParameterizedTest
    @CsvSource({"2024-04, 25920, true", "2024-04, 25921, false", "2024-05, 26784, true", "2024-05, 26785, false"})
    void weTestReportsTheCommitment(String month, long seconds, boolean met) {
        ResourceReport r = evaluate("wetest", Site.CN, month(month), outage(month(month), seconds));
        assertEquals(met, metric(r).met());
        assertCredit(r, "0");
    }

    @Test
    void weTestCountsExactDurations() {
        assertMinutes(metric(evaluate("wetest", Site.CN, APRIL, outage(APRIL, 90))), "1.5");
    }

    @Test
    void weTestExclusionsRemoveTime() {
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.excluded(start, start.plusSeconds(3600), "customer-delayed-cooperation")).build();
        assertMinutes(metric(evaluate("wetest", Site.CN, APRIL, r)), "0");
    }

    @Test
    void weTestSaysNoCreditDefined() {
        SlaDefinition d = definition("wetest", Site.CN, APRIL.atDay(1));
        assertTrue(d.statesCommitment());
        assertFalse(d.definesCredit());
        assertEquals(6, d.exclusions().size());
        EvaluationReport report = SlaEngine.standard().evaluate(d,
                EvaluationRequest.of("wetest", Site.CN, APRIL, List.of(outage(APRIL, 30_000))), List.of());
        assertFalse(report.creditDefined());
        assertEquals(CreditForm.NONE, report.creditForm());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("defines no credit")), report.warnings().toString());
    }
}
