package io.slakit.core.engine;

import io.slakit.api.ClaimWindow;
import io.slakit.api.DurabilityCounts;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.LiabilityCap;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several months together on a CVM-shaped definition (002:1285; the 12-month cap of 6.1 is stated at
 * 002:1581): availability credits are 10 % of the instance fee, a lost unit earns 100 % of the CBS
 * fee, so a month's credit can exceed its own fee and the cap across months can bite.
 */
class MonthSeriesTest {
    private static final SlaDefinition UNDECLARED = TestSlas.cvmLike();
    private static final SlaDefinition DECLARED = withCap(UNDECLARED);

    static SlaDefinition withCap(SlaDefinition d) {
        return new SlaDefinition(d.product(), d.site(), d.family(), d.nameZh(), d.nameEn(), d.provenance(), d.zone(), d.monthRule(),
                d.editions(), d.defaultEdition(), d.combination(), d.cap(), d.creditForm(), d.claimPolicy(), d.exclusions(), d.notes(),
                d.examples(), Optional.of(new LiabilityCap(12, SeedRef.of("002", 1581))));
    }

    private static Function<YearMonth, Resolution> always(SlaDefinition d) {
        return m -> new Resolution(d, List.of());
    }

    /** ins-1 at 100.00 a month with a 1000.00 CBS fee: {@code downMinutes} of outage on the 10th, and a lost unit when {@code lost}. */
    private static MonthSeries.Given month(String month, String fee, long downMinutes, boolean lost) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth.Builder r = ResourceMonth.builder("ins-1", Money.of(fee, "CNY")).otherFee("cbs", Money.of("1000.00", "CNY"));
        if (downMinutes > 0) {
            Instant start = m.atDay(10).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
            r.incident(Incident.of(start, start.plusSeconds(60 * downMinutes)));
        }
        if (lost) {
            r.durability(DurabilityCounts.of(10, 1));
        }
        return new MonthSeries.Given(month + ".json", EvaluationRequest.of("vm", Site.CN, m, List.of(r.build())));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /**
     * January 2024: 120 of 44,640 minutes down (99.73 %) -> 10 % of 100.00 = 10.00. February: 120 of 41,760 -> 10.00. March: a
     * lost unit -> 100 % of the CBS fee, 1000.00. The cap in March: fees of the window 300.00, 20.00 already paid, so 280.00.
     */
    @Test
    void theTwelveMonthCapBitesInMonthThree() {
        MonthSeries series = MonthSeries.of(List.of(month("2024-03", "100.00", 0, true), month("2024-01", "100.00", 120, false),
                month("2024-02", "100.00", 120, false)));
        MonthSeries.Result r = series.evaluate(SlaEngine.standard(), always(DECLARED), Optional.of(LocalDate.of(2024, 4, 20)));
        assertEquals(List.of("2024-01", "2024-02", "2024-03"), r.reports().stream().map(x -> x.month().toString()).toList());
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
        // Claim windows (5th business day of the next month, 60 days): January 2024-02-07..2024-03-31 (Sunday Feb 4 worked),
        // February 2024-03-08..2024-04-29, March 2024-04-09..2024-05-30 (Qingming Apr 4-6 off, Sunday Apr 7 worked).
        assertEquals(new ClaimWindow(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 3, 31)), plain(r.claims().get(0).window().orElseThrow()));
        assertEquals(new ClaimWindow(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 29)), plain(r.claims().get(1).window().orElseThrow()));
        assertEquals(new ClaimWindow(LocalDate.of(2024, 4, 9), LocalDate.of(2024, 5, 30)), plain(r.claims().get(2).window().orElseThrow()));
        assertEquals(List.of(ClaimWindow.State.CLOSED, ClaimWindow.State.OPEN, ClaimWindow.State.OPEN),
                r.claims().stream().map(c -> c.state().orElseThrow()).toList());
        assertEquals(cny("280.00"), r.claims().get(2).owed());
    }

    private static ClaimWindow plain(ClaimWindow w) {
        return new ClaimWindow(w.opensOn(), w.closesOn());
    }

    @Test
    void whereNoDefinitionDeclaresTheCapTheLedgerChangesNothing() {
        List<MonthSeries.Given> months = List.of(month("2024-01", "100.00", 120, false), month("2024-02", "100.00", 120, false),
                month("2024-03", "100.00", 0, true));
        MonthSeries.Result r = MonthSeries.of(months).evaluate(SlaEngine.standard(), always(UNDECLARED), Optional.empty());
        assertTrue(r.liabilityCap().isEmpty());
        assertTrue(r.ledger().isEmpty());
        assertEquals(cny("1000.00"), r.owed(2));
        assertEquals(cny("1020.00"), r.totalOwed());
        assertTrue(r.claims().stream().allMatch(c -> c.state().isEmpty()), "no --as-of, no state");
        // each month is what the engine says for it alone
        for (int i = 0; i < months.size(); i++) {
            assertEquals(SlaEngine.standard().evaluate(UNDECLARED, months.get(i).request(), List.of()), r.reports().get(i));
        }
    }

    @Test
    void aSingleMonthIsTheEnginesAnswer() {
        MonthSeries.Given march = month("2024-03", "100.00", 0, true);
        MonthSeries.Result r = MonthSeries.of(List.of(march)).evaluate(SlaEngine.standard(), always(DECLARED), Optional.empty());
        assertEquals(SlaEngine.standard().evaluate(DECLARED, march.request(), List.of()), r.reports().get(0));
        assertEquals(cny("1000.00"), r.owed(0));
    }

    @Test
    void badSeriesAreTypedErrorsNamingTheMonth() {
        MonthSeries.Given january = month("2024-01", "100.00", 0, false);
        MonthSeries.Given again = new MonthSeries.Given("again.json", january.request());
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> MonthSeries.of(List.of(january, again)));
        assertEquals("again.json.month", twice.field());
        assertTrue(twice.getMessage().contains("also in 2024-01.json"), twice.getMessage());

        MonthSeries.Given other = new MonthSeries.Given("rtc.json", EvaluationRequest.of("rtc", Site.CN, YearMonth.of(2024, 2),
                january.request().resources()));
        assertEquals("rtc.json.product", assertThrows(InvalidInputException.class, () -> MonthSeries.of(List.of(january, other))).field());
        MonthSeries.Given intl = new MonthSeries.Given("intl.json", EvaluationRequest.of("vm", Site.INTL, YearMonth.of(2024, 2),
                january.request().resources()));
        assertEquals("intl.json.site", assertThrows(InvalidInputException.class, () -> MonthSeries.of(List.of(january, intl))).field());
        MonthSeries.Given gold = new MonthSeries.Given("gold.json", month("2024-02", "100.00", 0, false).request().withEdition("gold"));
        InvalidInputException edition = assertThrows(InvalidInputException.class, () -> MonthSeries.of(List.of(january, gold)));
        assertEquals("gold.json.edition", edition.field());
        assertTrue(edition.getMessage().contains("resource ins-1 would change edition"), edition.getMessage());
    }

    // ---- the property: adding a month never lowers a 12-month cap's base ----

    /** The base of the cap for {@code at} when these months (month -> fee) are given, through the series and the ledger. */
    private static BigDecimal seriesBase(TreeMap<YearMonth, Integer> fees, YearMonth at) {
        List<MonthSeries.Given> given = new ArrayList<>();
        fees.forEach((m, fee) -> given.add(month(m.toString(), fee + ".00", 0, false)));
        MonthSeries.Result r = MonthSeries.of(given).evaluate(SlaEngine.standard(), always(DECLARED), Optional.empty());
        return r.ledger().stream().filter(x -> x.month().equals(at)).findFirst().orElseThrow().base().amount();
    }

    /** A broken base for the control: the mean fee of the window's months, which a cheap added month lowers. */
    private static BigDecimal meanBase(TreeMap<YearMonth, Integer> fees, YearMonth at) {
        var window = fees.subMap(at.minusMonths(11), true, at, true).values();
        return BigDecimal.valueOf(window.stream().mapToInt(Integer::intValue).sum()).divide(BigDecimal.valueOf(window.size()), 2, RoundingMode.HALF_UP);
    }

    /** Whether adding a random month to random months ever lowered {@code base} at the last month, over 15 rounds of {@code seed}. */
    private static boolean everLowered(long seed, java.util.function.BiFunction<TreeMap<YearMonth, Integer>, YearMonth, BigDecimal> base) {
        Random random = new Random(seed);
        boolean lowered = false;
        YearMonth last = YearMonth.of(2025, 6);
        for (int round = 0; round < 15; round++) {
            TreeMap<YearMonth, Integer> fees = new TreeMap<>();
            fees.put(last, 100 + random.nextInt(400));
            for (int i = random.nextInt(4); i > 0; i--) {
                fees.putIfAbsent(last.minusMonths(1 + random.nextInt(16)), 100 + random.nextInt(400));
            }
            YearMonth extra = last.minusMonths(1 + random.nextInt(16));
            if (fees.containsKey(extra)) {
                continue;
            }
            TreeMap<YearMonth, Integer> more = new TreeMap<>(fees);
            more.put(extra, 1 + random.nextInt(60)); // cheaper than any month given: a mean would fall
            if (base.apply(more, last).compareTo(base.apply(fees, last)) < 0) {
                lowered = true;
            }
        }
        return lowered;
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 14, 2024, 90210})
    void addingAMonthNeverLowersTheCapsBase(long seed) {
        assertFalse(everLowered(seed, MonthSeriesTest::seriesBase));
        // the control: the same rounds find the fall a mean-of-months base would have, so the check above can fail
        assertTrue(everLowered(seed, MonthSeriesTest::meanBase), "control found no counterexample for seed " + seed);
    }
}
