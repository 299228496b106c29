package io.slakit.core.engine;

import io.slakit.api.ClaimPolicy;
import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditUnit;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.json.MonthFileReader;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.PeriodWindowedRate;
import io.slakit.core.rules.Rules;
import io.slakit.core.testing.TestSlas;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ClaimWindows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Windowed rates over a year to date: prior windows and daily calls reach only the rules that read them, are checked,
 * and the year's fault events, caps and shares come out as worked by hand.
 */
class PeriodWindowsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final SlaEngine ENGINE = SlaEngine.standard();
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final PeriodWindowedRate MINUTES = Rules.errorRateAboveOverCalendarYear("1", MINUTE);
    private static final PeriodWindowedRate DAYS = Rules.errorRateAboveOverServiceYear("1", Duration.ofDays(1));
    /** Shaped like TAF (002:16957). */
    private static final SlaDefinition CALLS = Sla.define("yearly-calls", Site.CN, Family.SECURITY)
            .names("年度", "Calendar-year test")
            .source(Seeds.CN, 16957, "流量反欺诈服务等级协议")
            .updated("2022-08-03T11:43:44")
            .effectiveFromUpdatedDate()
            .metric(metric("availability", "服务可用性").measuredBy(MINUTES).commitment("99", 16990)
                    .credit(Credits.perFailedRequestCappedByPriorCalls(MINUTES, CreditUnit.API_CALLS, "10", 31), 17021))
            .claimWithinMonths(5, 2, 17023)
            .exclusion("4.1", "not-tencent-cause", "Not Tencent Cloud's cause", 17029)
            .build();
    /** Shaped like 微搭建站资源包 (002:39221). */
    private static final SlaDefinition SHARE = Sla.define("yearly-share", Site.CN, Family.SAAS)
            .names("年度", "Service-year test")
            .source(Seeds.CN, 39221, "微搭建站资源包服务等级协议")
            .updated("2023-05-19T17:04:33")
            .effectiveFromUpdatedDate()
            .metric(metric("availability", "服务可用性").measuredBy(DAYS).commitment("99", 39256)
                    .credit(Credits.shareOfPeriod(DAYS, tier("[95, 99)", "10"), tier("[90, 95)", "25"), tier("[0, 90)", "50")), 39351))
            .claimAfterServiceYear(5, 60, 39295)
            .exclusion("4.1", "announced-maintenance", "Announced maintenance", 39319)
            .build();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    private static ResourceMonth.Builder resource() {
        return ResourceMonth.builder("r", Money.of("100.00", "CNY"));
    }

    private static ResourceReport evaluate(SlaDefinition d, YearMonth month, ResourceMonth r) {
        return ENGINE.evaluate(d, EvaluationRequest.of(d.product().value(), Site.CN, month, List.of(r)), List.of()).resources().get(0);
    }

    @Test
    void aMonthlyProductRejectsPriorWindowsAndDailyCalls() {
        ResourceMonth windows = resource().priorWindow(WindowSample.of(at("2024-03-05T10:00"), 100, 2)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(TestSlas.windowed(), YearMonth.of(2024, 4), windows));
        assertEquals("resources[0].priorWindows", e.field());
        ResourceMonth calls = resource().dailyCalls(LocalDate.of(2024, 3, 5), 10).build();
        InvalidInputException c = assertThrows(InvalidInputException.class, () -> evaluate(TestSlas.windowed(), YearMonth.of(2024, 4), calls));
        assertEquals("resources[0].dailyCalls", c.field());
        // A share credit reads no daily calls either.
        assertEquals("resources[0].dailyCalls",
                assertThrows(InvalidInputException.class, () -> evaluate(SHARE, YearMonth.of(2024, 4), calls)).field());
    }

    @Test
    void priorWindowsOffTheGridOrProviderPriorIncidentsAreBadInput() {
        ResourceMonth offGrid = resource().priorWindow(WindowSample.of(at("2024-03-05T10:00:30"), 100, 2)).build();
        assertEquals("resources[0].priorWindows[0].start",
                assertThrows(InvalidInputException.class, () -> evaluate(CALLS, YearMonth.of(2024, 4), offGrid)).field());
        ResourceMonth provider = resource().priorIncident(Incident.of(at("2024-03-05T10:00"), at("2024-03-05T10:05"))).build();
        assertEquals("resources[0].priorIncidents[0]",
                assertThrows(InvalidInputException.class, () -> evaluate(CALLS, YearMonth.of(2024, 4), provider)).field());
    }

    @Test
    void adjacentBadMinutesAreOneFaultEventAndEarlierExclusionsComeAsPriorIncidents() {
        // March: 10:00-10:02 bad (one event of 3), 11:00 bad but excluded by a prior incident; April: 09:00 bad (a second event).
        ResourceMonth.Builder b = resource();
        for (int i = 0; i < 3; i++) {
            b.priorWindow(WindowSample.of(at("2024-03-05T10:00").plus(MINUTE.multipliedBy(i)), 100, 2));
        }
        b.priorWindow(WindowSample.of(at("2024-03-05T11:00"), 100, 2));
        b.priorIncident(Incident.excluded(at("2024-03-05T11:00"), at("2024-03-05T11:01"), "not-tencent-cause"));
        b.window(WindowSample.of(at("2024-04-05T09:00"), 100, 2));
        PeriodWindowedRate.Tally tally = MINUTES.tally(io.slakit.api.ServiceMonth.calendar(YearMonth.of(2024, 4), BEIJING), b.build());
        assertEquals(2, tally.faultEvents());
        assertEquals(0, new BigDecimal("4").compareTo(tally.downMinutes()));
        assertEquals(0, new BigDecimal("3").compareTo(tally.downMinutesBeforeMonth()));
        assertEquals(1, tally.excludedBad());
        assertEquals(0, new BigDecimal("527040").compareTo(tally.totalMinutes()));
    }

    @Test
    void eventsOnOneFaultDateShareTheirCap() {
        // 2024: 5,300 bad minutes from Feb 1 (prior, already below 99 % of 527,040 at April's start); April 10 has two
        // one-minute events (10:00, 12:00), 300 failed each: 6,000 free calls against one cap of 31 x 150 = 4,650.
        ResourceMonth.Builder b = resource();
        for (int i = 0; i < 5300; i++) {
            b.priorWindow(WindowSample.of(at("2024-02-01T00:00").plus(MINUTE.multipliedBy(i)), 100, 2));
        }
        b.window(WindowSample.of(at("2024-04-10T10:00"), 1000, 300)).window(WindowSample.of(at("2024-04-10T12:00"), 1000, 300));
        for (LocalDate d = LocalDate.of(2024, 3, 10); d.isBefore(LocalDate.of(2024, 4, 10)); d = d.plusDays(1)) {
            b.dailyCalls(d, 150);
        }
        ResourceReport r = evaluate(CALLS, YearMonth.of(2024, 4), b.build());
        assertEquals(0, new BigDecimal("4650").compareTo(r.usageCredit(CreditUnit.API_CALLS).orElseThrow().amount()),
                r.metrics().get(0).explanation());
    }

    @Test
    void aShareOfACalendarServiceYearIsDecidedInDecember() {
        // No activation: the service year is 2023, 365 days; 4 bad days (98.904 %) earn 10 % = 36.5 extra service days in
        // December, and nothing yet in November, which says the year is not over.
        ResourceMonth.Builder b = resource();
        for (int i = 0; i < 4; i++) {
            b.priorWindow(WindowSample.of(at("2023-03-01T00:00").plus(Duration.ofDays(i)), 100, 2));
        }
        ResourceReport december = evaluate(SHARE, YearMonth.of(2023, 12), b.build());
        assertEquals(0, new BigDecimal("36.5").compareTo(december.usageCredit(CreditUnit.SERVICE_DAYS).orElseThrow().amount()));
        ResourceReport november = evaluate(SHARE, YearMonth.of(2023, 11), b.build());
        assertEquals(0, november.usageCredit(CreditUnit.SERVICE_DAYS).orElseThrow().amount().signum());
        assertTrue(november.metrics().get(0).explanation().contains("is not over"), november.metrics().get(0).explanation());
    }

    @Test
    void claimsAfterAServiceYearCountFromItsLastDay() {
        // A year ending 2023-03-16 (a Thursday): working days from March 17 are 17, 20, 21, 22, 23: opens March 24; closes
        // 60 days after March 16: May 15.
        ClaimPolicy policy = ClaimPolicy.afterServiceYear(5, 60, SeedRef.of("002", 39295));
        ClaimWindow w = new ClaimWindows(BusinessCalendar.mainlandChina()).window(policy, LocalDate.of(2023, 3, 16));
        assertEquals(LocalDate.of(2023, 3, 24), w.opensOn());
        assertEquals(LocalDate.of(2023, 5, 15), w.closesOn());
        assertTrue(policy.describe().contains("after the service year ends"), policy.describe());
    }

    @Test
    void theMonthFileCarriesPriorWindowsAndDailyCalls() {
        String json = """
                {"product": "yearly-calls", "site": "cn", "month": "2024-04", "currency": "CNY",
                 "resources": [{"id": "r", "fee": "0",
                   "priorWindows": [{"start": "2024-03-05T10:00:00+08:00", "total": 100, "failed": 2}],
                   "dailyCalls": {"2024-03-05": 1200}}]}
                """;
        ResourceMonth r = MonthFileReader.read(MonthFileReader.parse(json, "file")).resources().get(0);
        assertEquals(List.of(WindowSample.of(at("2024-03-05T10:00"), 100, 2)), r.priorWindows());
        assertEquals(1200L, r.dailyCalls().get(LocalDate.of(2024, 3, 5)));
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> MonthFileReader.read(MonthFileReader.parse(json.replace("\"2024-03-05\": 1200", "\"March 5\": 1200"), "file")));
        assertEquals("resources[0].dailyCalls", bad.field(), bad.getMessage());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> MonthFileReader.read(MonthFileReader.parse(json.replace("1200", "-1"), "file")));
        assertTrue(negative.field().startsWith("resources[0].dailyCalls"), negative.getMessage());
    }
}
