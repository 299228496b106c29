package io.slakit.cli;

import io.slakit.api.Edition;
import io.slakit.api.Money;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.fleet.FleetPlan;
import io.slakit.core.json.MonthFileReader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code evaluate --format csv} on the CSV pair, when the fleet path covers it: the product's
 * plan compiles and the files carry only the columns the fleet path reads. Grouped input with an
 * output file goes in parts on several cores ({@link ParallelCsv}); everything else on one
 * ({@link FleetCsv}).
 */
final class FleetCsvEvaluation {
    /** Below this a detail file is read on one thread: splitting costs more than it saves. */
    static final long PARALLEL_FROM_BYTES = 1 << 20;

    private FleetCsvEvaluation() {
    }

    /** The files (a detail file null when absent) and options of one evaluation. */
    record Request(Path resources, Path incidents, Path windows, MonthFileReader.Header header, Optional<Path> out, boolean grouped,
                   int threads, long partitionBytes) {
    }

    /** Evaluates and writes the report; false, with nothing written, when the engine must evaluate instead. */
    static boolean evaluate(Request request, PrintWriter stdout, PrintWriter err) throws IOException {
        MonthFileReader.Header h = request.header();
        Resolution resolution = Catalogs.get().resolve(h.product().value(), h.site(), h.month());
        SlaDefinition definition = resolution.definition();
        Edition edition = SlaEngine.edition(definition, h.edition());
        FleetPlan.Compilation compilation = FleetPlan.compile(definition, edition, h.month());
        if (compilation.plan().isEmpty()) {
            // The new rules (deadlines, delivery ratios, composite minutes, summed scopes, deductibles, failed counts, unit
            // credits) compile to no plan: say so, and name the rule.
            return engineAnswers(err, definition.product() + " (edition " + edition.id() + "): " + compilation.unsupportedReason());
        }
        if ((request.incidents() == null) == (request.windows() == null)) {
            return engineAnswers(err, request.incidents() == null ? "neither an incidents nor a windows file is given"
                    : "both an incidents and a windows file are given");
        }
        FleetPlan plan = compilation.plan().get();
        boolean byWindows = plan.kind() == FleetPlan.Kind.WINDOWED_RATE;
        Path detail = byWindows ? request.windows() : request.incidents();
        if (detail == null) {
            return engineAnswers(err, definition.product() + " is measured by " + (byWindows ? "windows" : "incidents")
                    + ", but only a" + (byWindows ? "n incidents" : " windows") + " file is given");
        }
        try (ByteCsv resources = ByteCsv.open(request.resources(), List.of("id", "fee"));
             ByteCsv details = ByteCsv.open(detail, byWindows ? List.of("resource", "start", "total", "failed") : List.of("resource", "start", "end"))) {
            if (!resources.columnsBeyond(FleetCsv.RESOURCE_COLUMNS).isEmpty()
                    || !details.columnsBeyond(byWindows ? FleetCsv.WINDOW_COLUMNS : FleetCsv.INCIDENT_COLUMNS).isEmpty()) {
                return false; // columns the fleet path does not read (regions, scopes, request counts): the engine reads them
            }
            List<String> warnings = new ArrayList<>(resolution.warnings());
            warnings.addAll(SlaEngine.coverageWarnings(definition, edition));
            warnings.forEach(w -> err.println("slakit: warning: " + w));
            if (!inParts(request, plan, edition, resources, details, detail, byWindows, err)
                    && !partitionsAtOnce(request, plan, edition, resources, details, detail, byWindows, err)) {
                inOneThread(request, plan, edition, resources, details, detail, byWindows, stdout, err);
            }
        }
        return true;
    }

    /**
     * The statement that the fleet path does not cover this month and why; false, so the engine evaluates it, with the same
     * output as the fleet path would give.
     */
    static boolean engineAnswers(PrintWriter err, String reason) {
        err.println("slakit: the fleet path does not cover this month (" + reason + "); the engine answered instead, with the same output");
        err.flush();
        return false;
    }

    private static boolean inParts(Request request, FleetPlan plan, Edition edition, ByteCsv resources, ByteCsv details, Path detail,
                                   boolean byWindows, PrintWriter err) throws IOException {
        if (!request.grouped() || request.out().isEmpty() || request.threads() < 2 || Files.size(detail) < PARALLEL_FROM_BYTES) {
            return false;
        }
        Optional<List<ParallelCsv.Part>> parts = ParallelCsv.split(request.resources(), resources, resources.column("id"), detail, details,
                details.column("resource"), request.threads());
        if (parts.isEmpty() || parts.get().size() < 2) {
            return false;
        }
        Optional<ParallelCsv.Result> result = ParallelCsv.run(plan, edition.metrics(), request.resources(), resources.header(), detail,
                details.header(), byWindows, parts.get(), request.header().currency());
        if (result.isEmpty()) {
            return false;
        }
        try (ParallelCsv.Result done = result.get()) {
            write(done, request, edition, err);
        }
        return true;
    }

    /** Any-order input with an output file and several partitions: the partitions joined on several threads. */
    private static boolean partitionsAtOnce(Request request, FleetPlan plan, Edition edition, ByteCsv resources, ByteCsv details, Path detail,
                                            boolean byWindows, PrintWriter err) throws IOException {
        if (request.grouped() || request.out().isEmpty() || request.threads() < 2) {
            return false;
        }
        int partitions = CsvGroups.partitions(detail, request.partitionBytes());
        if (partitions < 2) {
            return false;
        }
        try (CsvGroups.Spilled spilled = CsvGroups.Spilled.of(resources, resources.column("id"), details, details.column("resource"), partitions);
             ParallelCsv.Result done = ParallelCsv.partitions(spilled, plan, edition.metrics(), resources, details, byWindows,
                     request.header().currency(), request.threads())) {
            write(done, request, edition, err);
        }
        return true;
    }

    /** The header, the parts' reports in order, and the totals. */
    private static void write(ParallelCsv.Result done, Request request, Edition edition, PrintWriter err) throws IOException {
        try (FileChannel channel = FileChannel.open(request.out().orElseThrow(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            CsvReportWriter writer = new CsvReportWriter(new CsvReportWriter.Sink(Channels.newOutputStream(channel)), err);
            writer.start(edition.metrics());
            writer.flush();
            done.writeTo(channel);
            writer.addBreached(done.totals().breached());
            writer.finish(Money.of(done.totals().credit(), request.header().currency()), done.totals().resources());
        }
    }

    private static void inOneThread(Request request, FleetPlan plan, Edition edition, ByteCsv resources, ByteCsv details, Path detail,
                                    boolean byWindows, PrintWriter stdout, PrintWriter err) throws IOException {
        OutputStream stream = request.out().isEmpty() ? null : Files.newOutputStream(request.out().get());
        try {
            CsvReportWriter writer = new CsvReportWriter(stream == null ? new CsvReportWriter.Sink(stdout) : new CsvReportWriter.Sink(stream), err);
            writer.start(edition.metrics());
            FleetCsv fleet = new FleetCsv(plan, writer, request.header().currency());
            if (byWindows) {
                fleet.windows(request.resources(), resources, detail, details, request.grouped(), request.partitionBytes());
            } else {
                fleet.incidents(request.resources(), resources, detail, details, request.grouped(), request.partitionBytes());
            }
            writer.finish(fleet.totalCredit(), fleet.resources());
        } finally {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
