package io.slakit.products.storage;

import io.slakit.api.CreditForm;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.InvalidInputException;
import io.slakit.api.LateItem;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.Ticket;
import io.slakit.core.engine.SlaEngine;
import io.slakit.testkit.SeedTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static io.slakit.products.storage.StorageFixtures.BEIJING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CDM (not yet listed: see {@link Cdm}): review in 1, shipping in 15, upload started in 3 mainland-China working days, counted
 * from the day after the step began; no money credit. April-May 2024: 清明 off Apr 4-6 with Sunday Apr 7 worked; 劳动节 off
 * May 1-5 with Sunday Apr 28 and Saturday May 11 worked.
 */
class CdmTest {
    static final SlaDefinition D = Cdm.definition();

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    static ResourceReport run(Ticket... tickets) {
        ResourceMonth.Builder b = ResourceMonth.builder("task-1", Money.of("1000.00", "CNY"));
        for (Ticket t : tickets) {
            b.ticket(t);
        }
        return SlaEngine.standard().evaluate(D, EvaluationRequest.of("cdm", Site.CN, YearMonth.of(2024, 4), List.of(b.build())), List.of())
                .resources().get(0);
    }

    @ParameterizedTest(name = "{0} opened {1}, done {2}: late {3}")
    @CsvSource({
            // Monday Apr 8: 1 working day ends at 24:00 on Tuesday Apr 9
            "application-review, 2024-04-08T10:00, 2024-04-09T23:59, 0",
            "application-review, 2024-04-08T10:00, 2024-04-10T09:00, 1",
            // Friday Apr 26: Saturday Apr 27 is off, Sunday Apr 28 is a make-up working day: the deadline is 24:00 Apr 28
            "application-review, 2024-04-26T10:00, 2024-04-28T18:00, 0",
            "application-review, 2024-04-26T10:00, 2024-04-29T09:00, 1",
            // Fees paid Monday Apr 1: Apr 2, 3, 7, 8-12, 15-19, 22, 23 are the 15 working days: 24:00 Apr 23
            "device-shipping, 2024-04-01T10:00, 2024-04-23T18:00, 0",
            "device-shipping, 2024-04-01T10:00, 2024-04-24T10:00, 1",
            // Device back Tuesday Apr 30: May 1-5 off, so May 6, 7, 8: 24:00 May 8
            "upload-start, 2024-04-30T10:00, 2024-05-08T20:00, 0",
            "upload-start, 2024-04-30T10:00, 2024-05-09T10:00, 1"})
    void deadlinesInMainlandWorkingDays(String kind, String opened, String done, int late) {
        ResourceReport r = run(Ticket.of("T", kind, at(opened)).deliveredAt(at(done)));
        MetricResult m = r.metrics().get(0);
        List<LateItem> items = m.lateItems().orElseThrow();
        assertEquals(late, items.size());
        assertEquals(late == 0, m.met());
        items.forEach(i -> assertEquals(0, BigDecimal.ONE.compareTo(i.lateness())));
        assertTrue(r.credit().isZero(), "no money credit: " + r.credit());
    }

    @Test
    void aMissedDeadlineEarnsNoMoneyAndSaysWhy() {
        ResourceReport r = run(Ticket.of("T", "application-review", at("2024-04-08T10:00")).deliveredAt(at("2024-04-12T10:00")));
        MetricResult m = r.metrics().get(0);
        assertFalse(m.met());
        assertTrue(r.credit().isZero());
        assertTrue(m.explanation().contains("No credit defined"), m.explanation());
        assertTrue(m.explanation().contains("free replacement"), m.explanation());
        assertEquals(CreditForm.NONE, D.creditForm());
        assertFalse(D.editions().get(0).metrics().get(0).credit().definesCredit());
    }

    @Test
    void aStepNotDoneIsLateOnceItsDeadlinePassesInTheMonth() {
        // review opened Apr 8, never done: late at the month's end; shipping opened Apr 29, not yet due at the month's end
        ResourceReport r = run(Ticket.of("A", "application-review", at("2024-04-08T10:00")),
                Ticket.of("B", "device-shipping", at("2024-04-29T10:00")));
        assertEquals(1, r.metrics().get(0).lateItems().orElseThrow().size());
        assertEquals("A", r.metrics().get(0).lateItems().orElseThrow().get(0).ticket());
    }

    @Test
    void unknownStepsAreRejectedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(Ticket.of("T", "data-erasure", at("2024-04-08T10:00"))));
        assertEquals("resources[0].tickets[0].kind", e.field());
    }

    /** The three deadlines stand on the cited lines (the conformance suite checks one figure; this checks all three). */
    @Test
    void citationsStandOnTheirLines() {
        SeedRef title = D.provenance().titleLine();
        assertTrue(SeedTexts.line(title).contains(D.provenance().title()));
        assertTrue(SeedTexts.around(title, 3, 3).contains("2023-05-23"));
        var metric = D.editions().get(0).metrics().get(0);
        String deadlines = SeedTexts.around(metric.commitmentSource(), 0, 4);
        assertTrue(deadlines.contains("1个工作日内") && deadlines.contains("15个工作日内") && deadlines.contains("3个工作日内"), deadlines);
        assertTrue(SeedTexts.around(metric.creditSource().orElseThrow(), 0, 2).contains("免费更换"));
        assertTrue(D.exclusions().isEmpty());
        assertTrue(D.claimPolicy().isEmpty());
    }
}
