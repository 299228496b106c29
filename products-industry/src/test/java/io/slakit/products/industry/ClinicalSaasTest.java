package io.slakit.products.industry;

import io.slakit.api.ClaimWindow;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static io.slakit.products.industry.IndustryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seven composite-minute medical texts (API down AND console down in the same minute). They are evaluated from their
 * definitions directly: they are not yet in IndustryProducts (see its comment).
 */
class ClinicalSaasTest {
    static final Map<String, Supplier<SlaDefinition>> DEFINITIONS = Map.of(
            "medical-content", ClinicalSaas::medicalContent,
            "medical-imaging", ClinicalSaas::medicalImaging,
            "smart-triage", ClinicalSaas::smartTriage,
            "smart-preconsultation", ClinicalSaas::smartPreconsultation,
            "ai-clinical-assistant", ClinicalSaas::aiClinicalAssistant,
            "mcm", ClinicalSaas::mcm,
            "fda", ClinicalSaas::fda);

    static ResourceReport evaluateDefinition(SlaDefinition d, YearMonth month, ResourceMonth r) {
        return SlaEngine.standard().evaluate(d, EvaluationRequest.of(d.product().value(), Site.CN, month, List.of(r)), List.of())
                .resources().get(0);
    }

    static Incident on(String signal, Instant from, Instant to) {
        return Incident.of(from, to).onSignal(signal);
    }

    /** API and console both down for {@code seconds} from the 5th, 00:00. */
    static ResourceMonth.Builder bothDown(YearMonth month, long seconds) {
        Instant start = fifth(month);
        Instant end = start.plusSeconds(seconds);
        return resource().incident(on("api", start, end)).incident(on("console", start, end));
    }

    private static ResourceReport run(String product, YearMonth month, ResourceMonth r) {
        return evaluateDefinition(DEFINITIONS.get(product).get(), month, r);
    }

    // 99.9 / 99 / 98 / 90 -> 10 / 20 / 50 / 100. April (43,200 min): 43.2 | 432 | 864 | 4,320; May (44,640): 44.64 | 446.4 | 892.8 | 4,464.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 864, 20", "2024-04, 865, 50",
            "2024-04, 4320, 50", "2024-04, 4321, 100",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 892, 20", "2024-05, 893, 50",
            "2024-05, 4464, 50", "2024-05, 4465, 100"})
    void fourTierTextsEdges(String month, int minutes, String percent) {
        for (String product : List.of("medical-content", "smart-triage", "smart-preconsultation", "ai-clinical-assistant")) {
            ResourceReport r = run(product, month(month), bothDown(month(month), minutes * 60L).build());
            assertMinutes(metric(r), Integer.toString(minutes));
            assertCredit(r, percent);
        }
    }

    // Imaging and FDA: 99.9 / 99 / 95 -> 10 / 20 / 50. April: 43.2 | 432 | 2,160; May: 44.64 | 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void imagingAndFdaEdges(String month, int minutes, String percent) {
        for (String product : List.of("medical-imaging", "fda")) {
            ResourceReport r = run(product, month(month), bothDown(month(month), minutes * 60L).build());
            assertMinutes(metric(r), Integer.toString(minutes));
            assertCredit(r, percent);
        }
    }

    // MCM: 95 / 90 / 85 -> 10 / 20 / 30. April: 2,160 | 4,320 | 6,480; May: 2,232 | 4,464 | 6,696 (exactly on an edge is inside the higher band).
    @ParameterizedTest
    @CsvSource({"2024-04, 2160, 0", "2024-04, 2161, 10", "2024-04, 4320, 10", "2024-04, 4321, 20", "2024-04, 6480, 20", "2024-04, 6481, 30",
            "2024-05, 2232, 0", "2024-05, 2233, 10", "2024-05, 4464, 10", "2024-05, 4465, 20", "2024-05, 6696, 20", "2024-05, 6697, 30"})
    void mcmEdges(String month, int minutes, String percent) {
        ResourceReport r = run("mcm", month(month), bothDown(month(month), minutes * 60L).build());
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"medical-content", "medical-imaging", "smart-triage", "smart-preconsultation", "ai-clinical-assistant", "mcm", "fda"})
    void onlyTimeWhenBothAreDownCounts(String product) {
        Instant start = fifth(APRIL);
        Instant end = start.plus(Duration.ofMinutes(2000));
        // The API alone, or the console alone, down for 2,000 minutes: every minute is available.
        assertMinutes(metric(run(product, APRIL, resource().incident(on("api", start, end)).build())), "0");
        assertMinutes(metric(run(product, APRIL, resource().incident(on("console", start, end)).build())), "0");
        // API 10:00-10:30, console 10:20-11:00 on the 2nd: both down 10:20-10:30 -> 10 minutes.
        ResourceMonth overlap = resource()
                .incident(on("api", beijing("2024-04-02T10:00"), beijing("2024-04-02T10:30")))
                .incident(on("console", beijing("2024-04-02T10:20"), beijing("2024-04-02T11:00"))).build();
        assertMinutes(metric(run(product, APRIL, overlap)), "10");
    }

    @Test
    void aJointOutageShorterThanAMinuteCountsNothing() {
        // Reading: a minute with any success or available time is available, so partial minutes of joint outage are dropped.
        assertMinutes(metric(run("medical-content", APRIL, bothDown(APRIL, 59).build())), "0");
        assertMinutes(metric(run("medical-content", APRIL, bothDown(APRIL, 90).build())), "1");
        // 44 minutes 59 seconds count 44: 99.898 % -> 10 %; 43 minutes 59 seconds count 43: met.
        ResourceReport r = run("smart-triage", APRIL, bothDown(APRIL, 44 * 60 + 59).build());
        assertMinutes(metric(r), "44");
        assertCredit(r, "10");
        ResourceReport met = run("fda", APRIL, bothDown(APRIL, 43 * 60 + 59).build());
        assertMinutes(metric(met), "43");
        assertTrue(metric(met).met());
    }

    @Test
    void everyClauseRemovesTheTimeItCovers() {
        for (Map.Entry<String, Supplier<SlaDefinition>> e : DEFINITIONS.entrySet()) {
            SlaDefinition d = e.getValue().get();
            Instant start = fifth(APRIL);
            Instant end = start.plus(Duration.ofMinutes(3000));
            ResourceReport control = evaluateDefinition(d, APRIL, bothDown(APRIL, 3000 * 60L).build());
            assertTrue(control.credit().amount().signum() > 0, e.getKey() + ": the control earns a credit");
            for (ExclusionClause clause : d.exclusions()) {
                ResourceReport r = evaluateDefinition(d, APRIL, bothDown(APRIL, 3000 * 60L)
                        .incident(Incident.excluded(start, end, clause.code())).build());
                assertMinutes(metric(r), "0");
                assertCredit(r, "0");
                assertTrue(metric(r).excludedMinutes().containsKey(clause.code()), e.getKey() + " " + clause.code());
            }
        }
    }

    @Test
    void clauseCounts() {
        assertEquals(9, ClinicalSaas.medicalContent().exclusions().size());
        assertEquals(9, ClinicalSaas.smartTriage().exclusions().size());
        assertEquals(9, ClinicalSaas.smartPreconsultation().exclusions().size());
        assertEquals(9, ClinicalSaas.aiClinicalAssistant().exclusions().size());
        // Imaging: section 4 (beta / free use) and 5.1-5.14.
        assertEquals(15, ClinicalSaas.medicalImaging().exclusions().size());
        assertEquals("5.14", ClinicalSaas.medicalImaging().exclusions().get(14).clause());
        assertEquals(2, ClinicalSaas.mcm().exclusions().size());
        assertEquals(11, ClinicalSaas.fda().exclusions().size());
        assertEquals("4.11", ClinicalSaas.fda().exclusions().get(10).clause());
    }

    @ParameterizedTest
    @ValueSource(strings = {"medical-content", "medical-imaging", "smart-triage", "smart-preconsultation", "ai-clinical-assistant", "mcm", "fda"})
    void claimsOpenAfterTheFifthWorkingDayAndCloseSixtyDaysAfter(String product) {
        // April 2024: May 1-5 Labour Day off, May 6-10 are working days 1-5 -> opens Sat May 11; Apr 30 + 60 = Jun 29.
        ClaimWindow april = SlaEngine.standard().claimWindow(DEFINITIONS.get(product).get(), APRIL, Optional.empty()).orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 11), april.opensOn());
        assertEquals(LocalDate.of(2024, 6, 29), april.closesOn());
    }

    @Test
    void cutMonthsCountOnlyTheServiceDays() {
        // A service opened on Apr 17 2024: the first month is Apr 17-30, 14 days = 20,160 minutes; 99.9 % allows 20.16.
        Instant from = LocalDate.of(2024, 4, 17).atStartOfDay(BEIJING).toInstant();
        Instant end = from.plus(Duration.ofMinutes(21));
        ResourceMonth r = resource().activeFrom(from).incident(on("api", from, end)).incident(on("console", from, end)).build();
        ResourceReport report = run("medical-content", APRIL, r);
        assertMinutes(metric(report), "21");
        assertCredit(report, "10");
        ResourceMonth twenty = resource().activeFrom(from).incident(on("api", from, from.plus(Duration.ofMinutes(20))))
                .incident(on("console", from, from.plus(Duration.ofMinutes(20)))).build();
        assertCredit(run("medical-content", APRIL, twenty), "0");
    }

    @Test
    void notesStateTheReadings() {
        assertTrue(ClinicalSaas.mcm().notes().stream().anyMatch(n -> n.contains("55838") && n.contains("unfilled template")));
        assertTrue(ClinicalSaas.mcm().notes().stream().anyMatch(n -> n.contains("产品功能") && n.contains("控制台功能")));
        assertTrue(ClinicalSaas.medicalImaging().notes().stream().anyMatch(n -> n.contains("12 months")));
        assertTrue(ClinicalSaas.medicalImaging().notes().stream().anyMatch(n -> n.contains("平台功能")));
    }

    static Instant beijing(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }
}
