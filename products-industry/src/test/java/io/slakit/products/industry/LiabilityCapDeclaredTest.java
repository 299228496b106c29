package io.slakit.products.industry;

import io.slakit.api.LiabilityCap;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.testkit.SlaProviderConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14, part 4: every text of this family that caps liability at the fees of the past 12 months declares the cap, at the
 * line of the cap sentence that holds the 12 months ("12个月", or "12" ending the line before "个月"; lines typed from seed 002).
 */
class LiabilityCapDeclaredTest {

    @ParameterizedTest(name = "{0}: 12 months, 002:{1}")
    @CsvSource({
            "medical-imaging, 54747"
    })
    void declaresTheTwelveMonthCapAtItsLine(String product, int line) {
        SlaDefinition d = definition(product);
        LiabilityCap cap = d.liabilityCap().orElseThrow(() -> new AssertionError(product + " declares no liability cap"));
        assertEquals(12, cap.months());
        assertEquals(SeedRef.of("002", line), cap.source());
        SlaProviderConformance.checkLiabilityCapCited(d);
    }

    private static SlaDefinition definition(String product) {
        return new IndustryProducts().definitions().stream()
                .filter(d -> d.product().value().equals(product) && d.site() == Site.CN)
                .findFirst().orElseThrow(() -> new AssertionError("no definition " + product));
    }
}
