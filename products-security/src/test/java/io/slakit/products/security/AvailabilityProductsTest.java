package io.slakit.products.security;

import io.slakit.api.EvaluationReport;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WAF, CFW, CSC, CWP, TCSS, KMS and Anti-DDoS: values worked out by hand from each text. */
class AvailabilityProductsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // CFW 3.1 (18821-18825): [99, 99.95) 10, [95, 99) 25, [0, 95) 100; a minute is down only when every attempt failed.
    // April (43,200): 99.95 -> 21.6, 99 -> 432, 95 -> 2160. May (44,640): 22.32, 446.4, 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 100",
            "2024-05, 22, 0", "2024-05, 23, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 100"})
    void cfwTierEdges(String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate("cfw", month(month), windows(month(month), MINUTE, failedMinutes, 4, 4));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    @Test
    void cfwOneSuccessfulAttemptMakesTheMinuteAvailable() {
        assertMinutes(metric(evaluate("cfw", APRIL, windows(APRIL, MINUTE, 3000, 4, 3))), "0");
    }

    @Test
    void cfwFailedMinutesInAClauseAreNotCounted() {
        // 30 failed minutes; the first 10 were the customer's wrong policy operation (4.12).
        Instant start = fifth(APRIL);
        ResourceMonth res = windowsBuilder(APRIL, MINUTE, 30, 4, 4)
                .incident(io.slakit.api.Incident.excluded(start, start.plus(Duration.ofMinutes(10)), "policy-misoperation"))
                .build();
        MetricResult m = metric(evaluate("cfw", APRIL, res));
        assertMinutes(m, "20");
        assertTrue(m.met()); // 20 minutes is within the 21.6 a 30-day month allows; 30 would not be
    }

    // WAF, CSC: the 10/25/100 table at 99.95. An outage of exactly 21.6 minutes cannot be given in whole minutes;
    // the testkit's edges cover the minutes either side. Here: exclusions and the 1-minute threshold.
    @ParameterizedTest
    @CsvSource({"waf, sandboxed-over-spec", "waf, bound-to-vip", "waf, security-group-push-failed", "csc, assets-over-spec",
            "csc, routine-maintenance", "tcss, security-alerts-not-handled", "cwp, non-standard-system-compatibility",
            "anti-ddos, blackholed-over-spec", "kms, not-activated-or-arrears", "kms, trial-or-free-use"})
    void anOutageInAClauseCountsNothing(String product, String code) {
        String edition = product.equals("kms") ? "kms" : null;
        ResourceReport r = evaluate(product, APRIL, excludedOutage(APRIL, 5000 * 60, code), edition);
        assertMinutes(metric(r), "0");
        assertTrue(metric(r).met());
        assertEquals(0, BigDecimal.valueOf(5000).compareTo(metric(r).totalExcludedMinutes()), () -> metric(r).excludedMinutes().toString());
        assertCredit(r, "0");
    }

    @ParameterizedTest
    @CsvSource({"waf, 60, 0", "waf, 61, 2", "csc, 60, 0", "csc, 61, 2", "tcss, 59, 0", "tcss, 121, 3", "kms, 60, 0", "kms, 61, 2"})
    void atMostOneMinuteIsNotCountedAndPartialMinutesRoundUp(String product, long seconds, String minutes) {
        String edition = product.equals("kms") ? "secrets-manager" : null;
        assertMinutes(metric(evaluate(product, APRIL, outage(APRIL, seconds), edition)), minutes);
    }

    // CSC's table stops at "below 95% but at or above 90%: 100%"; below 90% reads as 100% as well (see the note).
    // April: 90% is 4320 minutes down.
    @ParameterizedTest
    @CsvSource({"4320, 100", "4321, 100", "20000, 100"})
    void cscBelowNinetyIsStillTheFullFee(long minutes, String percent) {
        assertCredit(evaluate("csc", APRIL, minutesDown(APRIL, minutes)), percent);
    }

    // CWP and TCSS 3.1: [90, 99.95) 10, [80, 90) 25, [0, 80) 100. April: 90% -> 4320 down, 80% -> 8640.
    // May: 90% -> 4464, 80% -> 8928.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 4320, 10", "2024-04, 4321, 25", "2024-04, 8640, 25", "2024-04, 8641, 100",
            "2024-05, 4464, 10", "2024-05, 4465, 25", "2024-05, 8928, 25", "2024-05, 8929, 100"})
    void cwpAndTcssLowerBands(String month, long minutes, String percent) {
        assertCredit(evaluate("cwp", month(month), minutesDown(month(month), minutes), "ultimate"), percent);
        assertCredit(evaluate("tcss", month(month), minutesDown(month(month), minutes)), percent);
    }

    @Test
    void cwpBasicEditionHasNoServiceLevel() {
        EvaluationReport report = report("cwp", APRIL, minutesDown(APRIL, 10000), "basic");
        assertFalse(report.creditDefined() && report.resources().get(0).credit().amount().signum() != 0);
        assertEquals(0, report.totalCredit().amount().signum());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("no credit defined")), report.warnings().toString());
    }

    @Test
    void cwpPaidEditionsPromiseTheSame() {
        for (String edition : new String[] {"professional", "ultimate"}) {
            ResourceReport r = evaluate("cwp", APRIL, minutesDown(APRIL, 22), edition);
            assertFalse(metric(r).met(), edition);
            assertCredit(r, "10");
        }
    }

    // KMS 3.1 (21113-21117): [99.9, 99.99) 10, [95, 99.9) 25, [0, 95) 100, per module.
    // April: 99.99 -> 4.32, 99.9 -> 43.2, 95 -> 2160. May: 4.464, 44.64, 2232.
    @ParameterizedTest
    @CsvSource({
            "kms, 2024-04, 4, 0", "kms, 2024-04, 5, 10", "cloud-hsm, 2024-04, 43, 10", "cloud-hsm, 2024-04, 44, 25",
            "secrets-manager, 2024-04, 2160, 25", "secrets-manager, 2024-04, 2161, 100",
            "kms, 2024-05, 4, 0", "kms, 2024-05, 5, 10", "cloud-hsm, 2024-05, 44, 10", "cloud-hsm, 2024-05, 45, 25",
            "secrets-manager, 2024-05, 2232, 25", "secrets-manager, 2024-05, 2233, 100"})
    void kmsModuleTierEdges(String module, String month, long minutes, String percent) {
        assertCredit(evaluate("kms", month(month), minutesDown(month(month), minutes), module), percent);
    }

    // Anti-DDoS: bad sample minutes given as one-minute incidents; 99.9 -> 43.2 (April), 44.64 (May); 99 -> 432/446.4; 95 -> 2160/2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 100",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 100"})
    void antiDdosSampleMinutes(String month, int badMinutes, String percent) {
        ResourceMonth.Builder b = resource();
        Instant start = fifth(month(month));
        for (int i = 0; i < badMinutes; i++) {
            // every other minute, so each sample point is its own incident
            Instant m = start.plus(MINUTE.multipliedBy(2L * i));
            b.incident(io.slakit.api.Incident.of(m, m.plus(MINUTE)));
        }
        ResourceReport r = evaluate("anti-ddos", month(month), b.build());
        assertMinutes(metric(r), Integer.toString(badMinutes));
        assertCredit(r, percent);
    }

    @Test
    void theClaimWindowIsFiveBusinessDaysToSixtyDays() {
        EvaluationReport report = report("waf", APRIL, minutesDown(APRIL, 100), null);
        assertTrue(report.claim().isPresent());
        // Mainland working days: May 1-5 2024 are the Labour Day holiday, so the five business days are May 6-10 and
        // the claim opens the day after the fifth, Saturday May 11 (itself a make-up working day).
        assertEquals(LocalDate.of(2024, 5, 11), report.claim().get().opensOn());
        assertEquals(LocalDate.of(2024, 6, 29), report.claim().get().closesOn());
    }

    // CWP 002:19763-19765: "不超过1分钟的，不计入不可用分钟数" and "不足60秒的按1分钟计算" (1分01秒 counts 2). An outage of
    // exactly one minute is not counted; one second more counts two minutes.
    @ParameterizedTest
    @CsvSource({"59, 0", "60, 0", "61, 2", "121, 3"})
    void cwpOutagesOfAtMostOneMinuteAreNotCounted(long seconds, String minutes) {
        assertMinutes(metric(evaluate("cwp", APRIL, outage(APRIL, seconds), "ultimate")), minutes);
    }
}
