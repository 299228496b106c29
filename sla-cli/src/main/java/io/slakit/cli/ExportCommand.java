package io.slakit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.Metric;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.Measurement;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.rules.WindowedRate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code slakit export ...}: the contract in another tool's format. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "The contract in another tool's format.",
        subcommands = ExportCommand.OpenSlo.class)
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code slakit export openslo PRODUCT}: one OpenSLO v1 {@code Service} and one {@code SLO} per
     * metric, each over the calendar month in the contract's zone. Minute rules are Timeslices of one
     * minute, window rules Timeslices of their window with its condition, request and delivery ratios
     * Occurrences. A metric with no SLO shape (deadlines, durability, the mean of window rates) is
     * skipped with a note on standard error naming its rule: an SLO that measured something else
     * would be a wrong monitor.
     */
    @Command(name = "openslo", mixinStandardHelpOptions = true,
            description = {"OpenSLO v1 YAML: a Service and, per metric, an SLO over the calendar month in the contract's zone, "
                    + "the commitment as the objective's target, the tiers as further objectives, annotations citing the seed lines.",
                    "Metrics with no SLO shape (deadlines, durability, means of window rates) are skipped with a note on stderr."})
    static final class OpenSlo implements Callable<Integer> {
        private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

        @Parameters(index = "0", paramLabel = "PRODUCT", description = "The product id, as `slakit products` lists it (e.g. cvm).")
        String product;

        @Option(names = "--edition", description = "Only this edition (default: every edition).")
        String edition;

        @Option(names = "--site", defaultValue = "cn", description = "cn (default) or intl.")
        String site;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month the time window starts at, and whose version is in force "
                + "(default: the current month in the contract's zone).")
        String month;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the YAML here instead of standard output (whole or not at all).")
        Path out;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            YearMonth ym = month == null ? null : Args.month(month, "--month");
            if (ym == null) {
                // The zone is the definition's: resolve today's version first, then its month.
                ym = YearMonth.now(Catalogs.get().resolve(product, Args.site(site), YearMonth.now()).definition().zone());
            }
            Resolution resolution = Catalogs.get().resolve(product, Args.site(site), ym);
            SlaDefinition d = resolution.definition();
            PrintWriter err = spec.commandLine().getErr();
            resolution.warnings().forEach(w -> err.println("warning: " + w));
            List<Edition> editions = edition == null ? d.editions() : List.of(SlaEngine.edition(d, Optional.of(edition)));
            List<ObjectNode> documents = new ArrayList<>();
            documents.add(service(d));
            for (Edition e : editions) {
                for (Metric m : e.metrics()) {
                    Optional<String> noShape = noShape(m.measurement());
                    if (noShape.isPresent()) {
                        err.println("slakit: export openslo: " + name(d, e, m) + " skipped: " + noShape.get());
                        continue;
                    }
                    documents.add(slo(d, e, m, ym));
                }
            }
            YAMLMapper mapper = YAMLMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.SPLIT_LINES).build();
            StringWriter text = new StringWriter();
            try (SequenceWriter writer = mapper.writer().writeValues(text)) {
                for (ObjectNode document : documents) {
                    writer.write(document);
                }
            }
            TextOutput.write(text.toString(), out, List.of(), spec.commandLine().getOut());
            return Main.OK;
        }

        /** Why a metric's rule has no OpenSLO shape, or empty when it has one. */
        static Optional<String> noShape(Measurement rule) {
            if ("service-year".equals(rule.parameters().get("period"))) {
                return Optional.of("the rule " + rule.rule() + " measures a service year to date, not a calendar month");
            }
            if (!rule.commitmentIsPercent()) {
                return Optional.of("the rule " + rule.rule() + " commits to " + String.join(", ", rule.commitmentFigures()) + ", not a percentage");
            }
            if (isRatio(rule) || rule instanceof WindowedRate || (rule.countsMinutes() && rule.window().isEmpty())) {
                return Optional.empty();
            }
            return Optional.of("the rule " + rule.rule() + " (" + rule.describe() + ") is no ratio of good events or good time slices");
        }

        private static boolean isRatio(Measurement rule) {
            return rule.rule().equals("monthly-ratio") || rule.rule().equals("delivery-ratio");
        }

        private static String name(SlaDefinition d, Edition e, Metric m) {
            return d.product() + "-" + e.id() + "-" + m.id();
        }

        private static ObjectNode header(String kind, String name, String displayName) {
            ObjectNode doc = JSON.objectNode();
            doc.put("apiVersion", "openslo/v1");
            doc.put("kind", kind);
            ObjectNode metadata = doc.putObject("metadata");
            metadata.put("name", name);
            metadata.put("displayName", displayName);
            return doc;
        }

        private static ObjectNode service(SlaDefinition d) {
            ObjectNode doc = header("Service", d.product().value(), d.nameZh() + " / " + d.nameEn());
            annotations(doc, d).put("slakit.io/seed", d.provenance().titleLine().toString());
            doc.putObject("spec").put("description", d.provenance().title() + ", effective " + d.provenance().effective()
                    + " (" + d.provenance().seedFile() + " line " + d.provenance().titleLine().line() + ")");
            return doc;
        }

        private static ObjectNode annotations(ObjectNode doc, SlaDefinition d) {
            ObjectNode annotations = ((ObjectNode) doc.get("metadata")).putObject("annotations");
            annotations.put("slakit.io/product", d.product().value());
            annotations.put("slakit.io/site", d.site().code());
            annotations.put("slakit.io/version", d.provenance().effective().toString());
            return annotations;
        }

        private static ObjectNode slo(SlaDefinition d, Edition e, Metric m, YearMonth ym) {
            Measurement rule = m.measurement();
            ObjectNode doc = header("SLO", name(d, e, m), m.name());
            ObjectNode annotations = annotations(doc, d);
            annotations.put("slakit.io/edition", e.id());
            annotations.put("slakit.io/metric", m.id());
            annotations.put("slakit.io/seed", m.commitmentSource().toString());
            m.creditSource().ifPresent(s -> annotations.put("slakit.io/credit-table", s.toString()));
            annotations.put("slakit.io/rule", rule.rule() + ": " + rule.describe());
            ObjectNode spec = doc.putObject("spec");
            spec.put("description", m.name() + " of " + d.nameEn() + " (" + d.product() + "), edition " + e.id() + ": at least "
                    + m.commitment() + "% in each calendar month (" + m.commitmentSource() + ")");
            spec.put("service", d.product().value());
            ObjectNode indicator = spec.putObject("indicator");
            ObjectNode sliMetadata = indicator.putObject("metadata");
            sliMetadata.put("name", name(d, e, m) + "-sli");
            sliMetadata.put("displayName", m.name());
            ObjectNode sliSpec = indicator.putObject("spec");
            ArrayNode window = spec.putArray("timeWindow");
            ObjectNode calendarWindow = window.addObject();
            calendarWindow.put("duration", "1M");
            calendarWindow.put("isRolling", false);
            ObjectNode calendar = calendarWindow.putObject("calendar");
            calendar.put("startTime", ym.atDay(1) + " 00:00:00");
            calendar.put("timeZone", d.zone().getId());
            Optional<Slices> slices = slices(rule);
            spec.put("budgetingMethod", slices.isPresent() ? "Timeslices" : "Occurrences");
            if (slices.isPresent()) {
                sliSpec.put("description", slices.get().measures());
                ratio(sliSpec, slices.get().good(), slices.get().total());
                slices.get().caveat().ifPresent(c -> annotations.put("slakit.io/time-slice-rule", c));
            } else {
                String what = rule.rule().equals("delivery-ratio") ? "messages" : "requests";
                sliSpec.put("description", "The month's " + what + " that succeeded over all " + what + " (" + rule.describe() + ")");
                ratio(sliSpec, "successful " + what, "all " + what);
            }
            ArrayNode objectives = spec.putArray("objectives");
            objective(objectives, "commitment " + m.commitment() + "% (" + m.commitmentSource() + ")", m.commitment().fraction(), slices);
            // Each tier's floor is an objective too: below it the next tier's credit applies (a monitor warns before a tier is lost).
            for (CreditTier tier : m.credit().tiers()) {
                if (tier.band().lower().value().signum() > 0) {
                    String below = m.credit().tiers().stream().filter(t -> t.band().upper().compareTo(tier.band().lower()) == 0).findFirst()
                            .map(t -> ": tier " + t.band() + ", credit " + Texts.plain(t.credit()) + "%").orElse("");
                    objective(objectives, "below " + tier.band().lower() + "%" + below + m.creditSource().map(c -> " (" + c + ")").orElse(""),
                            tier.band().lower().fraction(), slices);
                }
            }
            return doc;
        }

        private static void objective(ArrayNode objectives, String displayName, BigDecimal target, Optional<Slices> slices) {
            ObjectNode objective = objectives.addObject();
            objective.put("displayName", displayName);
            objective.put("target", target.stripTrailingZeros());
            slices.ifPresent(s -> {
                objective.put("timeSliceTarget", s.target().stripTrailingZeros());
                objective.put("timeSliceWindow", s.window().toMinutes() + "m");
            });
        }

        private static void ratio(ObjectNode sliSpec, String good, String total) {
            ObjectNode ratio = sliSpec.putObject("ratioMetric");
            ratio.put("counter", false);
            source(ratio.putObject("good"), good);
            source(ratio.putObject("total"), total);
        }

        private static void source(ObjectNode node, String measures) {
            ObjectNode source = node.putObject("metricSource");
            source.put("type", "slakit-stub");
            source.putObject("spec").put("measures", measures);
        }

        /** A time-slice shape: the slice, when a slice is good, what the indicator measures in it, and what OpenSLO cannot say. */
        record Slices(Duration window, BigDecimal target, String measures, String good, String total, Optional<String> caveat) {
        }

        /** The time slices a rule judges, or empty for a ratio of occurrences. */
        static Optional<Slices> slices(Measurement rule) {
            if (isRatio(rule)) {
                return Optional.empty();
            }
            if (rule instanceof WindowedRate w) {
                Duration window = w.window().orElseThrow();
                List<String> caveats = new ArrayList<>();
                if (w.minimumRequests() > 0) {
                    caveats.add("a window with fewer than " + w.minimumRequests() + " requests is never bad");
                }
                if (w.consecutive() > 1) {
                    caveats.add("only runs of " + w.consecutive() + " or more bad windows count");
                }
                Optional<String> caveat = caveats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", caveats));
                String slice = "each " + window.toMinutes() + "-minute window aligned to 00:00:00";
                return Optional.of(switch (w.criterion()) {
                    // Bad below p: good at p or more, exactly timeSliceTarget p.
                    case SUCCESS_RATE_BELOW -> new Slices(window, w.percent().orElseThrow().movePointLeft(2),
                            "The success rate of the requests of " + slice, "successful requests", "all requests", caveat);
                    // Bad above an error rate y: good at a success rate of 1 - y or more.
                    case ERROR_RATE_ABOVE -> new Slices(window, BigDecimal.ONE.subtract(w.percent().orElseThrow().movePointLeft(2)),
                            "The success rate of the requests of " + slice, "successful requests", "all requests", caveat);
                    // Conditions no success-rate threshold states exactly: the indicator is the condition itself, 1 or 0 per slice.
                    default -> new Slices(window, BigDecimal.ONE, "1 for " + slice + " that is available (" + rule.describe() + "), else 0",
                            "1 when the window is available", "1 per window", caveat);
                });
            }
            return Optional.of(new Slices(Duration.ofMinutes(1), BigDecimal.ONE, "1 for each minute the resource is available as the text "
                    + "defines it, else 0 (" + rule.describe() + ")", "1 when the minute is available", "1 per minute",
                    Optional.of("minutes are counted as the text says: " + rule.describe())));
        }
    }
}
