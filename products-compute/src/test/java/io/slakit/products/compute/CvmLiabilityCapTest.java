package io.slakit.products.compute;

import io.slakit.api.DurabilityCounts;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.engine.LiabilityLedger;
import io.slakit.core.engine.MonthSeries;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CVM's 12-month liability cap (6.1, 002:1581) on the real definition, three months worked by hand. CVM's durability credit is
 * the whole month's CBS fee (3.1(4)), which can exceed the instance's fee: that is where the cap across months bites.
 */
class CvmLiabilityCapTest {

    private static final SlaDefinition CVM = Fixtures.definition("cvm");

    /** ins-1 at 100.00 a month with a 1000.00 CBS disk fee; {@code downMinutes} out on the 10th; one of 10 units lost when {@code lost}. */
    private static MonthSeries.Given month(String month, long downMinutes, boolean lost) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth.Builder r = ResourceMonth.builder("ins-1", cny("100.00")).otherFee(Cvm.CBS_FEE, cny("1000.00"));
        if (downMinutes > 0) {
            Instant start = m.atDay(10).atStartOfDay(Fixtures.SHANGHAI).toInstant();
            r.incident(Incident.of(start, start.plusSeconds(60 * downMinutes)));
        }
        if (lost) {
            r.durability(DurabilityCounts.of(10, 1));
        }
        return new MonthSeries.Given(month + ".json", EvaluationRequest.of("cvm", Site.CN, m, List.of(r.build())));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /**
     * April 2024: 120 of 43,200 minutes down, 99.722 % in [99, 99.975) -> 10 % of 100.00 = 10.00. May: 120 of 44,640, 99.731 %
     * -> 10.00. June: a lost unit misses 99.9999999 % durability -> 100 % of the CBS fee, 1000.00 (the highest credit, capped
     * at its own basis). The cap in June: the window's fees are 3 x 100.00 = 300.00 (the instance fee: the fee paid for CVM),
     * 20.00 already owed, so June owes 280.00 and the three months 300.00.
     */
    @Test
    void theTwelveMonthCapCutsJunesDurabilityCredit() {
        assertEquals(SeedRef.of("002", 1581), CVM.liabilityCap().orElseThrow().source());
        MonthSeries.Result r = MonthSeries.of(List.of(month("2024-04", 120, false), month("2024-05", 120, false), month("2024-06", 0, true)))
                .evaluate(SlaEngine.standard(), m -> new Resolution(CVM, List.of()), Optional.of(LocalDate.of(2024, 7, 20)));
        assertEquals(cny("10.00"), r.reports().get(0).totalCredit().rounded());
        assertEquals(cny("10.00"), r.reports().get(1).totalCredit().rounded());
        assertEquals(cny("1000.00"), r.reports().get(2).totalCredit().rounded());
        assertEquals(cny("10.00"), r.owed(0));
        assertEquals(cny("10.00"), r.owed(1));
        assertFalse(r.ledger().get(1).capped());
        assertEquals(cny("300.00"), r.ledger().get(2).base());
        assertEquals(cny("20.00"), r.ledger().get(2).paidBefore());
        assertEquals(cny("280.00"), r.owed(2));
        assertTrue(r.ledger().get(2).capped());
        assertEquals(cny("300.00"), r.totalOwed());
    }

    /** Control: the same three months without the lost unit owe 10.00 + 10.00 + 0.00; the window's 300.00 never binds. */
    @Test
    void withoutTheDurabilityCreditTheCapNeverBinds() {
        MonthSeries.Result r = MonthSeries.of(List.of(month("2024-04", 120, false), month("2024-05", 120, false), month("2024-06", 0, false)))
                .evaluate(SlaEngine.standard(), m -> new Resolution(CVM, List.of()), Optional.empty());
        assertEquals(cny("20.00"), r.totalOwed());
        assertTrue(r.ledger().stream().noneMatch(LiabilityLedger.Month::capped));
    }
}
