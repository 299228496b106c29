package io.slakit.products.database;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.slakit.products.database.DbTesting.APRIL;
import static io.slakit.products.database.DbTesting.load;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DBexpert is a refund policy: in the catalogue, with no commitment and no credit. */
class DbExpertTest {

    @Test
    void statesNoServiceLevelAndNoCredit() {
        SlaDefinition d = load("dbexpert");
        assertFalse(d.statesCommitment());
        assertFalse(d.definesCredit());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("365")));
    }

    @Test
    void evaluationAnswersNoCreditDefined() {
        SlaDefinition d = load("dbexpert");
        ResourceMonth pack = ResourceMonth.builder("dbexpert-pack", Money.of("5000.00", "CNY")).build();
        EvaluationReport report = SlaEngine.standard().evaluate(d,
                EvaluationRequest.of("dbexpert", Site.CN, APRIL, List.of(pack)), List.of());
        assertFalse(report.creditDefined());
        assertTrue(report.totalCredit().isZero());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("no credit defined")), report.warnings().toString());
    }
}
