package io.slakit.products.observability;

import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Metric;
import io.slakit.api.SeedRef;
import io.slakit.api.SlaDefinition;
import io.slakit.testkit.SeedTexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance suite's provenance, citation and tier checks for a definition not yet listed in the provider. */
final class PendingChecks {
    private PendingChecks() {
    }

    private static void inSection(SlaDefinition d, SeedRef ref, String what) {
        int title = d.provenance().titleLine().line();
        assertTrue(ref.line() > title && ref.line() < title + 300, d.key() + ": " + what + " at " + ref + " is outside the section");
    }

    static void citations(SlaDefinition d) {
        SeedRef title = d.provenance().titleLine();
        assertTrue(SeedTexts.line(title).contains(d.provenance().title()), d.key() + " title");
        assertTrue(SeedTexts.around(title, 3, 3).contains(d.provenance().updated().toLocalDate().toString()), d.key() + " updated");
        for (Edition edition : d.editions()) {
            for (Metric m : edition.metrics()) {
                inSection(d, m.commitmentSource(), "commitment");
                String text = SeedTexts.around(m.commitmentSource(), 0, 1);
                assertTrue(text.contains(m.commitment().value().stripTrailingZeros().toPlainString()), d.key() + " commitment: " + text);
                m.creditSource().ifPresent(ref -> inSection(d, ref, "credit"));
                var tiers = m.credit().tiers();
                if (tiers.isEmpty()) {
                    continue;
                }
                assertEquals(0, tiers.get(0).band().upper().value().compareTo(m.commitment().value()), d.key() + " top tier");
                for (int i = 1; i < tiers.size(); i++) {
                    assertEquals(0, tiers.get(i - 1).band().lower().value().compareTo(tiers.get(i).band().upper().value()), d.key() + " tiers");
                }
                assertEquals(0, tiers.get(tiers.size() - 1).band().lower().value().signum(), d.key() + " bottom tier");
            }
        }
        d.claimPolicy().flatMap(p -> p.source()).ifPresent(ref -> inSection(d, ref, "claim"));
        for (ExclusionClause clause : d.exclusions()) {
            inSection(d, clause.source(), clause.code());
            assertTrue(SeedTexts.line(clause.source()).trim().startsWith(clause.clause()), d.key() + " clause " + clause.clause()
                    + " at " + clause.source() + ": " + SeedTexts.line(clause.source()));
        }
    }
}
