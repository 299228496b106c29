package io.slakit.products.saas;

import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.Site;
import io.slakit.api.UsageCredit;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 腾讯优码 (18364): a minute counts when every function failed; credits are extra months of service. */
class TencentYoumaTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9); // 30 days, 43,200 minutes, after the 2025-06-20 start
    private static final YearMonth JULY = YearMonth.of(2025, 7);      // 31 days, 44,640 minutes

    private static void assertMonths(ResourceReport r, String months) {
        UsageCredit owed = r.usageCredit(CreditUnit.SERVICE_MONTHS).orElseThrow();
        assertEquals(0, new BigDecimal(months).compareTo(owed.amount()), () -> "months " + owed + ", expected " + months + ": " + r.metrics());
        assertEquals(0, r.credit().amount().signum(), "no money is paid");
    }

    // 99.5 / 95 / 90 -> 1 / 2 / 3 months (18509-18515). 30 days: 216 | 2,160 | 4,320 minutes; 31 days: 223.2 | 2,232 | 4,464.
    @ParameterizedTest
    @CsvSource({"2025-09, 216, 0", "2025-09, 217, 1", "2025-09, 2160, 1", "2025-09, 2161, 2", "2025-09, 4320, 2", "2025-09, 4321, 3",
            "2025-07, 223, 0", "2025-07, 224, 1", "2025-07, 2232, 1", "2025-07, 2233, 2", "2025-07, 4464, 2", "2025-07, 4465, 3"})
    void tierEdgesInServiceMonths(String month, int deadMinutes, String months) {
        ResourceReport r = evaluate("tencent-youma", Site.CN, month(month), windows(month(month), MINUTE, deadMinutes, 4, 4));
        assertMinutes(metric(r), Integer.toString(deadMinutes));
        assertMonths(r, months);
    }

    @Test
    void oneUsableFunctionMakesTheMinuteAvailable() {
        ResourceReport r = evaluate("tencent-youma", Site.CN, SEPTEMBER, windows(SEPTEMBER, MINUTE, 5000, 4, 3));
        assertMinutes(metric(r), "0");
        assertMonths(r, "0");
    }

    @Test
    void everyClauseRemovesTheMinutesItCovers() {
        SlaDefinition d = definition("tencent-youma", Site.CN, SEPTEMBER.atDay(1));
        assertMonths(evaluate("tencent-youma", Site.CN, SEPTEMBER, windows(SEPTEMBER, MINUTE, 5000, 4, 4)), "3");
        Instant start = fifth(SEPTEMBER);
        assertEquals(14, d.exclusions().size()); // 1.2.2 and 5.1-5.13
        for (ExclusionClause clause : d.exclusions()) {
            ResourceMonth res = windowsBuilder(SEPTEMBER, MINUTE, 5000, 4, 4)
                    .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(5000)), clause.code())).build();
            ResourceReport r = evaluate("tencent-youma", Site.CN, SEPTEMBER, res);
            assertMinutes(metric(r), "0");
            assertMonths(r, "0");
            assertTrue(metric(r).excludedMinutes().containsKey(clause.code()), clause.code());
        }
    }

    @Test
    void claimOpensAfterTheFifthWorkingDayAndClosesSixtyDaysAfterTheMonth() {
        // 3.2 (18451, 18457). October 2025: Oct 1-8 are holidays, Sat Oct 11 is a make-up working day, so the working days
        // are Oct 9, 10, 11, 13, 14: the claim opens on Oct 15. Sep 30 + 60 days = Nov 29.
        SlaDefinition d = definition("tencent-youma", Site.CN, SEPTEMBER.atDay(1));
        ClaimWindow w = SlaEngine.standard().claimWindow(d, SEPTEMBER, Optional.empty()).orElseThrow();
        assertEquals(LocalDate.parse("2025-10-15"), w.opensOn());
        assertEquals(LocalDate.parse("2025-11-29"), w.closesOn());
    }

    @Test
    void provenanceAndForm() {
        SlaDefinition d = definition("tencent-youma", Site.CN, SEPTEMBER.atDay(1));
        assertEquals(CreditForm.SERVICE_DAYS, d.creditForm());
        assertEquals("service-months", CreditUnit.SERVICE_MONTHS.code());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("服务年度")));
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("12 months")));
    }
}
