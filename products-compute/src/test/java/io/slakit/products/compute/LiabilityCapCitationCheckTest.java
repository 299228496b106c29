package io.slakit.products.compute;

import io.slakit.api.LiabilityCap;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.testkit.SlaProviderConformance;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance suite's check of a liability cap's line: it passes CVM's 1581 and fails a line that does not state the 12 months. */
class LiabilityCapCitationCheckTest {

    private static final SlaDefinition CVM = new ComputeProducts().definitions().stream()
            .filter(d -> d.product().value().equals("cvm") && d.site() == Site.CN).findFirst().orElseThrow();

    @Test
    void theDeclaredLinePasses() {
        assertDoesNotThrow(() -> SlaProviderConformance.checkLiabilityCapCited(CVM));
    }

    @Test
    void aLineOfTheSameClauseWithoutTheMonthsFails() {
        // 1579 opens 6.1 ("...违约赔偿总额不超过您已经支付的相应违") but the 12 months are on 1581.
        AssertionError e = assertThrows(AssertionError.class,
                () -> SlaProviderConformance.checkLiabilityCapCited(withCap(CVM, new LiabilityCap(12, SeedRef.of("002", 1579)))));
        assertTrue(e.getMessage().contains("002:1579"), e.getMessage());
    }

    @Test
    void aLineStatingOtherMonthsFails() {
        // 1581 states 12个月, not 6.
        assertThrows(AssertionError.class,
                () -> SlaProviderConformance.checkLiabilityCapCited(withCap(CVM, new LiabilityCap(6, SeedRef.of("002", 1581)))));
    }

    @Test
    void aLineOutsideTheSectionFails() {
        // 4408 holds RocketMQ's 12个月, far outside CVM's text.
        assertThrows(AssertionError.class,
                () -> SlaProviderConformance.checkLiabilityCapCited(withCap(CVM, new LiabilityCap(12, SeedRef.of("002", 4408)))));
    }

    private static SlaDefinition withCap(SlaDefinition d, LiabilityCap cap) {
        return new SlaDefinition(d.product(), d.site(), d.family(), d.nameZh(), d.nameEn(), d.provenance(), d.zone(), d.monthRule(),
                d.editions(), d.defaultEdition(), d.combination(), d.cap(), d.creditForm(), d.claimPolicy(), d.exclusions(), d.notes(),
                d.examples(), Optional.of(cap));
    }
}
