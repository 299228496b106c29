package io.slakit.products.saas;

import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, part 4: the 12-month liability cap of this family's texts, declared only where the ledger can apply it. */
class LiabilityCapDeclaredTest {

    /**
     * 6.1 (18538-18540) states the 12-month cap, but Youma's credits are extra months of service with no stated money value,
     * and the ledger caps money credits against fees: not declared (the note says so).
     */
    @Test
    void tencentYoumaStatesTheCapOverCreditsTheLedgerCannotWeigh() {
        SlaDefinition d = new SaasProducts().definitions().stream()
                .filter(x -> x.product().value().equals("tencent-youma") && x.site() == Site.CN).findFirst().orElseThrow();
        assertTrue(d.liabilityCap().isEmpty());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("18538-18540") && n.contains("Not declared")));
    }
}
