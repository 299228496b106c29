package io.slakit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code slakit export openslo}: the output parsed back with Jackson's YAML reader, its structure checked against the OpenSLO v1
 * specification (github.com/OpenSLO/OpenSLO README, "SLO", "Objectives", "SLI" and "Service"; the budgeting-method examples
 * {@code timeslices-slo.yaml} and {@code occurences-slo.yaml}), and its figures checked by hand against the texts.
 */
class ExportOpenSloTest {
    /**
     * Every field an SLO or Service document of OpenSLO v1 may hold, as paths ({@code []} an array item, {@code *} any key):
     * the spec's SLO schema with an inline indicator, objectives with their time-slice fields, and the calendar time window.
     */
    private static final List<Pattern> V1_FIELDS = List.of(
            "apiVersion", "kind", "metadata\\.name", "metadata\\.displayName", "metadata\\.labels\\..+",
            // Annotation keys are an optional DNS-subdomain prefix, a slash and a name (the spec's metadata notes).
            "metadata\\.annotations\\.([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?",
            "spec\\.description", "spec\\.service", "spec\\.indicatorRef", "spec\\.budgetingMethod",
            "spec\\.indicator\\.metadata\\.(name|displayName)", "spec\\.indicator\\.spec\\.description",
            "spec\\.indicator\\.spec\\.ratioMetric\\.counter",
            "spec\\.indicator\\.spec\\.ratioMetric\\.(good|bad|total)\\.metricSource\\.(metricSourceRef|type|spec\\..+)",
            "spec\\.timeWindow\\[\\]\\.(duration|isRolling|calendar\\.startTime|calendar\\.timeZone)",
            "spec\\.objectives\\[\\]\\.(displayName|op|value|target|targetPercent|timeSliceTarget|timeSliceWindow)",
            "spec\\.alertPolicies.*").stream().map(Pattern::compile).toList();

    /** What the spec requires of each kind (its schema and notes). */
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "Service", Set.of("apiVersion", "kind", "metadata.name"),
            "SLO", Set.of("apiVersion", "kind", "metadata.name", "spec.service", "spec.budgetingMethod", "spec.objectives[].target",
                    "spec.timeWindow[].duration", "spec.indicator.metadata.name"));

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var values = new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            values.forEachRemaining(documents::add);
        }
        return documents;
    }

    private static void paths(JsonNode node, String prefix, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                paths(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), out);
            }
        } else if (node.isArray()) {
            node.forEach(item -> paths(item, prefix + "[]", out));
        } else {
            out.add(prefix);
        }
    }

    private static void assertOpenSloV1(List<JsonNode> documents) {
        for (JsonNode doc : documents) {
            assertEquals("openslo/v1", doc.get("apiVersion").asText());
            String kind = doc.get("kind").asText();
            assertTrue(REQUIRED.containsKey(kind), kind);
            List<String> paths = new ArrayList<>();
            paths(doc, "", paths);
            for (String path : paths) {
                assertTrue(V1_FIELDS.stream().anyMatch(p -> p.matcher(path).matches()), kind + " has a field OpenSLO v1 does not define: " + path);
            }
            for (String required : REQUIRED.get(kind)) {
                assertTrue(paths.contains(required), kind + " lacks " + required + ": " + paths);
            }
            assertTrue(NAME.matcher(doc.get("metadata").get("name").asText()).matches(), doc.get("metadata").get("name").asText());
            if (kind.equals("SLO")) {
                JsonNode spec = doc.get("spec");
                assertEquals(1, spec.get("timeWindow").size(), "exactly one time window");
                String method = spec.get("budgetingMethod").asText();
                assertTrue(method.equals("Timeslices") || method.equals("Occurrences"), method);
                for (JsonNode objective : spec.get("objectives")) {
                    BigDecimal target = objective.get("target").decimalValue();
                    assertTrue(target.signum() >= 0 && target.compareTo(BigDecimal.ONE) < 0, "target in [0, 1): " + target);
                    // Timeslices needs timeSliceTarget in (0, 1] and timeSliceWindow; Occurrences has neither.
                    assertEquals(method.equals("Timeslices"), objective.has("timeSliceTarget"), objective.toString());
                    assertEquals(method.equals("Timeslices"), objective.has("timeSliceWindow"), objective.toString());
                }
                assertTrue(spec.get("description").asText().length() <= 1050);
            }
        }
    }

    private static JsonNode slo(List<JsonNode> documents, String name) {
        return documents.stream().filter(d -> d.get("metadata").get("name").asText().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void cvmIsTimeslicesOfOneMinuteOverTheCalendarMonthInShanghai() throws IOException {
        MainTest.Run r = run("export", "openslo", "cvm", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("---\n"), "documents separated by ---");
        List<JsonNode> docs = documents(r.out());
        assertOpenSloV1(docs);
        // A Service, then single-instance and multi-az; durability (intact units over all units) has no SLO shape and is skipped
        // with a note naming its rule.
        assertEquals(List.of("Service", "SLO", "SLO"), docs.stream().map(d -> d.get("kind").asText()).toList());
        assertEquals("slakit: export openslo: cvm-standard-durability skipped: the rule durability (Durability is intact units over all "
                + "units of the month; partial months are not counted.) is no ratio of good events or good time slices\n", r.err());
        assertEquals("002:1285", docs.get(0).get("metadata").get("annotations").get("slakit.io/seed").asText());

        JsonNode single = slo(docs, "cvm-standard-single-instance");
        JsonNode annotations = single.get("metadata").get("annotations");
        assertEquals("002:1468", annotations.get("slakit.io/seed").asText());
        assertEquals("002:1512", annotations.get("slakit.io/credit-table").asText());
        assertEquals("cvm", annotations.get("slakit.io/product").asText());
        assertEquals("standard", annotations.get("slakit.io/edition").asText());
        assertTrue(annotations.get("slakit.io/rule").asText().startsWith("incident-minutes: Downtime minutes from incidents"));
        JsonNode spec = single.get("spec");
        assertEquals("cvm", spec.get("service").asText());
        // One calendar month from April 1 00:00 in the contract's zone, not rolling.
        JsonNode window = spec.get("timeWindow").get(0);
        assertEquals("1M", window.get("duration").asText());
        assertFalse(window.get("isRolling").asBoolean());
        assertEquals("2024-04-01 00:00:00", window.get("calendar").get("startTime").asText());
        assertEquals("Asia/Shanghai", window.get("calendar").get("timeZone").asText());
        // Minute rule: a minute is the slice, good when available. 99.975% (002:1468) is 0.99975 exactly; the tiers' floors
        // 99% and 95% (002:1512) follow.
        assertEquals("Timeslices", spec.get("budgetingMethod").asText());
        JsonNode objectives = spec.get("objectives");
        assertEquals(3, objectives.size());
        assertEquals(new BigDecimal("0.99975"), objectives.get(0).get("target").decimalValue());
        assertEquals("1m", objectives.get(0).get("timeSliceWindow").asText());
        assertEquals(BigDecimal.ONE, objectives.get(0).get("timeSliceTarget").decimalValue());
        assertEquals(new BigDecimal("0.99"), objectives.get(1).get("target").decimalValue());
        assertEquals("below 99%: tier [95, 99), credit 25% (002:1512)", objectives.get(1).get("displayName").asText());
        assertEquals(new BigDecimal("0.95"), objectives.get(2).get("target").decimalValue());
        assertEquals("below 95%: tier [0, 95), credit 100% (002:1512)", objectives.get(2).get("displayName").asText());
        assertTrue(spec.get("indicator").get("spec").has("ratioMetric"));

        // 99.995% (002:1474): 0.99995.
        JsonNode multi = slo(docs, "cvm-standard-multi-az");
        assertEquals(new BigDecimal("0.99995"), multi.get("spec").get("objectives").get(0).get("target").decimalValue());
        assertEquals("002:1474", multi.get("metadata").get("annotations").get("slakit.io/seed").asText());
    }

    @Test
    void scfIsTimeslicesOfFiveMinutesWithItsErrorRate() throws IOException {
        // SCF: a 5-minute window is unavailable when its error rate is above 5% (002:3800), so a slice is good at a success
        // rate of 95% or more: timeSliceTarget 0.95, timeSliceWindow 5m; the commitment 99.95% (002:3808) is 0.9995.
        MainTest.Run r = run("export", "openslo", "scf", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<JsonNode> docs = documents(r.out());
        assertOpenSloV1(docs);
        JsonNode spec = slo(docs, "scf-standard-availability").get("spec");
        assertEquals("Timeslices", spec.get("budgetingMethod").asText());
        JsonNode objective = spec.get("objectives").get(0);
        assertEquals(new BigDecimal("0.9995"), objective.get("target").decimalValue());
        assertEquals(new BigDecimal("0.95"), objective.get("timeSliceTarget").decimalValue());
        assertEquals("5m", objective.get("timeSliceWindow").asText());
        assertEquals("002:3808", slo(docs, "scf-standard-availability").get("metadata").get("annotations").get("slakit.io/seed").asText());
        assertEquals("2024-04-01 00:00:00", spec.get("timeWindow").get(0).get("calendar").get("startTime").asText());
    }

    @Test
    void aRatioOfRequestsIsOccurrences() throws IOException {
        // VSS: 1 - failed / all requests of the month (002:19432): Occurrences, target 0.9995, no time slices.
        MainTest.Run r = run("export", "openslo", "vss", "--month", "2024-06");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> docs = documents(r.out());
        assertOpenSloV1(docs);
        JsonNode spec = slo(docs, "vss-standard-availability").get("spec");
        assertEquals("Occurrences", spec.get("budgetingMethod").asText());
        assertEquals(new BigDecimal("0.9995"), spec.get("objectives").get(0).get("target").decimalValue());
        assertFalse(spec.get("objectives").get(0).has("timeSliceWindow"));
    }

    @Test
    void aServiceYearIsNoCalendarMonthAndIsSkippedWithANote() throws IOException {
        // CME's availability is the service year's to date: a calendar-month SLO would monitor something else.
        MainTest.Run r = run("export", "openslo", "cme", "--month", "2025-07");
        assertEquals(0, r.code(), r.err());
        assertEquals("slakit: export openslo: cme-standard-availability skipped: the rule service-year-minutes measures a service year "
                + "to date, not a calendar month\n", r.err());
        List<JsonNode> docs = documents(r.out());
        assertOpenSloV1(docs);
        assertEquals(List.of("Service"), docs.stream().map(d -> d.get("kind").asText()).toList());
    }

    @Test
    void theStructureCheckRejectsWhatTheSpecDoesNotDefine() throws IOException {
        // Control: the check above would catch a misspelt field, a missing required one and a target given as a percent.
        List<JsonNode> docs = documents(run("export", "openslo", "scf", "--month", "2024-04").out());
        JsonNode objective = docs.get(1).get("spec").get("objectives").get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) objective).put("timeSliceTargett", 0.95);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertOpenSloV1(docs));
        List<JsonNode> again = documents(run("export", "openslo", "scf", "--month", "2024-04").out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) again.get(1).get("spec")).remove("budgetingMethod");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertOpenSloV1(again));
        List<JsonNode> percent = documents(run("export", "openslo", "scf", "--month", "2024-04").out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) percent.get(1).get("spec").get("objectives").get(0)).put("target", 99.95);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertOpenSloV1(percent));
    }

    @Test
    void editionsOutAndBadInput(@TempDir Path dir) throws IOException {
        MainTest.Run one = run("export", "openslo", "cvm", "--month", "2024-04", "--edition", "standard");
        assertEquals(0, one.code(), one.err());
        MainTest.Run bad = run("export", "openslo", "cvm", "--month", "2024-04", "--edition", "gold");
        assertEquals(Main.BAD_INPUT, bad.code());
        assertTrue(bad.err().startsWith("slakit: edition: \"gold\" is not an edition of cvm"), bad.err());
        Path out = dir.resolve("cvm.yaml");
        MainTest.Run written = run("export", "openslo", "cvm", "--month", "2024-04", "--out", out.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals("", written.out());
        assertEquals(one.out(), Files.readString(out));
        MainTest.Run month = run("export", "openslo", "cvm", "--month", "April");
        assertEquals(Main.BAD_INPUT, month.code());
    }
}
