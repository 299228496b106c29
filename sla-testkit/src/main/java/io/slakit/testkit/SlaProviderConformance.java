package io.slakit.testkit;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SeedRef;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WorkedExample;
import io.slakit.api.spi.SlaProvider;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The compatibility kit every product module runs on itself (after Micrometer's
 * {@code MeterRegistryCompatibilityKit}): extend it in the module's tests and name the provider.
 *
 * <pre>{@code
 * class ComputeConformanceTest extends SlaProviderConformance {
 *     protected Class<? extends SlaProvider> providerType() { return ComputeProducts.class; }
 * }
 * }</pre>
 *
 * It checks that the provider is found through the catalogue, that META-INF/services, module-info
 * and the classes really present agree, and for every definition: provenance against the seed text
 * (title, updated date, effective date, each commitment and exclusion clause on the line cited),
 * contiguous tier tables under the commitment, the text's worked examples replayed through the
 * engine, and the downtime exactly on each tier edge and one minute either side.
 */
public abstract class SlaProviderConformance {
    private static final String SERVICE_FILE = "META-INF/services/" + SlaProvider.class.getName();
    /** An SLA section is never longer than this; a citation further away is a wrong line. */
    private static final int MAX_SECTION_LINES = 1500;

    /** The module's provider class. */
    protected abstract Class<? extends SlaProvider> providerType();

    private SlaProvider provider() {
        SlaCatalog catalog = SlaCatalog.load(providerType().getClassLoader());
        return catalog.providers().stream().filter(p -> p.getClass() == providerType()).findFirst()
                .orElseThrow(() -> new AssertionError(providerType().getName() + " is not found by the catalogue: register it in "
                        + SERVICE_FILE + " and in module-info.java (provides ... with ...)"));
    }

    private List<SlaDefinition> definitions() {
        return provider().definitions();
    }

    @Test
    void providerIsFoundThroughTheCatalogue() {
        SlaProvider provider = provider();
        assertEquals(providerType(), provider.getClass());
    }

    @Test
    void servicesFileModuleInfoAndClassesAgree() throws IOException, URISyntaxException {
        Path root = Path.of(providerType().getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> implementations;
        try (ScanResult scan = new ClassGraph().enableClassInfo().overrideClasspath(root.toString())
                .acceptPackages(providerType().getPackageName()).scan()) {
            implementations = scan.getClassesImplementing(SlaProvider.class.getName()).stream()
                    .filter(c -> !c.isAbstract() && !c.isInterface()).map(ClassInfo::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = new TreeSet<>(readServiceFile(root));
        Set<String> provided = new TreeSet<>(readProvides(root));
        assertFalse(implementations.isEmpty(), "no SlaProvider implementation found in " + root);
        assertEquals(implementations, listed, SERVICE_FILE + " must list exactly the providers in " + root);
        assertEquals(implementations, provided, "module-info.java must provide exactly the providers in " + root);
    }

    private static List<String> readServiceFile(Path root) throws IOException {
        Path file = root.resolve(SERVICE_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.replaceAll("#.*", "").trim())
                .filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> readProvides(Path root) throws IOException {
        Path file = root.resolve("module-info.class");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ModuleDescriptor.read(in).provides().stream()
                    .filter(p -> p.service().equals(SlaProvider.class.getName()))
                    .flatMap(p -> p.providers().stream()).toList();
        }
    }

    @Test
    void everyDefinitionBelongsToTheProvidersFamilyAndKeysAreUnique() {
        Set<String> keys = new HashSet<>();
        for (SlaDefinition definition : definitions()) {
            assertEquals(provider().family(), definition.family(), definition.key());
            assertTrue(keys.add(definition.key()), "duplicate key " + definition.key());
        }
    }

    @TestFactory
    Stream<DynamicNode> everyDefinitionConforms() {
        return definitions().stream().map(d -> DynamicContainer.dynamicContainer(d.key(), Stream.of(
                DynamicTest.dynamicTest("provenance matches the seed text", () -> checkProvenance(d)),
                DynamicTest.dynamicTest("commitments and clauses stand on the lines cited", () -> checkCitations(d)),
                DynamicTest.dynamicTest("tier tables are contiguous under the commitment", () -> checkTiers(d)),
                DynamicTest.dynamicTest("clause summaries are whole phrases", () -> checkSummariesAreWhole(d)),
                DynamicTest.dynamicTest("lines cited in notes exist", () -> checkNoteCitations(d)),
                DynamicContainer.dynamicContainer("worked examples", workedExamples(d)),
                DynamicContainer.dynamicContainer("tier edges", TierEdges.tests(d)),
                DynamicContainer.dynamicContainer("excluded failures count as none", ExclusionInvariant.tests(d)))));
    }

    private static void checkProvenance(SlaDefinition d) {
        SeedRef title = d.provenance().titleLine();
        String titleText = SeedTexts.line(title);
        assertTrue(titleText.contains(d.provenance().title()),
                d.key() + ": line " + title + " reads \"" + titleText + "\", not the title \"" + d.provenance().title() + "\"");
        String updated = d.provenance().updated().toLocalDate().toString();
        assertTrue(SeedTexts.around(title, 3, 3).contains(updated),
                d.key() + ": the last-updated date " + updated + " is not within 3 lines of the title (either side) " + title);
        String source = d.provenance().effectiveSource();
        if (source.startsWith("stated at ")) {
            SeedRef stated = SeedRef.parse(source.substring("stated at ".length()));
            checkInSection(d, stated, "effective date");
            // Some texts fill a form: 【2025】年【07】月【28】日.
            String text = SeedTexts.around(stated, 0, 1).replace("【", "").replace("】", "").replace(" ", "");
            LocalDate effective = d.provenance().effective();
            List<String> forms = List.of(effective.toString(), effective.format(DateTimeFormatter.ofPattern("yyyy年MM月dd日")),
                    effective.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
            assertTrue(forms.stream().anyMatch(text::contains), d.key() + ": " + stated + " does not state the effective date " + effective);
        } else {
            assertEquals(d.provenance().updated().toLocalDate(), d.provenance().effective(),
                    d.key() + ": without a stated effective date, the last-updated day stands in");
        }
    }

    private static void checkCitations(SlaDefinition d) {
        for (Edition edition : d.editions()) {
            for (Metric metric : edition.metrics()) {
                checkInSection(d, metric.commitmentSource(), metric.id() + " commitment");
                String text = SeedTexts.around(metric.commitmentSource(), 0, 1);
                if (!metric.measurement().commitmentIsPercent()) {
                    checkFigureCited(d, edition, metric, text);
                    metric.creditSource().ifPresent(ref -> checkInSection(d, ref, metric.id() + " credit"));
                    continue;
                }
                String commitment = metric.commitment().toString();
                assertTrue(text.contains(commitment) || text.contains(metric.commitment().value().stripTrailingZeros().toPlainString()),
                        d.key() + " " + edition.id() + "/" + metric.id() + ": " + metric.commitmentSource()
                                + " does not state the commitment " + commitment + "%: \"" + text + "\"");
                metric.creditSource().ifPresent(ref -> checkInSection(d, ref, metric.id() + " credit"));
            }
        }
        d.claimPolicy().flatMap(p -> p.source()).ifPresent(ref -> checkInSection(d, ref, "claim policy"));
        checkLiabilityCapCited(d);
        for (ExclusionClause clause : d.exclusions()) {
            checkInSection(d, clause.source(), "clause " + clause.code());
            if (clause.clause().matches("\\d+(\\.\\d+)+")) {
                String text = SeedTexts.line(clause.source());
                assertTrue(text.contains(clause.clause()), d.key() + ": clause " + clause.clause() + " (" + clause.code()
                        + ") is not on " + clause.source() + ": \"" + text + "\"");
            }
        }
    }

    /**
     * A declared liability cap cites the line of the SLA's section that states its look-back ("过往12个月", "前12个月",
     * "12 个月" with the PDF's spaces, or "过往12" ending the line with "个月" opening the next): a line that does not hold the
     * months is a wrong line.
     */
    public static void checkLiabilityCapCited(SlaDefinition d) {
        d.liabilityCap().ifPresent(cap -> {
            checkInSection(d, cap.source(), "liability cap");
            String months = cap.months() + "个月";
            String text = SeedTexts.line(cap.source()).replace(" ", "");
            // The PDF wraps the text every other line, a blank line between: "个月" may open the next non-blank line.
            String next = SeedTexts.around(cap.source(), 0, 2).replace(" ", "").replace("\n", "").substring(text.length());
            boolean stated = text.contains(months) || (text.endsWith(String.valueOf(cap.months())) && next.startsWith("个月"));
            assertTrue(stated, d.key() + ": the " + cap.months() + "-month liability cap cites " + cap.source() + ", which does not state "
                    + months + ": \"" + SeedTexts.line(cap.source()) + "\"");
        });
    }

    /**
     * A commitment that is not a percentage ("every deadline met", "at most 3 late") stands on its line by one of the
     * numbers it is stated with (a deadline's hours or minutes, working days, the allowance), as a whole number.
     */
    private static void checkFigureCited(SlaDefinition d, Edition edition, Metric metric, String text) {
        List<String> figures = metric.measurement().commitmentFigures();
        assertFalse(figures.isEmpty(), d.key() + " " + edition.id() + "/" + metric.id()
                + ": the commitment is not a percentage, but the rule names no figures it is stated with");
        boolean cited = figures.stream().anyMatch(f -> java.util.regex.Pattern.compile("(?<![0-9.])" + java.util.regex.Pattern.quote(f)
                + "(?![0-9]|\\.[0-9])").matcher(text).find());
        assertTrue(cited, d.key() + " " + edition.id() + "/" + metric.id() + ": " + metric.commitmentSource()
                + " states none of the commitment's figures " + figures + ": \"" + text + "\"");
    }

    /** Lines after an example's cited line that may still hold its numbers (PDF text wraps a sentence). */
    private static final int EXAMPLE_LINES = 4;
    /** Words a summary cannot end on without being cut mid-phrase. */
    // Not "on", "in", "to": English strands those at a phrase's end ("the equipment the service depends on").
    private static final java.util.Set<String> DANGLING = java.util.Set.of("the", "a", "an", "of", "for", "by", "with", "from",
            "and", "or", "than", "its", "their", "whose", "is", "are");

    /** A worked example cites the lines that hold its numbers, not merely the commitment it follows from. */
    static void checkExampleCited(SlaDefinition d, WorkedExample example) {
        checkInSection(d, example.source(), "example");
        String text = SeedTexts.around(example.source(), 0, EXAMPLE_LINES).replace(",", "").replace("，", "").replace(" ", "");
        List<BigDecimal> numbers = new ArrayList<>();
        if (example instanceof WorkedExample.Allowance allowance) {
            numbers.add(allowance.expectedMinutes());
        } else if (example instanceof WorkedExample.Evaluation evaluation) {
            evaluation.expectedUnavailableMinutes().ifPresent(numbers::add);
            // 100 % follows from "not counted"; it is not a number the text needs to print.
            evaluation.expectedAvailabilityPercent().filter(p -> p.compareTo(BigDecimal.valueOf(100)) != 0).ifPresent(numbers::add);
        }
        for (BigDecimal number : numbers) {
            String plain = number.stripTrailingZeros().toPlainString();
            // The texts state allowances in minutes or hours (72小时 for 4,320 minutes), and "not counted" for zero.
            String hours = number.divide(BigDecimal.valueOf(60), java.math.MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
            boolean zeroStated = number.signum() == 0 && (text.contains("不计入") || text.contains("不属于服务不可用")
                    || text.toLowerCase(java.util.Locale.ROOT).contains("notcounted"));
            // Texts truncate percentages (99.98% for 99.988...%): two decimals of the exact value suffice.
            String truncated = number.scale() > 2 ? number.setScale(2, RoundingMode.DOWN).toPlainString() : plain;
            assertTrue(text.contains(plain) || text.contains(hours + "小时") || text.contains(hours + "h") || zeroStated
                            || (number.compareTo(BigDecimal.valueOf(90)) > 0 && text.contains(truncated + "%")), d.key() + ": example \"" + example.description() + "\" cites " + example.source()
                    + ", whose lines do not hold " + plain + ": \"" + SeedTexts.around(example.source(), 0, EXAMPLE_LINES) + "\"");
        }
    }

    /** "001:83", "004:108-109": a line of another seed that a note cites. */
    private static final java.util.regex.Pattern NOTE_CITATION = java.util.regex.Pattern.compile("\\b(00\\d):(\\d+)(?:-(\\d+))?\\b");

    /** Every seed line a note cites by file and number exists (IM's retention rules cite seeds 001 and 004). */
    static void checkNoteCitations(SlaDefinition d) {
        for (String note : d.notes()) {
            java.util.regex.Matcher m = NOTE_CITATION.matcher(note);
            while (m.find()) {
                int first = Integer.parseInt(m.group(2));
                int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
                for (int line = first; line <= last; line++) {
                    SeedRef ref = SeedRef.of(m.group(1), line);
                    try {
                        assertFalse(SeedTexts.line(ref).isBlank() && first == last, d.key() + ": a note cites " + ref + ", a blank line");
                    } catch (IllegalArgumentException e) {
                        fail(d.key() + ": a note cites " + ref + ": " + e.getMessage());
                    }
                }
            }
        }
    }

    /** No clause summary stops mid-phrase ("...outside Tencent Cloud's"). */
    static void checkSummariesAreWhole(SlaDefinition d) {
        for (ExclusionClause clause : d.exclusions()) {
            String summary = clause.summary().strip();
            String last = summary.replaceAll("[.;:,)]+$", "");
            last = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            assertTrue(!last.endsWith("'s") && !last.endsWith("\u2019s") && !DANGLING.contains(last),
                    d.key() + ": clause " + clause.clause() + " (" + clause.code() + ") summary stops mid-phrase: \"" + summary + "\"");
        }
    }

    private static void checkInSection(SlaDefinition d, SeedRef ref, String what) {
        SeedRef title = d.provenance().titleLine();
        assertEquals(title.seed(), ref.seed(), d.key() + ": " + what + " cites another seed");
        assertTrue(ref.line() >= title.line() && ref.line() < title.line() + MAX_SECTION_LINES,
                d.key() + ": " + what + " cites " + ref + ", outside the SLA's section starting at " + title);
        SeedTexts.line(ref); // exists
    }

    private static void checkTiers(SlaDefinition d) {
        for (Edition edition : d.editions()) {
            for (Metric metric : edition.metrics()) {
                List<CreditTier> tiers = metric.credit().tiers();
                for (int i = 0; i + 1 < tiers.size(); i++) {
                    assertTrue(tiers.get(i).band().sitsDirectlyAbove(tiers.get(i + 1).band()),
                            d.key() + " " + metric.id() + ": " + tiers.get(i).band() + " and " + tiers.get(i + 1).band() + " leave a gap or overlap");
                }
                if (!tiers.isEmpty()) {
                    assertTrue(tiers.get(0).band().upper().compareTo(metric.commitment()) <= 0,
                            d.key() + " " + metric.id() + ": the top tier reaches above the commitment");
                    CreditTier bottom = tiers.get(tiers.size() - 1);
                    assertTrue(bottom.band().lower().value().signum() == 0 && bottom.band().lowerInclusive(),
                            d.key() + " " + metric.id() + ": the bottom tier does not reach 0%");
                }
            }
        }
    }

    private static Stream<DynamicNode> workedExamples(SlaDefinition d) {
        List<DynamicNode> tests = new ArrayList<>();
        for (WorkedExample example : d.examples()) {
            tests.add(DynamicTest.dynamicTest(example.source() + " " + example.description(), () -> replay(d, example)));
            tests.add(DynamicTest.dynamicTest(example.source() + " holds the example's numbers", () -> checkExampleCited(d, example)));
        }
        return tests.stream();
    }

    /** Replays one of the text's own examples through the engine. */
    public static void replay(SlaDefinition d, WorkedExample example) {
        Edition edition = d.edition(exampleEdition(example)).orElseThrow(() ->
                new AssertionError(d.key() + ": example names unknown edition " + exampleEdition(example)));
        if (example instanceof WorkedExample.Allowance allowance) {
            Metric metric = edition.metric(allowance.metric()).orElseThrow(() -> new AssertionError("no metric " + allowance.metric()));
            BigDecimal total = BigDecimal.valueOf(io.slakit.api.ServiceMonth.calendar(allowance.month(), d.zone()).totalMinutes());
            BigDecimal allowed = SlaEngine.allowedMinutes(total, metric.commitment());
            assertEquals(0, allowance.expectedMinutes().compareTo(allowed),
                    example.description() + ": expected " + allowance.expectedMinutes() + " minutes, engine allows " + allowed);
        } else if (example instanceof WorkedExample.Evaluation evaluation) {
            ResourceMonth resource = evaluation.resource();
            MetricResult result = SlaEngine.standard().evaluateResource(d, edition, evaluation.month(), Optional.empty(), resource,
                    List.of(resource), SlaEngine.exclusionCodes(d), SlaEngine.newCache(), "example").metric(evaluation.metric())
                    .orElseThrow(() -> new AssertionError("metric " + evaluation.metric() + " was not evaluated"));
            evaluation.expectedUnavailableMinutes().ifPresent(expected -> assertEquals(0,
                    expected.compareTo(result.unavailableMinutes().orElseThrow()),
                    example.description() + ": unavailable minutes " + result.unavailableMinutes().orElseThrow()));
            evaluation.expectedAvailabilityPercent().ifPresent(expected -> assertEquals(0,
                    expected.compareTo(result.availability().percent(java.math.MathContext.DECIMAL128)
                            .setScale(Math.max(0, expected.scale()), RoundingMode.HALF_EVEN)),
                    example.description() + ": availability " + result.availability()));
            evaluation.expectedCreditPercent().ifPresent(expected -> assertEquals(0,
                    expected.compareTo(result.creditPercent().orElse(BigDecimal.ZERO)),
                    example.description() + ": credit percent " + result.creditPercent()));
        } else {
            fail("unknown example type " + example);
        }
    }

    private static String exampleEdition(WorkedExample example) {
        if (example instanceof WorkedExample.Allowance a) {
            return a.edition();
        }
        return ((WorkedExample.Evaluation) example).edition();
    }
}
