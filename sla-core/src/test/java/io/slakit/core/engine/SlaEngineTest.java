package io.slakit.core.engine;

import io.slakit.api.DurabilityCounts;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.testing.TestSlas;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.DateOutsideCalendarException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaEngineTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SlaEngine ENGINE = SlaEngine.standard();
    private static final SlaDefinition VM = TestSlas.cvmLike();
    private static final Instant APRIL_5 = LocalDate.of(2024, 4, 5).atTime(10, 0).atZone(SHANGHAI).toInstant();

    private static EvaluationReport evaluate(YearMonth month, ResourceMonth... resources) {
        return ENGINE.evaluate(VM, EvaluationRequest.of("vm", Site.CN, month, List.of(resources)), List.of());
    }

    private static ResourceMonth.Builder instance(String fee) {
        return ResourceMonth.builder("ins-1", Money.of(fee, "CNY"));
    }

    private static MetricResult single(EvaluationReport report) {
        return report.resources().get(0).metric("single-instance").orElseThrow();
    }

    @ParameterizedTest(name = "{0} s down -> {1} min")
    @CsvSource({"60, 0", "61, 2", "119, 2", "120, 2", "121, 3", "630, 11"})
    void incidentsAtOrUnderAMinuteAreIgnoredAndPartialMinutesRoundUp(long seconds, long minutes) {
        EvaluationReport report = evaluate(YearMonth.of(2024, 4),
                instance("1000.00").incident(Incident.of(APRIL_5, APRIL_5.plusSeconds(seconds))).build());
        assertEquals(0, BigDecimal.valueOf(minutes).compareTo(single(report).unavailableMinutes().orElseThrow()));
    }

    @Test
    void theIssuesExampleMonthOwesTenPercent() {
        // 10m30s -> 11 minutes; (43200 - 11) / 43200 = 99.974537%: below 99.975, in [99, 99.975) -> 10% of 1000.00.
        EvaluationReport report = evaluate(YearMonth.of(2024, 4),
                instance("1000.00").incident(Incident.of(APRIL_5, APRIL_5.plusSeconds(630))).build());
        MetricResult m = single(report);
        assertEquals("99.974537", m.availability().display(6).toPlainString());
        assertFalse(m.met());
        assertEquals(0, new BigDecimal("10").compareTo(m.creditPercent().orElseThrow()));
        assertEquals(Money.of("100.00", "CNY"), report.totalCredit());
        // cn counts working days by the mainland calendar: May 1-5 off, May 6-10 -> opens May 11.
        assertEquals(LocalDate.of(2024, 5, 11), report.claim().orElseThrow().opensOn());
        assertEquals(LocalDate.of(2024, 6, 29), report.claim().orElseThrow().closesOn());
        assertEquals("mainland China, State Council holiday notices 2020-2026", report.claim().orElseThrow().calendar());
    }

    @Test
    void theStandardEngineCountsBusinessDaysByTheDefinitionsSite() {
        SlaDefinition intl = TestSlas.cvmLike("2024-02-01", Site.INTL);
        assertEquals("Monday to Friday", ENGINE.calendarFor(intl).name());
        assertEquals(BusinessCalendar.mainlandChina().name(), ENGINE.calendarFor(VM).name());
        // intl, April 2024: May 1, 2, 3, 6, 7 -> opens May 8.
        var window = ENGINE.claimWindow(intl, YearMonth.of(2024, 4), java.util.Optional.empty()).orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 8), window.opensOn());
        assertEquals("Monday to Friday", window.calendar());
        // An engine given a calendar uses it whatever the site.
        SlaEngine weekdays = new SlaEngine(BusinessCalendar.weekdays());
        assertEquals(LocalDate.of(2024, 5, 8), weekdays.claimWindow(VM, YearMonth.of(2024, 4), java.util.Optional.empty()).orElseThrow().opensOn());
        // December 2026's window falls in 2027, which the mainland calendar does not know: an error naming the year.
        DateOutsideCalendarException e = assertThrows(DateOutsideCalendarException.class,
                () -> ENGINE.claimWindow(VM, YearMonth.of(2026, 12), java.util.Optional.empty()));
        assertEquals(2027, e.year());
    }

    @Test
    void exactlyOnTheCommitmentEarnsNothing() {
        // A 31-day month at 99.975% allows 44640 x 0.025% = 11.16 minutes; 11 minutes meet it, 12 do not.
        ResourceMonth eleven = instance("1000.00").incident(Incident.of(may(1), may(1).plus(Duration.ofMinutes(11)))).build();
        ResourceMonth twelve = instance("1000.00").incident(Incident.of(may(1), may(1).plus(Duration.ofMinutes(12)))).build();
        assertTrue(single(evaluate(YearMonth.of(2024, 5), eleven)).met());
        assertFalse(single(evaluate(YearMonth.of(2024, 5), twelve)).met());
        // 30-day month: 432 minutes is exactly 99% -> the [99, 99.975) band (10%); 433 falls to 25%.
        ResourceMonth onBound = instance("1000.00").incident(Incident.of(APRIL_5, APRIL_5.plus(Duration.ofMinutes(432)))).build();
        ResourceMonth below = instance("1000.00").incident(Incident.of(APRIL_5, APRIL_5.plus(Duration.ofMinutes(433)))).build();
        assertEquals(0, new BigDecimal("10").compareTo(single(evaluate(YearMonth.of(2024, 4), onBound)).creditPercent().orElseThrow()));
        assertEquals(0, new BigDecimal("25").compareTo(single(evaluate(YearMonth.of(2024, 4), below)).creditPercent().orElseThrow()));
    }

    private static Instant may(int day) {
        return LocalDate.of(2024, 5, day).atStartOfDay(SHANGHAI).toInstant();
    }

    @Test
    void leapFebruaryHas41760Minutes() {
        ResourceMonth r = instance("1000.00").build();
        assertEquals(0, BigDecimal.valueOf(41_760).compareTo(single(evaluate(YearMonth.of(2024, 2), r)).totalMinutes()));
    }

    @Test
    void overlappingIncidentsCountOnce() {
        // [10:00, 10:10) and [10:05, 10:20) are one outage of 20 minutes.
        ResourceMonth r = instance("1000.00")
                .incident(Incident.of(APRIL_5, APRIL_5.plus(Duration.ofMinutes(10))))
                .incident(Incident.of(APRIL_5.plus(Duration.ofMinutes(5)), APRIL_5.plus(Duration.ofMinutes(20)))).build();
        assertEquals(0, BigDecimal.valueOf(20).compareTo(single(evaluate(YearMonth.of(2024, 4), r)).unavailableMinutes().orElseThrow()));
    }

    @Test
    void anExcludedIncidentRemovesOnlyItsOverlap() {
        // Down 10:00-10:30; force majeure 10:20-11:00 removes 10 minutes: 20 minutes count, 40 are excluded.
        ResourceMonth r = instance("1000.00")
                .incident(Incident.of(APRIL_5, APRIL_5.plus(Duration.ofMinutes(30))))
                .incident(Incident.excluded(APRIL_5.plus(Duration.ofMinutes(20)), APRIL_5.plus(Duration.ofMinutes(60)), "force-majeure")).build();
        MetricResult m = single(evaluate(YearMonth.of(2024, 4), r));
        assertEquals(0, BigDecimal.valueOf(20).compareTo(m.unavailableMinutes().orElseThrow()));
        assertEquals(0, BigDecimal.valueOf(40).compareTo(m.excludedMinutes().get("force-majeure")));
    }

    @Test
    void aPartialFirstMonthCountsOnlyItsDays() {
        // Active from Apr 17: 14 days = 20,160 minutes; 30 minutes down -> (20160 - 30) / 20160 = 99.851190...%
        Instant from = LocalDate.of(2024, 4, 17).atTime(9, 0).atZone(SHANGHAI).toInstant();
        ResourceMonth r = instance("1000.00").activeFrom(from)
                .incident(Incident.of(from.plus(Duration.ofHours(1)), from.plus(Duration.ofMinutes(90)))).build();
        ResourceReport report = evaluate(YearMonth.of(2024, 4), r).resources().get(0);
        MetricResult m = report.metric("single-instance").orElseThrow();
        assertEquals(0, BigDecimal.valueOf(20_160).compareTo(m.totalMinutes()));
        assertEquals("99.851190", m.availability().display(6).toPlainString());
        assertEquals(0, new BigDecimal("10").compareTo(m.creditPercent().orElseThrow()));
    }

    @Test
    void multiAzCountsOnlyWhileAnotherZoneIsWhollyDown() {
        // Zone A instance down 10:00-10:30; the only zone-B instance down 10:10-10:20 -> 10 minutes multi-AZ.
        ResourceMonth a = ResourceMonth.builder("a-1", Money.of("1000.00", "CNY")).location("gz", "gz-3")
                .incident(Incident.of(APRIL_5, APRIL_5.plus(Duration.ofMinutes(30)))).build();
        ResourceMonth b = ResourceMonth.builder("b-1", Money.of("1000.00", "CNY")).location("gz", "gz-4")
                .incident(Incident.of(APRIL_5.plus(Duration.ofMinutes(10)), APRIL_5.plus(Duration.ofMinutes(20)))).build();
        EvaluationReport report = evaluate(YearMonth.of(2024, 4), a, b);
        MetricResult multi = report.resources().get(0).metric("multi-az").orElseThrow();
        assertEquals(0, BigDecimal.TEN.compareTo(multi.unavailableMinutes().orElseThrow()));
        // (43200 - 10) / 43200 = 99.97685% < 99.995 -> 10%; single instance: 30 minutes -> 99.93% -> also 10%: highest, not sum.
        assertEquals(Money.of("100.00", "CNY"), report.resources().get(0).credit());
    }

    @Test
    void durabilityPaysTheCbsFeeAndTheHighestCreditWins() {
        // One of 1000 disks lost: 99.9% < 99.9999999 -> 100% of the CBS fee 300.00; availability credit is 0.
        ResourceMonth r = instance("1000.00").otherFee("cbs", Money.of("300.00", "CNY")).durability(DurabilityCounts.of(1000, 1)).build();
        ResourceReport report = evaluate(YearMonth.of(2024, 4), r).resources().get(0);
        assertEquals(Money.of("300.00", "CNY"), report.credit());
    }

    @Test
    void aMetricWhoseInputIsMissingIsReportedNotGuessed() {
        ResourceReport report = evaluate(YearMonth.of(2024, 4), instance("1000.00").build()).resources().get(0);
        assertTrue(report.metric("durability").isEmpty());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("durability not evaluated")));
    }

    @Test
    void badInputNamesTheFieldTheValueAndTheRule() {
        Instant outside = LocalDate.of(2024, 6, 1).atStartOfDay(SHANGHAI).toInstant();
        InvalidInputException wholly = assertThrows(InvalidInputException.class, () -> evaluate(YearMonth.of(2024, 4),
                instance("1000.00").incident(Incident.of(outside, outside.plusSeconds(600))).build()));
        assertEquals("resources[0].incidents[0].start", wholly.field());
        assertTrue(wholly.getMessage().contains("wholly outside the service month"), wholly.getMessage());

        InvalidInputException unknownClause = assertThrows(InvalidInputException.class, () -> evaluate(YearMonth.of(2024, 4),
                instance("1000.00").incident(Incident.excluded(APRIL_5, APRIL_5.plusSeconds(600), "aliens")).build()));
        assertEquals("resources[0].incidents[0].exclusion", unknownClause.field());

        InvalidInputException endBeforeStart = assertThrows(InvalidInputException.class, () -> Incident.of(APRIL_5, APRIL_5.minusSeconds(1)));
        assertEquals("end", endBeforeStart.field());

        InvalidInputException fee = assertThrows(InvalidInputException.class, () -> instance("-1.00").build());
        assertEquals("fee", fee.field());

        InvalidInputException edition = assertThrows(InvalidInputException.class, () ->
                ENGINE.evaluate(VM, EvaluationRequest.of("vm", Site.CN, YearMonth.of(2024, 4), java.util.Currency.getInstance("CNY"), List.of())
                        .withEdition("gold"), List.of()));
        assertEquals("edition", edition.field());

        InvalidInputException failed = assertThrows(InvalidInputException.class, () -> WindowSample.of(APRIL_5, 10, 11));
        assertEquals("failed", failed.field());
    }

    @Test
    void windowsMustBeAlignedToThe5MinuteGrid() {
        SlaDefinition rtc = TestSlas.windowed();
        ResourceMonth r = ResourceMonth.builder("app", Money.of("1000.00", "CNY"))
                .window(WindowSample.of(APRIL_5.plusSeconds(60), 100, 50)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                ENGINE.evaluate(rtc, EvaluationRequest.of("rtc", Site.CN, YearMonth.of(2024, 4), List.of(r)), List.of()));
        assertEquals("resources[0].windows[0].start", e.field());
    }

    @Test
    void windowsAreCountedAsTheirLength() {
        // TRTC's example (002:15891): 10:00-10:30 at 98% success -> 6 windows x 5 = 30 minutes; March: 1 - 30 / 44640 = 99.93%.
        SlaDefinition rtc = TestSlas.windowed();
        Instant ten = LocalDate.of(2019, 3, 12).atTime(10, 0).atZone(SHANGHAI).toInstant();
        ResourceMonth.Builder b = ResourceMonth.builder("app", Money.of("1000.00", "CNY"));
        for (int i = 0; i < 6; i++) {
            b.window(WindowSample.of(ten.plus(Duration.ofMinutes(5L * i)), 100, 2));
        }
        b.window(WindowSample.of(ten.plus(Duration.ofMinutes(30)), 100, 1)); // 99% is not below 99%
        // March 2019's claim window is counted in April 2019, before the mainland calendar's first year: name a calendar.
        EvaluationReport report = new SlaEngine(BusinessCalendar.weekdays())
                .evaluate(rtc, EvaluationRequest.of("rtc", Site.CN, YearMonth.of(2019, 3), List.of(b.build())), List.of());
        MetricResult m = report.resources().get(0).metrics().get(0);
        assertEquals(0, BigDecimal.valueOf(30).compareTo(m.unavailableMinutes().orElseThrow()));
        assertEquals("99.93", m.availability().display(2).toPlainString());
    }

    @Test
    void allowedMinutesFollowTheCommitment() {
        assertEquals(0, new BigDecimal("10.8").compareTo(SlaEngine.allowedMinutes(BigDecimal.valueOf(43_200), io.slakit.api.Percent.of("99.975"))));
        assertEquals(0, new BigDecimal("2.16").compareTo(SlaEngine.allowedMinutes(BigDecimal.valueOf(43_200), io.slakit.api.Percent.of("99.995"))));
        assertEquals(0, new BigDecimal("43.2").compareTo(SlaEngine.allowedMinutes(BigDecimal.valueOf(43_200), io.slakit.api.Percent.of("99.9"))));
    }

    @Test
    void aProductWithoutAServiceLevelAnswersNoCreditDefinedWhateverItIsGiven() {
        SlaDefinition none = io.slakit.core.dsl.Sla.define("free", Site.CN, io.slakit.api.Family.COMPUTE)
                .names("免费", "Free (test)").source("002", 2498, "高性能计算平台服务服务等级协议").updated("2025-07-01T00:00:00")
                .effectiveFromUpdatedDate().build();
        ResourceMonth r = instance("0.00").incident(Incident.of(APRIL_5, APRIL_5.plusSeconds(3600))).build();
        EvaluationReport report = ENGINE.evaluate(none, EvaluationRequest.of("free", Site.CN, YearMonth.of(2024, 4), List.of(r)), List.of());
        assertFalse(report.creditDefined());
        assertTrue(report.warnings().get(0).contains("states no service level"), report.warnings().toString());
        assertTrue(report.resources().get(0).metrics().isEmpty());
    }

    @Test
    void aRequestShareIsRejectedByAProductThatDoesNotWeightOutages() {
        // CVM-like measures plain incident minutes: a share would be silently ignored, so it is an error.
        ResourceMonth r = instance("1000.00").incident(Incident.of(APRIL_5, APRIL_5.plusSeconds(600)).weightedBy(1, 2)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(YearMonth.of(2024, 4), r));
        assertEquals("resources[0].incidents[0].chargedRequests", e.field());
    }
}
