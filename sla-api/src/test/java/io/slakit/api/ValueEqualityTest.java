package io.slakit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.5: the value types holding a BigDecimal are equal when their numbers are, whatever the
 * scale they were written with ("99.9" and "99.90"), and their hash codes agree; a different number
 * (the control) is unequal.
 */
class ValueEqualityTest {

    private static void assertEqualValues(Object a, Object b) {
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode(), a + " and " + b + " hash alike");
        assertTrue(Set.of(a).contains(b), "a hash set of " + a + " finds " + b);
    }

    @Test
    void percentIsNumeric() {
        assertEqualValues(Percent.of("99.9"), Percent.of("99.90"));
        assertEqualValues(Percent.of("10"), Percent.of(new BigDecimal("10.000")));
        assertNotEquals(Percent.of("99.9"), Percent.of("99.95"));
        assertEquals("99.90", Percent.of("99.90").toString(), "the text's own figure is kept for display");
    }

    @Test
    void moneyIsNumericWithinACurrency() {
        assertEqualValues(Money.of("100", "CNY"), Money.of("100.00", "CNY"));
        assertNotEquals(Money.of("100.00", "CNY"), Money.of("100.01", "CNY"));
        assertNotEquals(Money.of("100.00", "CNY"), Money.of("100.00", "USD"));
    }

    @Test
    void availabilityIsTheRatio() {
        // 43,156.8 of 43,200 minutes and 99.9 % are the same availability.
        assertEqualValues(Availability.ofRatio(new BigDecimal("43156.8"), new BigDecimal("43200")), Availability.ofPercent(new BigDecimal("99.9")));
        assertEqualValues(Availability.ofPercent(new BigDecimal("99.9")), Availability.ofPercent(new BigDecimal("99.900")));
        assertNotEquals(Availability.ofPercent(new BigDecimal("99.9")), Availability.ofPercent(new BigDecimal("99.91")));
    }

    @Test
    void bandsAndTiersAreNumeric() {
        assertEqualValues(Band.parse("[99, 99.9)"), Band.parse("[99.0, 99.90)"));
        assertNotEquals(Band.parse("[99, 99.9)"), Band.parse("[99, 99.9]"));
        assertEqualValues(CreditTier.of("[99, 99.9)", "10"), CreditTier.of("[99, 99.9)", "10.0"));
        assertNotEquals(CreditTier.of("[99, 99.9)", "10"), CreditTier.of("[99, 99.9)", "25"));
        assertEquals(new BigDecimal("10.0"), CreditTier.of("[99, 99.9)", "10.0").credit(), "the credit keeps its scale");
    }

    @Test
    void usageCreditsAreNumericWithinAUnit() {
        CreditUnit messages = new CreditUnit("messages", "SMS messages");
        assertEqualValues(new UsageCredit(messages, new BigDecimal("2222")), new UsageCredit(messages, new BigDecimal("2222.0")));
        assertNotEquals(new UsageCredit(messages, new BigDecimal("2222")), new UsageCredit(messages, new BigDecimal("2223")));
        assertNotEquals(new UsageCredit(messages, BigDecimal.ONE), new UsageCredit(new CreditUnit("minutes", "call minutes"), BigDecimal.ONE));
    }

    @Test
    void badValuesAreInvalidInputNamingTheField() {
        InvalidInputException credit = assertThrows(InvalidInputException.class, () -> CreditTier.of("[99, 99.9)", "ten"));
        assertEquals("credit", credit.field());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> new UsageCredit(new CreditUnit("messages", "SMS messages"), new BigDecimal("-1")));
        assertEquals("amount", negative.field());
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> EvaluationRequest.of("cvm", Site.CN, java.time.YearMonth.of(2024, 4), java.util.List.of()));
        assertEquals("resources", empty.field());
        EvaluationRequest named = EvaluationRequest.of("cvm", Site.CN, java.time.YearMonth.of(2024, 4), Currency.getInstance("USD"), java.util.List.of());
        assertEquals(Currency.getInstance("USD"), named.currency());
    }
}
