package io.slakit.products.storage;

import io.slakit.api.LiabilityCap;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.testkit.SlaProviderConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, part 4: every text of this family that caps liability at the fees of the past 12 months declares the cap, at the
 * line of the cap sentence that holds the 12 months ("12个月", or "12" ending the line before "个月"; lines typed from seed 002).
 */
class LiabilityCapDeclaredTest {

    @ParameterizedTest(name = "{0}: 12 months, 002:{1}")
    @CsvSource({
            "cbs, 6401"
    })
    void declaresTheTwelveMonthCapAtItsLine(String product, int line) {
        SlaDefinition d = definition(product);
        LiabilityCap cap = d.liabilityCap().orElseThrow(() -> new AssertionError(product + " declares no liability cap"));
        assertEquals(12, cap.months());
        assertEquals(SeedRef.of("002", line), cap.source());
        SlaProviderConformance.checkLiabilityCapCited(d);
    }

    /** 5.1 (6007-6011) caps total liability, after 12 months of use, at the fees paid in the 12 months before the failure first occurred for the service that missed the standard: a window fixed at the first failure, not the ledger's rolling 12 months. */
    @Test
    void cosStatesAnotherCapAndDeclaresNone() {
        assertTrue(definition("cos").liabilityCap().isEmpty());
    }

    private static SlaDefinition definition(String product) {
        return new StorageProducts().definitions().stream()
                .filter(d -> d.product().value().equals(product) && d.site() == Site.CN)
                .findFirst().orElseThrow(() -> new AssertionError("no definition " + product));
    }
}
