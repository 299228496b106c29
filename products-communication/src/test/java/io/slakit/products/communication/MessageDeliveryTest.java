package io.slakit.products.communication;

import io.slakit.api.CreditUnit;
import io.slakit.api.DeliveryCounts;
import io.slakit.api.ExclusionClause;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.UsageCredit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.slakit.products.communication.CommunicationFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMS (002:44070), voice messages (002:44668), CloudBase SMS (002:37544) at 95 %, and SES (002:45016)
 * at 99 %: monthly delivery ratios with credits paid in units at the list price given with the month.
 * The fee is 1000.00 CNY; every unit count below is worked out by hand from the tier and the price.
 */
class MessageDeliveryTest {

    private static ResourceMonth month(long sent, long delivered, String price) {
        return resource().deliveries(DeliveryCounts.of(sent, delivered).withUnitPrice(price)).build();
    }

    private static void assertUnits(ResourceReport r, CreditUnit unit, String expected) {
        assertEquals(1, r.usageCredits().size(), () -> r.usageCredits().toString());
        UsageCredit owed = r.usageCredits().get(0);
        assertEquals(unit, owed.unit());
        assertEquals(0, new BigDecimal(expected).compareTo(owed.amount()), () -> "owed " + owed + ", expected " + expected + ": " + r.metrics());
        assertEquals(Money.of("0.00", "CNY"), r.credit(), "no money is owed");
    }

    // 95 % texts, 10,000 sent: 9500 is exactly 95 % (met), 9499 is 94.99 % ([90, 95) 10 %), 9000 exactly 90 % (10 %),
    // 8999 is 89.99 % (30 %). SMS and CloudBase SMS at 0.045 a message: 100 / 0.045 = 2222.2 -> 2222;
    // 300 / 0.045 = 6666.6 -> 6666 (rounded down; half up would be 6667). The ratio does not depend on the month's length.
    @ParameterizedTest(name = "{0} {1}: {2} of 10000 delivered -> {3} messages")
    @CsvSource({
            "sms, 2024-04, 9500, 0", "sms, 2024-04, 9499, 2222", "sms, 2024-04, 9000, 2222", "sms, 2024-04, 8999, 6666",
            "sms, 2024-05, 9500, 0", "sms, 2024-05, 9499, 2222", "sms, 2024-05, 9000, 2222", "sms, 2024-05, 8999, 6666",
            "tcb-sms, 2024-04, 9500, 0", "tcb-sms, 2024-04, 9499, 2222", "tcb-sms, 2024-04, 9000, 2222", "tcb-sms, 2024-04, 8999, 6666",
            "tcb-sms, 2024-05, 9500, 0", "tcb-sms, 2024-05, 9499, 2222", "tcb-sms, 2024-05, 9000, 2222", "tcb-sms, 2024-05, 8999, 6666",
            "sms, 2024-04, 0, 6666"})
    void smsTierEdges(String product, String month, long delivered, String messages) {
        assertUnits(evaluate(product, Site.CN, YearMonth.parse(month), month(10000, delivered, "0.045")), CreditUnit.MESSAGES, messages);
    }

    // Voice messages at 0.15 a minute: 100 / 0.15 = 666.6 -> 666 minutes; 300 / 0.15 = 2000 minutes.
    @ParameterizedTest(name = "vms {0}: {1} of 10000 delivered -> {2} minutes")
    @CsvSource({
            "2024-04, 9500, 0", "2024-04, 9499, 666", "2024-04, 9000, 666", "2024-04, 8999, 2000",
            "2024-05, 9500, 0", "2024-05, 9499, 666", "2024-05, 9000, 666", "2024-05, 8999, 2000"})
    void vmsTierEdges(String month, long delivered, String minutes) {
        assertUnits(evaluate("vms", Site.CN, YearMonth.parse(month), month(10000, delivered, "0.15")), CreditUnit.VOICE_MINUTES, minutes);
    }

    // SES, 100,000 requests at 0.0019 an email: 99,000 is exactly 99 % (met); 98,999 and 97,000 are in [97, 99): 100 / 0.0019
    // = 52631.58 -> 52632; 96,999 and 95,000 in [95, 97): 300 / 0.0019 = 157894.74 -> 157895; 94,999 below 95: 500 / 0.0019
    // = 263157.89 -> 263158 (四舍五入取整).
    @ParameterizedTest(name = "ses {0}: {1} of 100000 not failed -> {2} emails")
    @CsvSource({
            "2024-04, 99000, 0", "2024-04, 98999, 52632", "2024-04, 97000, 52632", "2024-04, 96999, 157895",
            "2024-04, 95000, 157895", "2024-04, 94999, 263158",
            "2024-05, 99000, 0", "2024-05, 98999, 52632", "2024-05, 97000, 52632", "2024-05, 96999, 157895",
            "2024-05, 95000, 157895", "2024-05, 94999, 263158"})
    void sesTierEdges(String month, long delivered, String emails) {
        assertUnits(evaluate("ses", Site.CN, YearMonth.parse(month), month(100000, delivered, "0.0019")), CreditUnit.EMAILS, emails);
    }

    @Test
    void sesRoundsHalfUpToWholeEmails() {
        // 10 % of 1000 = 100 / 0.064 = 1562.5 -> 1563 (half up; down or half even would give 1562)
        assertUnits(evaluate("ses", Site.CN, APRIL, month(100000, 98000, "0.064")), CreditUnit.EMAILS, "1563");
        // 30 % = 300 / 0.064 = 4687.5 -> 4688
        assertUnits(evaluate("ses", Site.CN, APRIL, month(100000, 96000, "0.064")), CreditUnit.EMAILS, "4688");
    }

    @Test
    void smsRoundsDownToWholeMessages() {
        // 30 % = 300 / 0.07 = 4285.71 -> 4285 (the reading: a part of a message is not paid)
        assertUnits(evaluate("sms", Site.CN, APRIL, month(10000, 8000, "0.07")), CreditUnit.MESSAGES, "4285");
    }

    @Test
    void nothingSentMeetsTheCommitment() {
        for (String product : List.of("sms", "vms", "tcb-sms", "ses")) {
            ResourceReport r = evaluate(product, Site.CN, APRIL, month(0, 0, "0.05"));
            assertTrue(metric(r).met(), product);
            assertEquals(0, BigDecimal.ZERO.compareTo(r.usageCredits().get(0).amount()), product);
        }
    }

    /** Each clause of each text: the failures it caused count as delivered, and the report names it with the messages. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sms", "vms", "tcb-sms", "ses"})
    void everyClauseRemovesTheFailuresItCaused(String product) {
        SlaDefinition d = definition(product, Site.CN, APRIL.atDay(1));
        // 9400 of 10000 misses 95 and 99; with the 600 undelivered excluded the month is 100 %.
        ResourceReport control = evaluate(product, Site.CN, APRIL, month(10000, 9400, "0.05"));
        assertTrue(!metric(control).met() && control.usageCredits().get(0).amount().signum() > 0, product + ": the control earns a credit");
        for (ExclusionClause clause : d.exclusions()) {
            ResourceMonth excluded = resource().deliveries(DeliveryCounts.of(10000, 9400).withUnitPrice("0.05").excluding(clause.code(), 600)).build();
            ResourceReport r = evaluate(product, Site.CN, APRIL, excluded);
            assertTrue(metric(r).met(), product + " " + clause.code());
            assertEquals(0, BigDecimal.ZERO.compareTo(r.usageCredits().get(0).amount()), product + " " + clause.code());
            assertTrue(metric(r).excludedMinutes().containsKey(clause.code()), product + " " + clause.code() + ": the report names the clause");
            assertTrue(metric(r).explanation().contains("600 by " + clause.code()), metric(r).explanation());
        }
    }

    @Test
    void partlyExcludedFailuresStillCountTheRest() {
        // SMS: 9000 delivered, 300 of the 1000 undelivered by force majeure: 9300 / 10000 = 93 % -> 10 % = 100 / 0.045 -> 2222
        ResourceMonth r = resource().deliveries(DeliveryCounts.of(10000, 9000).withUnitPrice("0.045").excluding("force-majeure", 300)).build();
        assertUnits(evaluate("sms", Site.CN, APRIL, r), CreditUnit.MESSAGES, "2222");
        // SES: 97,500 not failed, 1,000 excluded by poor sender reputation: 98,500 / 100,000 = 98.5 % -> 10 % -> 52632
        ResourceMonth s = resource().deliveries(DeliveryCounts.of(100000, 97500).withUnitPrice("0.0019").excluding("poor-sender-reputation", 1000)).build();
        assertUnits(evaluate("ses", Site.CN, APRIL, s), CreditUnit.EMAILS, "52632");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sms", "vms", "tcb-sms", "ses"})
    void aCreditWithoutTheListPriceIsATypedError(String product) {
        ResourceMonth noPrice = resource().deliveries(DeliveryCounts.of(10000, 8000)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(product, Site.CN, APRIL, noPrice));
        assertTrue(e.field().endsWith("deliveries.unitPrice"), e.field());
        // a month that meets the commitment needs no price
        ResourceReport met = evaluate(product, Site.CN, APRIL, resource().deliveries(DeliveryCounts.of(10000, 10000)).build());
        assertTrue(metric(met).met());
    }

    @Test
    void anExclusionCodeOfAnotherTextIsRejected() {
        // SES has no clause 4.7 (reported-as-harassment), which the SMS texts have
        ResourceMonth r = resource().deliveries(DeliveryCounts.of(10000, 9400).withUnitPrice("0.05").excluding("reported-as-harassment", 10)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate("ses", Site.CN, APRIL, r));
        assertTrue(e.field().endsWith("deliveries.excluded.reported-as-harassment"), e.field());
    }

    @Test
    void aMonthFileCarriesTheExcludedMessagesAndThePrice() {
        String text = """
                {"product": "sms", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
                  {"id": "app", "fee": "1000.00",
                   "deliveries": {"sent": 10000, "delivered": 8800, "excluded": {"force-majeure": 300}, "unitPrice": "0.045"}}]}
                """;
        io.slakit.api.EvaluationRequest request = io.slakit.core.json.MonthFileReader.read(io.slakit.core.json.MonthFileReader.parse(text, "file"));
        ResourceReport r = evaluate("sms", Site.CN, APRIL, request.resources().get(0));
        // 8800 + 300 = 9100 of 10000 = 91 % -> [90, 95) 10 % = 100 / 0.045 -> 2222 messages
        assertUnits(r, CreditUnit.MESSAGES, "2222");
        assertTrue(metric(r).explanation().contains("300 by force-majeure"), metric(r).explanation());
    }

    @Test
    void provenance() {
        SlaDefinition ses = definition("ses", Site.CN, LocalDate.of(2024, 4, 1));
        assertEquals(LocalDate.of(2022, 3, 15), ses.provenance().effective());
        assertEquals(8, ses.exclusions().size());
        for (String product : List.of("sms", "vms", "tcb-sms")) {
            assertEquals(17, definition(product, Site.CN, LocalDate.of(2024, 4, 1)).exclusions().size(), product);
        }
        io.slakit.api.ClaimPolicy.NextMonthWindow claim = (io.slakit.api.ClaimPolicy.NextMonthWindow) ses.claimPolicy().orElseThrow();
        assertEquals(5, claim.opensAfterBusinessDays());
        assertEquals(60, claim.closesAfterCalendarDays());
    }
}
