package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.Band;
import io.slakit.api.Percent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.slakit.core.rules.Credits.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TieredCreditTest {
    private static final TieredCredit CVM = Credits.tiered(tier("[99, 99.975)", "10"), tier("[95, 99)", "25"), tier("[0, 95)", "100"));

    @ParameterizedTest(name = "{0}/{1} -> {2}%")
    @CsvSource({
            "43189.2, 43200, -1",   // exactly 99.975: not in any band (the commitment is met)
            "43189, 43200, 10",     // 99.97453...
            "42768, 43200, 10",     // exactly 99: lower bound inclusive
            "42767, 43200, 25",
            "41040, 43200, 25",     // exactly 95
            "41039, 43200, 100",
            "0, 43200, 100"})
    void boundsFollowTheText(String available, String total, int expected) {
        Availability a = Availability.ofRatio(new BigDecimal(available), new BigDecimal(total));
        assertEquals(expected, CVM.tierFor(a).map(t -> t.credit().intValue()).orElse(-1));
    }

    @Test
    void theExactValueDecidesNotARoundedOne() {
        // 43189.2 / 43200 is exactly 99.975%; a double would land on either side.
        assertTrue(Availability.ofRatio(new BigDecimal("43189.2"), new BigDecimal("43200")).isAtLeast(Percent.of("99.975")));
        assertFalse(Availability.ofRatio(new BigDecimal("43189.19999"), new BigDecimal("43200")).isAtLeast(Percent.of("99.975")));
    }

    @Test
    void gapsAndOverlapsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Credits.tiered(tier("[99, 99.9)", "10"), tier("[0, 98)", "25")));
        assertThrows(IllegalArgumentException.class, () -> Credits.tiered(tier("[99, 99.9)", "10"), tier("[0, 99]", "25")));
        assertThrows(IllegalArgumentException.class, () -> Credits.tiered(tier("[99, 99.9)", "10"), tier("[95, 99)", "25")));
    }

    @Test
    void bandsReadBackTheirNotation() {
        assertEquals("[99, 99.975)", Band.parse("[99, 99.975)").toString());
        assertEquals("at least 99% and below 99.975%", Band.parse("[99, 99.975)").describe());
        assertEquals("below 95%", Band.parse("[0, 95)").describe());
    }
}
