package io.slakit.core.engine;

import io.slakit.api.DurabilityCounts;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CVM-shaped (002:1285, cap 6.1 at 002:1579): the durability credit is 100 % of the CBS fee, which may exceed the instance's fee. */
class LiabilityLedgerTest {
    private static final SlaDefinition VM = TestSlas.cvmLike();

    private static EvaluationReport month(String month, String fee, String cbs, boolean lost) {
        ResourceMonth.Builder r = ResourceMonth.builder("ins-1", Money.of(fee, "CNY")).otherFee("cbs", Money.of(cbs, "CNY"));
        if (lost) {
            r.durability(DurabilityCounts.of(10, 1));
        }
        return SlaEngine.standard().evaluate(VM, EvaluationRequest.of("vm", Site.CN, YearMonth.parse(month), List.of(r.build())), List.of());
    }

    @Test
    void aSingleMonthIsUnchanged() {
        EvaluationReport january = month("2024-01", "100.00", "300.00", true);
        assertEquals(Money.of("300.00", "CNY"), january.totalCredit());
        LiabilityLedger.Month only = LiabilityLedger.apply(List.of(january)).get(0);
        assertEquals(Money.of("300.00", "CNY"), only.owed());
        assertFalse(only.capped());
    }

    @Test
    void creditsWithinTwelveMonthsNeverExceedTheirFees() {
        List<LiabilityLedger.Month> months = LiabilityLedger.apply(List.of(
                month("2024-02", "100.00", "300.00", true),
                month("2024-01", "100.00", "300.00", true),
                month("2025-02", "100.00", "300.00", true)));
        // January: 300 paid. February: fees 200 in the window, 300 already paid -> nothing more.
        assertEquals(List.of("2024-01", "2024-02", "2025-02"), months.stream().map(m -> m.month().toString()).toList());
        assertEquals(Money.of("300.00", "CNY"), months.get(0).owed());
        assertEquals(Money.of("200.00", "CNY"), months.get(1).base());
        assertEquals(Money.of("0.00", "CNY"), months.get(1).owed());
        assertTrue(months.get(1).capped());
        // February 2025: its window (2024-03..2025-02) holds no earlier credit: 300 again
        assertEquals(Money.of("100.00", "CNY"), months.get(2).base());
        assertEquals(Money.of("300.00", "CNY"), months.get(2).owed());
    }

    @Test
    void aMonthGivenTwiceOrAnotherProductIsNamed() {
        EvaluationReport january = month("2024-01", "100.00", "0.00", false);
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> LiabilityLedger.apply(List.of(january, january)));
        assertEquals("months[1].month", twice.field());
        EvaluationReport other = SlaEngine.standard().evaluate(TestSlas.windowed(),
                EvaluationRequest.of("rtc", Site.CN, YearMonth.of(2024, 2), List.of(ResourceMonth.builder("x", Money.of("1.00", "CNY")).build())), List.of());
        assertEquals("months[1].product", assertThrows(InvalidInputException.class, () -> LiabilityLedger.apply(List.of(january, other))).field());
    }

    private static Money baseOf(List<EvaluationReport> reports, YearMonth at) {
        return LiabilityLedger.apply(reports).stream().filter(m -> m.month().equals(at)).findFirst().orElseThrow().base();
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 12, 365, 8088})
    void addingAMonthNeverLowersTheCapsBase(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            Set<YearMonth> taken = new HashSet<>();
            List<EvaluationReport> reports = new ArrayList<>();
            YearMonth last = YearMonth.of(2025, 6);
            taken.add(last);
            reports.add(month(last.toString(), random.nextInt(500) + ".00", "0.00", false));
            for (int i = random.nextInt(5); i > 0; i--) {
                YearMonth m = last.minusMonths(1 + random.nextInt(20));
                if (taken.add(m)) {
                    reports.add(month(m.toString(), random.nextInt(500) + ".00", "0.00", false));
                }
            }
            YearMonth extra = last.minusMonths(1 + random.nextInt(20));
            if (!taken.add(extra)) {
                continue;
            }
            List<EvaluationReport> more = new ArrayList<>(reports);
            EvaluationReport added = month(extra.toString(), (1 + random.nextInt(500)) + ".00", "0.00", false);
            more.add(added);
            Money before = baseOf(reports, last);
            Money after = baseOf(more, last);
            assertTrue(after.compareTo(before) >= 0, "base fell from " + before + " to " + after);
            // the control: a month with a fee inside the window does raise the base, so a base that ignored months would fail here
            boolean inWindow = !extra.isBefore(last.minusMonths(11));
            assertEquals(inWindow, after.compareTo(before) > 0, extra + " " + before + " " + after);
        }
    }
}
