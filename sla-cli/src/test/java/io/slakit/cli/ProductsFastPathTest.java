package io.slakit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slakit.api.Edition;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.fleet.FleetPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code slakit products --format json} says, per edition, whether the fleet path takes it and why not. */
class ProductsFastPathTest {

    private static JsonNode product(String family, String id) throws IOException {
        MainTest.Run run = MainTest.run("products", "--family", family, "--format", "json");
        assertEquals(0, run.code(), run.err());
        for (JsonNode node : new ObjectMapper().readTree(run.out())) {
            if (node.get("id").asText().equals(id) && node.get("site").asText().equals("cn")) {
                return node;
            }
        }
        throw new AssertionError(id + " not listed: " + run.out());
    }

    @Test
    void cvmIsOnTheFastPath() throws IOException {
        JsonNode editions = product("compute", "cvm").get("editions");
        assertTrue(editions.isArray() && editions.size() >= 1, editions.toString());
        for (JsonNode edition : editions) {
            // CVM's rules are incident minutes (1-minute threshold, rounded up) and a tiered credit on the monthly fee.
            assertTrue(edition.get("fastPath").asBoolean(), edition.toString());
            assertFalse(edition.has("fastPathReason"), edition.toString());
            assertTrue(edition.has("id"), edition.toString());
        }
    }

    @Test
    void ocrsMeanOfWindowErrorRatesIsNotAndSaysWhy() throws IOException {
        JsonNode editions = product("ai", "ocr").get("editions");
        assertTrue(editions.size() >= 1, editions.toString());
        for (JsonNode edition : editions) {
            assertFalse(edition.get("fastPath").asBoolean(), edition.toString());
            String reason = edition.get("fastPathReason").asText();
            assertTrue(reason.contains("mean-window-error-rate") && reason.contains("does not compile into a fleet kernel for 2024-04"), reason);
        }
    }

    @Test
    void theFlagIsTheFleetPlansOwnAnswerForEveryEdition() throws IOException {
        // The listing is FleetPlan.compile's answer for April 2024, edition by edition, for every product it lists.
        MainTest.Run run = MainTest.run("products", "--format", "json");
        assertEquals(0, run.code(), run.err());
        SlaCatalog catalog = Catalogs.get();
        int editions = 0;
        for (JsonNode node : new ObjectMapper().readTree(run.out())) {
            SlaDefinition definition = catalog.definitions().stream()
                    .filter(d -> d.product().value().equals(node.get("id").asText()) && d.site().code().equals(node.get("site").asText())
                            && d.provenance().effective().toString().equals(node.get("version").asText()))
                    .findFirst().orElseThrow();
            assertEquals(definition.editions().size(), node.get("editions").size(), node.get("id").asText());
            for (int i = 0; i < definition.editions().size(); i++) {
                Edition edition = definition.editions().get(i);
                JsonNode entry = node.get("editions").get(i);
                FleetPlan.Compilation plan = FleetPlan.compile(definition, edition, YearMonth.of(2024, 4));
                assertEquals(edition.id(), entry.get("id").asText());
                assertEquals(plan.plan().isPresent(), entry.get("fastPath").asBoolean(), entry.toString());
                assertEquals(plan.plan().isPresent() ? null : plan.unsupportedReason(),
                        entry.has("fastPathReason") ? entry.get("fastPathReason").asText() : null, entry.toString());
                editions++;
            }
        }
        assertTrue(editions > 200, "every listed product's editions are compared: " + editions);
    }
}
