package io.slakit.core.json;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 26: a fee of 1e999999999 crashed (BigInteger overflow) and 1e100000000 printed 100 million digits; amounts have bounds. */
class AmountBoundsTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1e100000000", "1e10000000", "1000000000000000000", "1e19"})
    void anAmountBeyondTheBoundsIsBadInputNamingTheField(String fee) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.fee(fee, CNY, "resources[0].fee"));
        assertEquals("resources[0].fee", e.field());
        assertTrue(e.getMessage().contains("too large") || e.getMessage().contains("too many decimals"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999999999999", "999999999999999999.99", "1e17", "0.00", "1000.050"})
    void amountsWithinTheBoundsAreRead(String fee) {
        assertEquals(0, new BigDecimal(fee).compareTo(Money.fee(fee, CNY, "fee").amount()));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 1000})
    void aVeryLongAmountIsRefusedBeforeItIsParsed(int digits) {
        String fee = "1" + "0".repeat(digits);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.fee(fee, CNY, "fee"));
        assertTrue(e.getMessage().contains("characters long") || e.getMessage().contains("too large"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void theLibraryFactoryHasTheSameBounds() {
        assertThrows(InvalidInputException.class, () -> Money.of(new BigDecimal("1e999999999"), CNY));
        assertThrows(InvalidInputException.class, () -> Money.of(new BigDecimal("1e-999999999"), CNY));
        assertEquals(0, BigDecimal.TEN.compareTo(Money.of(BigDecimal.TEN, CNY).amount()));
    }
}
