package io.slakit.cli;

import io.slakit.api.Edition;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.EvaluationCache;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.engine.MonthSeries;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.json.MonthFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code slakit evaluate FILE|-}: what the contract owes for a month of incidents, why, and until
 * when it can be claimed. JSON month files are evaluated as one fleet (multi-AZ sees every
 * instance); JSON Lines stream one resource at a time with memory bounded by the largest resource.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a month: availability per metric, tier, credit, exclusions and the claim window.",
                "FILE is a JSON month file, a JSON Lines file (.jsonl: a header line, then one resource per line), "
                        + "or resources.csv (with incidents.csv beside it, or --incidents) plus --product and --month.",
                "'-' reads standard input (JSON, or JSON Lines when the first line is a header without resources).",
                "Several month files (or JSON Lines whose every line is a whole month) are evaluated together: "
                        + "the liability cap across months, the service year's earlier outages, and claim windows --as-of a day."})
final class EvaluateCommand implements Callable<Integer> {
    enum Format { table, json, markdown, html, csv }

    @Parameters(arity = "0..*", paramLabel = "FILE|-", description = "The month to evaluate: a JSON month file, "
            + "a JSON Lines file, resources.csv, or '-' for standard input (omit it with --example); several month files are several months.")
    List<String> files = new ArrayList<>();

    /** The one input, or the first of several months. */
    String file;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Month files: say for each month whether its claim window is "
            + "not yet open, open or closed on this day, and what can still be claimed.")
    String asOf;

    @Option(names = "--example", description = "Evaluate the embedded example month (CVM, April 2024).")
    boolean example;

    @Option(names = "--format", defaultValue = "table", description = "table, json, markdown, html or csv (default: ${DEFAULT-VALUE}). "
            + "csv: one row per resource (totals on standard error); on CSV input it takes the fleet path.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--incidents", paramLabel = "FILE", description = "CSV input: the incidents file (default: incidents.csv beside FILE).")
    Path incidents;

    @Option(names = "--windows", paramLabel = "FILE", description = "CSV input: the windows file resource,start,total,failed "
            + "(default: windows.csv beside FILE, when there).")
    Path windows;

    @Option(names = "--tickets", paramLabel = "FILE", description = "CSV input: the tickets file resource,id,kind,severity,opened,"
            + "responded,delivered (default: tickets.csv beside FILE, when there).")
    Path tickets;

    @Option(names = "--deliveries", paramLabel = "FILE", description = "CSV input: the delivery counts resource,sent,delivered,excluded,"
            + "unitPrice (default: deliveries.csv beside FILE, when there).")
    Path deliveries;

    @Option(names = "--no-incidents", description = "CSV input: the month had no incidents and no window samples "
            + "(without it, resources.csv alone is an error, not a month at 100 %%).")
    boolean noIncidents;

    @Option(names = "--grouped", description = "CSV input: each resource's incidents (windows) are together and in resources.csv's order, "
            + "so they stream with memory bounded by the largest resource. Without it they are grouped by partitions (--partition-mib).")
    boolean grouped;

    @Option(names = "--partition-mib", defaultValue = "16", paramLabel = "MIB", description = "CSV input in any order: detail rows are "
            + "grouped in partitions of about this many MiB of CSV text, spilled to temporary files when larger (default: ${DEFAULT-VALUE}).")
    long partitionMib;

    @Option(names = "--threads", paramLabel = "N", description = "CSV input with --out: evaluate on N threads "
            + "(default: the cores, ${DEFAULT-VALUE}); the report is the same.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stats", description = "After the report, print to standard error the time taken, input bytes per second and the peak heap.")
    boolean stats;

    private HeapPeak heap;

    @Option(names = "--product", description = "CSV input: the product id.")
    String product;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "CSV input: the month.")
    String month;

    @Option(names = "--site", defaultValue = "cn", description = "CSV input: cn (default) or intl.")
    String site;

    @Option(names = "--edition", description = "CSV input: the edition.")
    String edition;

    @Option(names = "--currency", defaultValue = "CNY", description = "CSV input: the currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--calendar", paramLabel = "FILE", description = Calendars.OPTION_HELP)
    Path calendar;

    /** Counts the claim window by the site's calendar, or by --calendar. */
    private SlaEngine engine;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        file = files.isEmpty() ? null : files.get(0);
        if (files.size() > 1 || asOf != null) {
            return severalMonths(null);
        }
        if (file != null && isJsonLines(file) && Files.isRegularFile(Path.of(file))) {
            List<MonthSeries.Given> months = monthStream(Path.of(file));
            if (months.size() > 1) {
                return severalMonths(months);
            }
            if (months.size() == 1) {
                oneStreamedMonth = months.get(0).request(); // one month: exactly the single-month answer
            }
        }
        if (example == (file != null)) {
            throw new InvalidInputException("FILE", file == null ? "" : file, example
                    ? "cannot be combined with --example" : "is required (a month file, '-' for standard input, or --example)");
        }
        if (partitionMib < 1) {
            throw new InvalidInputException("--partition-mib", partitionMib, "must be at least 1");
        }
        if (threads < 1) {
            throw new InvalidInputException("--threads", threads, "must be at least 1");
        }
        boolean csv = file != null && file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        if (csv && Files.isRegularFile(Path.of(file))) {
            boolean details = detailFile(Path.of(file), incidents, "--incidents", "incidents.csv") != null
                    || detailFile(Path.of(file), windows, "--windows", "windows.csv") != null
                    || detailFile(Path.of(file), tickets, "--tickets", "tickets.csv") != null
                    || detailFile(Path.of(file), deliveries, "--deliveries", "deliveries.csv") != null;
            if (!details && !noIncidents) {
                throw new InvalidInputException("FILE", file, "has no incidents.csv or windows.csv beside it (nor tickets.csv or "
                        + "deliveries.csv): give --incidents FILE or --windows FILE (or --tickets, --deliveries), or --no-incidents for a "
                        + "month without outages (every resource would be 100 %)");
            }
            if (details && noIncidents) {
                throw new InvalidInputException("--no-incidents", "", "contradicts the incidents or windows file given");
            }
        } else if (noIncidents) {
            throw new InvalidInputException("--no-incidents", "", "applies to CSV input only");
        }
        if (!csv) {
            // A month file names its own product, month, site, edition and currency: an option beside it would be ignored.
            for (String option : List.of("--product", "--month", "--site", "--edition", "--currency", "--incidents", "--windows", "--tickets",
                    "--deliveries")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new InvalidInputException(option, spec.commandLine().getParseResult().matchedOptionValue(option, ""),
                            "applies to CSV input only; a month file (JSON or JSON Lines) states it in its header");
                }
            }
        }
        engine = Calendars.engine(calendar);
        long started = System.nanoTime();
        heap = stats ? new HeapPeak() : null;
        if (format == Format.csv && file != null && file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && fleetPath()) {
            printStats(started);
            return Main.OK;
        }
        writeReport(target -> evaluate(open(), writer(target)));
        printStats(started);
        return Main.OK;
    }

    /** Writes a report to standard output, or to --out whole or not at all. */
    @FunctionalInterface
    private interface ReportBody {
        void write(PrintWriter target) throws IOException;
    }

    private void writeReport(ReportBody body) throws IOException {
        try (AtomicOutput output = out == null ? null : AtomicOutput.open(out, inputs())) {
            PrintWriter target = output == null ? spec.commandLine().getOut()
                    : new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output.temp()), StandardCharsets.UTF_8));
            try {
                body.write(target);
            } finally {
                target.flush();
                if (output != null) {
                    target.close();
                }
            }
            // PrintWriter swallows write errors (a full disk, a closed pipe): ask, and fail rather than exit 0.
            if (target.checkError()) {
                throw new IOException((output == null ? "standard output" : "--out " + out)
                        + ": the report could not be written whole (disk full or output closed)");
            }
            if (output != null) {
                output.commit();
            }
        }
    }

    /** The one month of a stream of months given as a single line, evaluated as a month file. */
    private io.slakit.api.EvaluationRequest oneStreamedMonth;

    private static boolean isJsonLines(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /** The months of a JSON Lines file whose first non-blank line is a whole month; empty when it is one month's resources. */
    private static List<MonthSeries.Given> monthStream(Path path) throws IOException {
        // Strict UTF-8 and bounded lines, as every JSON Lines input (InputLimits).
        String name = path.getFileName().toString();
        try (BufferedReader in = InputLimits.DEFAULT.jsonLines(InputLimits.open(path, name), name)) {
            String first;
            do {
                first = in.readLine();
            } while (first != null && first.isBlank());
            if (!Inputs.startsMonthStream(first)) {
                return List.of();
            }
        }
        try (BufferedReader in = InputLimits.DEFAULT.jsonLines(InputLimits.open(path, name), name)) {
            return Inputs.monthStream(in, name);
        }
    }

    /**
     * Several months (files, or a stream of months) or --as-of: each month as the engine decides it
     * alone with its history, then the cap across months and the claim windows (table or JSON).
     */
    private Integer severalMonths(List<MonthSeries.Given> streamed) throws IOException {
        if (example) {
            throw new InvalidInputException("--example", "", "evaluates one embedded month; it cannot be combined with several months or --as-of");
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("FILE", "", "is required (month files, or a JSON Lines file of whole months)");
        }
        if (format != Format.table && format != Format.json) {
            throw new InvalidInputException("--format", format, "writes one month; several months (or --as-of) are written as table or json");
        }
        for (String option : List.of("--product", "--month", "--site", "--edition", "--currency", "--incidents", "--windows",
                "--tickets", "--deliveries", "--no-incidents", "--grouped")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new InvalidInputException(option, spec.commandLine().getParseResult().matchedOptionValue(option, ""),
                        "applies to one CSV month only; several months are month files (JSON or JSON Lines) that state it");
            }
        }
        java.util.Optional<java.time.LocalDate> day = asOf == null ? java.util.Optional.empty() : java.util.Optional.of(Args.date(asOf, "--as-of"));
        List<MonthSeries.Given> given = streamed != null ? streamed : readMonths();
        engine = Calendars.engine(calendar);
        long started = System.nanoTime();
        heap = stats ? new HeapPeak() : null;
        MonthSeries series = MonthSeries.of(given);
        io.slakit.api.EvaluationRequest first = series.months().get(0).request();
        java.util.function.Function<java.time.YearMonth, Resolution> resolve = m -> Catalogs.get().resolve(first.product().value(), first.site(), m);
        MonthSeries.Result result = series.evaluate(engine, resolve, day);
        writeReport(target -> {
            if (format == Format.json) {
                MonthSeriesWriter.json(target, result, r -> resolve.apply(r.month()).definition());
            } else {
                MonthSeriesWriter.table(target, series, result, r -> resolve.apply(r.month()).definition());
            }
        });
        printStats(started);
        return Main.OK;
    }

    /** Each FILE as one month, or each line of a stream of months; errors name the file (and line). */
    private List<MonthSeries.Given> readMonths() throws IOException {
        List<MonthSeries.Given> given = new ArrayList<>();
        for (String name : files) {
            if (name.equals("-")) {
                throw new InvalidInputException("FILE", name, "cannot be one of several months: give each month as a file");
            }
            Path path = Path.of(name);
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException("FILE", name, Files.exists(path) ? "is not a regular file" : "does not exist");
            }
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                throw new InvalidInputException("FILE", name, "is a CSV month: several months (and --as-of) take month files (JSON or "
                        + "JSON Lines), which state their month");
            }
            if (isJsonLines(name)) {
                List<MonthSeries.Given> months = monthStream(path);
                if (months.isEmpty()) {
                    throw new InvalidInputException("FILE", name, "is JSON Lines of one month's resources (a header line, then resources): "
                            + "several months are month files, or JSON Lines whose every line is a whole month");
                }
                given.addAll(months);
                continue;
            }
            try {
                given.add(new MonthSeries.Given(name, MonthFileReader.read(MonthFileReader.parse(Inputs.read(path, name), name))));
            } catch (InvalidInputException e) {
                throw e.under(name);
            }
        }
        return given;
    }

    /** The files this run reads: an output may not be one of them. */
    private List<Path> inputs() {
        if (file == null || file.equals("-")) {
            return List.of();
        }
        Path path = Path.of(file);
        List<Path> inputs = new java.util.ArrayList<>(List.of(path));
        files.stream().skip(1).filter(f -> !f.equals("-")).map(Path::of).forEach(inputs::add);
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            for (Path detail : new Path[] {incidents, windows, tickets, deliveries, path.resolveSibling("incidents.csv"),
                    path.resolveSibling("windows.csv"), path.resolveSibling("tickets.csv"), path.resolveSibling("deliveries.csv")}) {
                if (detail != null) {
                    inputs.add(detail);
                }
            }
        }
        if (calendar != null) {
            inputs.add(calendar);
        }
        return inputs;
    }

    /** Time, input bytes (every input file read) per second and the heap's peak, for benchmarks. */
    private void printStats(long started) throws IOException {
        if (!stats) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = 0;
        if (file != null && !file.equals("-")) {
            Path path = Path.of(file);
            bytes += Files.size(path);
            if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                for (Path detail : new Path[] {detailFile(path, incidents, "--incidents", "incidents.csv"),
                        detailFile(path, windows, "--windows", "windows.csv"), detailFile(path, tickets, "--tickets", "tickets.csv"),
                        detailFile(path, deliveries, "--deliveries", "deliveries.csv")}) {
                    bytes += detail == null ? 0 : Files.size(detail);
                }
            }
        }
        long peak = heap.peakBytes();
        heap.close();
        PrintWriter err = spec.commandLine().getErr();
        String input = bytes == 0 ? "input from standard input or embedded" : String.format(java.util.Locale.ROOT, "%d input bytes (%.1f MB/s)",
                bytes, bytes / seconds / 1e6);
        err.printf(java.util.Locale.ROOT, "slakit: stats: %.3f s, %s, peak heap %.1f MiB%n", seconds, input, peak / 1048576.0);
        err.flush();
    }

    private ReportWriter writer(PrintWriter target) {
        return switch (format) {
            case table -> new TextReportWriter(target, false);
            case markdown -> new TextReportWriter(target, true);
            case json -> new JsonReportWriter(target);
            case html -> new HtmlReportWriter(target, ReportClock.get());
            case csv -> new CsvReportWriter(new CsvReportWriter.Sink(target), spec.commandLine().getErr());
        };
    }

    private Inputs.Source open() throws IOException {
        if (oneStreamedMonth != null) {
            return Inputs.of(oneStreamedMonth);
        }
        if (example) {
            try (InputStream in = EvaluateCommand.class.getResourceAsStream("example-month.json")) {
                return Inputs.json(new String(in.readAllBytes(), StandardCharsets.UTF_8), "example-month.json");
            }
        }
        if (file.equals("-")) {
            return standardInput(System.in);
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException("FILE", file, Files.exists(path) ? "is not a regular file" : "does not exist");
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Inputs.csv(path, detailFile(path, incidents, "--incidents", "incidents.csv"),
                    detailFile(path, windows, "--windows", "windows.csv"), detailFile(path, tickets, "--tickets", "tickets.csv"),
                    detailFile(path, deliveries, "--deliveries", "deliveries.csv"), Inputs.csvHeader(product, site, month, edition, currency));
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Inputs.jsonLines(InputLimits.DEFAULT.jsonLines(InputLimits.open(path, file), file), file);
        }
        InputLimits.DEFAULT.requireMonthFileSize(path, file);
        return Inputs.json(Inputs.read(path, file), file);
    }

    /** The file an option names, or the default name beside resources.csv when it is there; null when neither. */
    private static Path detailFile(Path resources, Path option, String optionName, String defaultName) {
        if (option != null) {
            if (!Files.isRegularFile(option)) {
                throw new InvalidInputException(optionName, option, "does not exist");
            }
            return option;
        }
        Path beside = resources.resolveSibling(defaultName);
        return Files.isRegularFile(beside) && !beside.equals(resources) ? beside : null;
    }

    /** CSV pair to CSV report through the fleet path; false (nothing written) when the engine must evaluate it. */
    private boolean fleetPath() throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            return false;
        }
        if (threads < 1) {
            throw new InvalidInputException("--threads", threads, "must be at least 1");
        }
        for (Path detail : new Path[] {detailFile(path, tickets, "--tickets", "tickets.csv"), detailFile(path, deliveries, "--deliveries", "deliveries.csv")}) {
            if (detail != null) {
                return FleetCsvEvaluation.engineAnswers(spec.commandLine().getErr(), detail.getFileName()
                        + " is given: the fleet path reads no tickets or delivery counts");
            }
        }
        try (AtomicOutput output = out == null ? null : AtomicOutput.open(out, inputs())) {
            boolean done = FleetCsvEvaluation.evaluate(new FleetCsvEvaluation.Request(path, detailFile(path, incidents, "--incidents", "incidents.csv"),
                    detailFile(path, windows, "--windows", "windows.csv"), Inputs.csvHeader(product, site, month, edition, currency),
                    java.util.Optional.ofNullable(output).map(AtomicOutput::temp), grouped, threads, partitionMib << 20),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
            if (done && output != null) {
                output.commit();
            }
            return done;
        }
    }

    /**
     * Standard input: JSON Lines (a header line without "resources", then at least one more line)
     * streams a resource at a time; anything else is read whole as a JSON month file. Only the
     * first two non-blank lines are read ahead.
     */
    static Inputs.Source standardInput(InputStream stdin) throws IOException {
        return standardInput(stdin, InputLimits.DEFAULT);
    }

    /** {@link #standardInput(InputStream)} within {@code limits}: strict UTF-8, a bounded month file, bounded lines. */
    static Inputs.Source standardInput(InputStream stdin, InputLimits limits) throws IOException {
        Utf8Reader decoded = new Utf8Reader(stdin, "standard input", Long.MAX_VALUE, "");
        BufferedReader in = new LineReader(decoded, "standard input", limits.jsonLineChars(),
                "a JSON Lines record has at most " + InputLimits.characters(limits.jsonLineChars()));
        StringBuilder ahead = new StringBuilder();
        String first = nextNonBlank(in, ahead);
        boolean lines = first != null && isHeaderLine(first) && nextNonBlank(in, ahead) != null;
        // What was read ahead, then the rest, as one reader.
        java.io.Reader rest = new java.io.Reader() {
            private final java.io.Reader head = new java.io.StringReader(ahead.toString());
            private boolean headDone;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (!headDone) {
                    int n = head.read(buffer, offset, length);
                    if (n > 0) {
                        return n;
                    }
                    headDone = true;
                }
                return in.read(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
        BufferedReader all = new LineReader(rest, "standard input", limits.jsonLineChars(),
                "a JSON Lines record has at most " + InputLimits.characters(limits.jsonLineChars()));
        if (lines) {
            return Inputs.jsonLines(all, "standard input");
        }
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1 << 16];
        for (int n = all.read(buffer); n >= 0; n = all.read(buffer)) {
            text.append(buffer, 0, n);
            if (decoded.bytesRead() > limits.monthFileBytes()) {
                throw new InvalidInputException("standard input", "more than " + limits.monthFileBytes() + " bytes", "is too large: a JSON "
                        + "month file has at most " + InputLimits.mib(limits.monthFileBytes()) + "; give a larger fleet as JSON Lines, which streams");
            }
        }
        return Inputs.json(text.toString(), "standard input");
    }

    /** The next non-blank line, every line read (blank ones too) appended to {@code read}. */
    private static String nextNonBlank(BufferedReader in, StringBuilder read) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            read.append(line).append('\n');
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /** A complete JSON object on one line without "resources": the header of JSON Lines. */
    private static boolean isHeaderLine(String line) {
        String first = line.strip();
        return first.startsWith("{") && first.endsWith("}") && !first.contains("\"resources\"");
    }

    /**
     * Reads a JSON or JSON Lines month file (or '-') and evaluates it exactly as {@code evaluate} does, into {@code writer}:
     * the entry point of the commands built on evaluate ({@code claim}, {@code allowance --so-far}). Returns the source read
     * (its header, and whether it was evaluated as one fleet or a resource at a time).
     */
    static Inputs.Source evaluate(String file, SlaEngine engine, ReportWriter writer) throws IOException {
        EvaluateCommand command = new EvaluateCommand();
        command.file = file;
        command.engine = engine;
        Inputs.Source source = command.open();
        command.evaluate(source, writer);
        return source;
    }

    private void evaluate(Inputs.Source source, ReportWriter writer) throws IOException {
        MonthFileReader.Header h = source.header();
        Resolution resolution = Catalogs.get().resolve(h.product().value(), h.site(), h.month());
        SlaDefinition definition = resolution.definition();
        Edition edition = SlaEngine.edition(definition, h.edition());
        List<String> warnings = new ArrayList<>(resolution.warnings());
        warnings.addAll(SlaEngine.coverageWarnings(definition, edition));
        if (!source.wholeFleet() && edition.metrics().stream().anyMatch(m -> m.measurement().rule().equals("multi-zone-minutes"))) {
            warnings.add("JSON Lines input is evaluated one resource at a time: multi-AZ unavailability, which needs every instance "
                    + "of the region, is computed for each resource alone. Use a JSON month file or CSV for fleet rules.");
        }
        Set<String> codes = SlaEngine.exclusionCodes(definition);
        writer.start(new ReportWriter.Header(definition, edition.id(), h.month(), h.currency(), warnings, definition.creditForm(),
                definition.definesCredit(), engine.claimWindow(definition, h.month(), h.serviceStart())));
        Money[] total = {Money.zero(h.currency())};
        long[] count = {0};
        // A progress line only when a person watches stderr and the report goes to a file.
        boolean progress = System.console() != null && out != null;
        // --format csv decides plain resources on the fleet path (the engine's answer, without building its report).
        io.slakit.core.fleet.FleetPlan plan = writer instanceof CsvReportWriter
                ? io.slakit.core.fleet.FleetPlan.compile(definition, edition, h.month()).plan().orElse(null) : null;
        io.slakit.core.fleet.FleetEvaluator kernel = plan == null ? null : plan.newEvaluator();
        FleetRows fleetRows = plan == null ? null : new FleetRows(plan, (CsvReportWriter) writer, h.currency());
        // A resource given twice would be credited twice (issue 26): every id once, in JSON and JSON Lines alike.
        IdFingerprints seen = new IdFingerprints();
        ResourceEvaluation one = (resource, peers, cache) -> {
            if (!seen.add(resource.id())) {
                throw new InvalidInputException("resources[" + count[0] + "].id", resource.id(),
                        "is given twice; each resource is evaluated once");
            }
            if (plan != null && h.serviceStart().isEmpty() && resource.fee().currency().equals(h.currency()) && plan.accepts(resource)
                    && readsNothingNew(resource)) {
                long down;
                try {
                    down = kernel.unavailableMinutes(resource);
                } catch (InvalidInputException e) {
                    throw e.under("resources[" + count[0] + "]");
                }
                long credit = fleetRows.write(resource.id(), io.slakit.core.fleet.FleetPlan.feeMinor(resource), down);
                total[0] = total[0].plus(Money.of(java.math.BigDecimal.valueOf(credit, fleetRows.digits()), h.currency()));
                count[0]++;
                progress(progress, count[0]);
                return;
            }
            String path = "resources[" + count[0] + "]";
            ResourceReport report;
            try {
                report = engine.evaluateResource(definition, edition, h.month(), h.serviceStart(), resource, peers, codes, cache, path);
            } catch (InvalidInputException e) {
                throw source.locator().locate(resource.id(), e);
            }
            writer.resource(report, resource, peers, (part, partPeers) -> engine.evaluateResource(definition, edition, h.month(),
                    h.serviceStart(), part, partPeers, codes, SlaEngine.newCache(), path));
            total[0] = total[0].plus(report.credit());
            count[0]++;
            progress(progress, count[0]);
        };
        if (source.wholeFleet()) {
            List<ResourceMonth> fleet = new ArrayList<>();
            source.resources().forEach(fleet::add);
            List<ResourceMonth> peers = List.copyOf(fleet);
            EvaluationCache cache = SlaEngine.newCache();
            peers.forEach(resource -> one.evaluate(resource, peers, cache));
        } else {
            // Streamed: each resource alone, with its own cache, so nothing accumulates across the fleet.
            source.resources().forEach(resource -> one.evaluate(resource, List.of(resource), SlaEngine.newCache()));
        }
        if (progress) {
            System.err.print("\r" + " ".repeat(40) + "\r");
        }
        writer.finish(total[0], count[0]);
    }

    /**
     * Whether the fleet plan may decide {@code resource}: it reads fees, incidents and windows only, so a resource with tickets,
     * delivery counts or signals goes to the engine, which reads them (or rejects them by name).
     */
    private static boolean readsNothingNew(ResourceMonth resource) {
        return resource.tickets().isEmpty() && resource.deliveries().isEmpty()
                && resource.incidents().stream().allMatch(i -> i.signal().isEmpty());
    }

    @FunctionalInterface
    private interface ResourceEvaluation {
        void evaluate(ResourceMonth resource, List<ResourceMonth> peers, EvaluationCache cache);
    }

    private static void progress(boolean enabled, long count) {
        if (enabled && count % 10_000 == 0) {
            System.err.print("\revaluated " + count + " resources");
            System.err.flush();
        }
    }
}
