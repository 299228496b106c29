package io.slakit.products.compute;

import io.slakit.api.CreditForm;
import io.slakit.api.EvaluationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.definition;
import static io.slakit.products.compute.Fixtures.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** THPC and Batch are free and state no SLA: they are in the catalogue and answer "no credit defined". */
class NoSlaTest {

    @ParameterizedTest
    @ValueSource(strings = {"thpc", "batch"})
    void inTheCatalogueWithNoCommitment(String product) {
        var d = definition(product);
        assertFalse(d.statesCommitment());
        assertFalse(d.definesCredit());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("no SLA applies")));
        assertEquals(13, d.exclusions().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"thpc", "batch"})
    void evaluationAnswersNoCreditDefined(String product) {
        // A resource with its fee and no incidents: the engine rejects provider incidents for a product that
        // measures none (reported to the lead as a core question).
        EvaluationReport report = evaluate(product, APRIL, io.slakit.api.ResourceMonth.builder("res", Fixtures.FEE).build());
        assertFalse(report.creditDefined());
        assertEquals(CreditForm.NONE, report.creditForm());
        assertAmount("0.00", report.totalCredit());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("no credit defined")));
    }
}
