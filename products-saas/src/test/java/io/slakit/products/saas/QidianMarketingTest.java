package io.slakit.products.saas;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QidianMarketingTest {

    // 1.3 (53010-53014): at most 1 minute not counted; over 1 and under 2 counts 2.
    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2", "119, 2", "120, 2", "121, 3"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertMinutes(metric(evaluate("qidian-marketing", Site.CN, APRIL, priced(outage(APRIL, seconds), "0.03"))), minutes);
    }

    // 99 / 95 -> 10 / 30 % of the fee (53133-53137), paid as page views at the list price per view (3.1(1), 53061-53065), whole
    // views rounded down. April (43,200 min): 1 % is 432 min, 5 % 2160; May (44,640): 446.4 | 2232. Fee 1000.00 at 0.03 per view:
    // 10 % = 100.00 / 0.03 = 3333.33.. -> 3333 views; 30 % = 300.00 / 0.03 = 10000 exactly. Never money.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 432, 0", "2024-04, 433, 3333", "2024-04, 2160, 3333", "2024-04, 2161, 10000",
            "2024-05, 446, 0", "2024-05, 447, 3333", "2024-05, 2232, 3333", "2024-05, 2233, 10000"})
    void tierEdgesPayPageViews(String month, long minutes, String pageViews) {
        ResourceReport r = evaluate("qidian-marketing", Site.CN, month(month), priced(outage(month(month), minutes * 60), "0.03"));
        assertEquals(0, new BigDecimal(pageViews).compareTo(r.usageCredit(CreditUnit.PAGE_VIEWS).orElseThrow().amount()), r.toString());
        assertEquals(0, r.credit().amount().signum(), "page views are never added to money: " + r.credit());
    }

    @Test
    void pageViewsAreRoundedDownNeverWorthMoreThanTheTier() {
        // 433 min down in April: 100.00 at 0.07 per view = 1428.57.. -> 1428 (1428 x 0.07 = 99.96; 1429 x 0.07 = 100.03 would exceed it).
        ResourceReport r = evaluate("qidian-marketing", Site.CN, APRIL, priced(outage(APRIL, 433 * 60), "0.07"));
        assertEquals(0, new BigDecimal("1428").compareTo(r.usageCredit(CreditUnit.PAGE_VIEWS).orElseThrow().amount()), r.toString());
        assertTrue(r.metrics().get(0).explanation().contains("rounded down to whole units"), r.metrics().get(0).explanation());
    }

    @Test
    void aCreditToConvertWithoutAPriceIsAnErrorNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate("qidian-marketing", Site.CN, APRIL, outage(APRIL, 433 * 60)));
        assertTrue(e.field().endsWith("unitPrice") && !e.field().contains("deliveries"), e.field());
        assertTrue(e.getMessage().contains("the credit of 100.0000 CNY") && e.getMessage().contains("page views (PV)"), e.getMessage());
    }

    @Test
    void aMetMonthHasNothingToConvertAndNeedsNoPrice() {
        // 432 min in April is exactly 99 %: met, 0 page views, no price asked for.
        ResourceReport r = evaluate("qidian-marketing", Site.CN, APRIL, outage(APRIL, 432 * 60));
        assertEquals(0, r.usageCredit(CreditUnit.PAGE_VIEWS).orElseThrow().amount().signum());
        assertEquals(0, r.credit().amount().signum());
    }

    @Test
    void aPriceGivenToAProductWhoseCreditReadsNoneIsRejectedByName() {
        ResourceMonth weda = ResourceMonth.builder("site-1", Money.of("0", "CNY")).unitPrice(new BigDecimal("0.03")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate("weda-site-pack", Site.CN, APRIL, weda));
        assertTrue(e.field().endsWith("unitPrice"), e.field());
        assertTrue(e.getMessage().contains("reads no price"), e.getMessage());
    }

    @Test
    void creditIsPaidAsPageViews() {
        assertEquals(CreditForm.FREE_USAGE, definition("qidian-marketing", Site.CN, LocalDate.of(2024, 4, 1)).creditForm());
        assertEquals("page-views", CreditUnit.PAGE_VIEWS.code());
    }

    @Test
    void harassmentReportsAreExcluded() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(3000 * 60)))
                .incident(Incident.excluded(start, start.plusSeconds(3000 * 60), "reported-as-harassment"))
                .build();
        MetricResult m = metric(evaluate("qidian-marketing", Site.CN, APRIL, res));
        assertMinutes(m, "0");
        assertTrue(m.met());
    }

    private static ResourceMonth priced(ResourceMonth month, String price) {
        return ResourceMonth.builder(month.id(), month.fee()).incidents(month.incidents()).unitPrice(new BigDecimal(price)).build();
    }
}
