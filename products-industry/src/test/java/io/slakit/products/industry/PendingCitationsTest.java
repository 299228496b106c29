package io.slakit.products.industry;

import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Metric;
import io.slakit.api.SeedRef;
import io.slakit.api.SlaDefinition;
import io.slakit.testkit.SeedTexts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance suite's provenance, citation, tier and summary checks, for the eight definitions not yet listed in
 * IndustryProducts (the suite itself runs on them once they are; see IndustryProducts).
 */
class PendingCitationsTest {
    private static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "for", "by", "with", "from", "and", "or", "than", "its",
            "their", "whose", "is", "are");

    static List<SlaDefinition> pending() {
        List<SlaDefinition> all = new ArrayList<>();
        ClinicalSaasTest.DEFINITIONS.values().forEach(s -> all.add(s.get()));
        all.add(SiliRecommend.definition());
        return all;
    }

    private static void inSection(SlaDefinition d, SeedRef ref, String what) {
        int title = d.provenance().titleLine().line();
        assertTrue(ref.line() > title && ref.line() < title + 300, d.key() + ": " + what + " at " + ref + " is outside the section");
    }

    @Test
    void provenanceAndCitationsStandOnTheirLines() {
        for (SlaDefinition d : pending()) {
            SeedRef title = d.provenance().titleLine();
            assertTrue(SeedTexts.line(title).contains(d.provenance().title()), d.key() + " title");
            assertTrue(SeedTexts.around(title, 3, 3).contains(d.provenance().updated().toLocalDate().toString()), d.key() + " updated");
            assertEquals(d.provenance().updated().toLocalDate(), d.provenance().effective(), d.key() + " effective");
            for (Edition edition : d.editions()) {
                for (Metric m : edition.metrics()) {
                    inSection(d, m.commitmentSource(), "commitment");
                    String text = SeedTexts.around(m.commitmentSource(), 0, 1);
                    assertTrue(text.contains(m.commitment().value().stripTrailingZeros().toPlainString()), d.key() + " commitment: " + text);
                    m.creditSource().ifPresent(ref -> inSection(d, ref, "credit"));
                    // Contiguous tiers from 0 up to the commitment (a quantity table, sili's days, lists none: SiliRecommendTest
                    // walks its edges).
                    var tiers = m.credit().tiers();
                    if (tiers.isEmpty()) {
                        assertEquals("sili-recommend", d.product().value());
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
                if (clause.clause().matches("\\d+(\\.\\d+)+")) {
                    assertTrue(SeedTexts.line(clause.source()).contains(clause.clause()), d.key() + " clause " + clause.clause());
                }
                String[] words = clause.summary().replaceAll("[.)]+$", "").split("\\s+");
                String last = words[words.length - 1].toLowerCase();
                assertTrue(!last.endsWith("'s") && !DANGLING.contains(last), d.key() + " " + clause.clause() + ": " + clause.summary());
            }
        }
    }
}
