package io.slakit.products.saas;

import io.slakit.api.ClaimWindow;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.Site;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 腾讯浏览服务 (51623): spans where half or more of the users could open no document, counted only from 10 minutes. */
class TbsTest {
    private static final String SIGNAL = Tbs.MAJORITY_CANNOT_OPEN;

    private static Incident span(Instant start, Duration length) {
        return Incident.of(start, start.plus(length)).onSignal(SIGNAL);
    }

    private static ResourceMonth oneSpan(YearMonth month, Duration length) {
        return resource().incident(span(fifth(month), length)).build();
    }

    // 99.9 / 99 / 95 -> 10 / 15 / 50 (51694-51700). April: 43.2 | 432 | 2,160 minutes; May: 44.64 | 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 15", "2024-04, 2160, 15", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 15", "2024-05, 2232, 15", "2024-05, 2233, 50"})
    void tierEdges(String month, int minutes, String percent) {
        ResourceReport r = evaluate("tbs", Site.CN, month(month), oneSpan(month(month), Duration.ofMinutes(minutes)));
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void exactlyTheAllowanceMeetsTheCommitment() {
        // 43.2 minutes in a 30-day month: 1 - 43.2 / 43200 = 99.9%, not below it.
        ResourceReport r = evaluate("tbs", Site.CN, APRIL, oneSpan(APRIL, Duration.ofSeconds(43 * 60 + 12)));
        assertMinutes(metric(r), "43.2");
        assertTrue(metric(r).met());
        assertCredit(r, "0");
    }

    @Test
    void spansShorterThanTenMinutesCountNothing() {
        ResourceMonth.Builder b = resource();
        Instant start = fifth(APRIL);
        for (int i = 0; i < 50; i++) { // 50 spans of 9m59s, 499 minutes in all, an hour apart
            b.incident(span(start.plus(Duration.ofHours(i)), Duration.ofSeconds(599)));
        }
        ResourceReport r = evaluate("tbs", Site.CN, APRIL, b.build());
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    @Test
    void aSpanOfExactlyTenMinutesCountsWhole() {
        ResourceMonth.Builder b = resource();
        Instant start = fifth(APRIL);
        for (int i = 0; i < 5; i++) { // five spans of 10 minutes: 50 minutes, above the 43.2 allowance
            b.incident(span(start.plus(Duration.ofHours(i)), Duration.ofMinutes(10)));
        }
        MetricResult m = metric(evaluate("tbs", Site.CN, APRIL, b.build()));
        assertMinutes(m, "50");
        assertFalse(m.met());
    }

    @Test
    void everyClauseRemovesTheTimeItCovers() {
        SlaDefinition d = definition("tbs", Site.CN, APRIL.atDay(1));
        assertCredit(evaluate("tbs", Site.CN, APRIL, oneSpan(APRIL, Duration.ofMinutes(3000))), "50");
        Instant start = fifth(APRIL);
        assertEquals(12, d.exclusions().size());
        for (ExclusionClause clause : d.exclusions()) {
            ResourceMonth res = resource().incident(span(start, Duration.ofMinutes(3000)))
                    .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(3000)), clause.code())).build();
            ResourceReport r = evaluate("tbs", Site.CN, APRIL, res);
            assertMinutes(metric(r), "0");
            assertCredit(r, "0");
        }
    }

    @Test
    void claimOpensAfterTheFifthWorkingDayAndClosesSixtyDaysAfterTheMonth() {
        // 3.2 (51703-51711): June 2024 -> July 1-5 are the first five working days, so the claim opens July 6; Jun 30 + 60 = Aug 29.
        SlaDefinition d = definition("tbs", Site.CN, LocalDate.of(2024, 6, 1));
        ClaimWindow w = SlaEngine.standard().claimWindow(d, YearMonth.of(2024, 6), Optional.empty()).orElseThrow();
        assertEquals(LocalDate.parse("2024-07-06"), w.opensOn());
        assertEquals(LocalDate.parse("2024-08-29"), w.closesOn());
    }
}
