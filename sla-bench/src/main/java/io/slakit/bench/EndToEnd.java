package io.slakit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end benchmark: for each workload and size, the files are generated once (seeded),
 * then {@code slakit evaluate --format csv} runs on them in a fresh JVM with a bounded heap, grouped
 * (streamed) and in any order (partitioned), and DuckDB runs the same rules in SQL on the same
 * files in a fresh JVM; the totals must agree. Prints a Markdown table with throughput, input
 * MB/s, the heap's peak, the DuckDB/slakit time ratio and the machine's memory bandwidth.
 *
 * <pre>java -cp sla-bench/target/benchmarks.jar io.slakit.bench.EndToEnd [--scales 1,4,16] [--workloads w1,w2]
 *     [--dir target/bench-data] [--heap 512m] [--no-duckdb] [--jsonl]</pre>
 */
public final class EndToEnd {
    private static final Pattern STATS = Pattern.compile("stats: ([0-9.]+) s, (\\d+) input bytes .* peak heap ([0-9.]+) MiB");
    private static final Pattern SUMMARY = Pattern.compile("([0-9,]+) resources evaluated, ([0-9,]+) missed a commitment, total credit ([0-9.]+)");
    private static final Pattern DUCK = Pattern.compile("resources=(\\d+), unavailableMinutes=(\\d+), breached=(\\d+), resourcesPerTier=\\[([0-9, ]*)\\], "
            + "totalCredit=([0-9.]+)\\] in (\\d+) ms");

    private EndToEnd() {
    }

    record Totals(long resources, long unavailableMinutes, long breached, BigDecimal credit) {
    }

    record Run(double wallSeconds, double cliSeconds, long inputBytes, double peakMib, Totals totals) {
    }

    public static void main(String[] args) throws Exception {
        List<Long> scales = List.of(1L);
        List<String> workloads = List.of("w1", "w2");
        Path dir = Path.of("target/bench-data");
        String heap = "512m";
        boolean duckdb = true;
        boolean jsonl = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scales" -> scales = Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                case "--workloads" -> workloads = List.of(args[++i].split(","));
                case "--dir" -> dir = Path.of(args[++i]);
                case "--heap" -> heap = args[++i];
                case "--no-duckdb" -> duckdb = false;
                case "--jsonl" -> jsonl = true;
                default -> {
                    System.err.println("unknown argument " + args[i]
                            + "; usage: EndToEnd [--scales 1,4,16] [--workloads w1,w2] [--dir DIR] [--heap 512m] [--no-duckdb] [--jsonl]");
                    System.exit(2);
                }
            }
        }
        String jar = Path.of(EndToEnd.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        double bandwidth = MemoryBandwidth.measureGigabytesPerSecond();
        System.out.println(Machine.describe());
        System.out.printf(Locale.ROOT, "Memory bandwidth (one thread, sequential read of 512 MiB, best of 5): %.1f GB/s%n%n", bandwidth);
        List<String> table = new ArrayList<>();
        table.add("| workload | size | rows | input MB | slakit grouped s | rows/s | MB/s (% of memory bw) | peak heap MiB "
                + "| slakit any order s | DuckDB s | DuckDB / slakit | totals agree |");
        table.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        boolean allAgree = true;
        for (String workload : workloads) {
            for (long scale : scales) {
                Path files = dir.resolve(workload + "-x" + scale);
                long rows = ensureFiles(workload, scale, files);
                String product = workload.equals("w1") ? "cvm" : "cdn";
                String detail = workload.equals("w1") ? "incidents.csv" : "windows.csv";
                Run grouped = slakit(jar, heap, files, product, "--grouped");
                Run anyOrder = slakit(jar, heap, files, product, "--partition-mib=16");
                boolean agree = grouped.totals().equals(anyOrder.totals());
                String duckSeconds = "-";
                String ratio = "-";
                if (duckdb) {
                    long started = System.nanoTime();
                    String output = run(List.of(java(), "-cp", jar, "io.slakit.bench.duckdb.DuckDbComparison", workload,
                            files.resolve("resources.csv").toString(), files.resolve(detail).toString(), Workloads.MONTH.toString()));
                    double wall = (System.nanoTime() - started) / 1e9;
                    Matcher m = DUCK.matcher(output);
                    if (!m.find()) {
                        throw new IllegalStateException("unexpected DuckDB output: " + output);
                    }
                    Totals duck = new Totals(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                            new BigDecimal(m.group(5)));
                    agree &= duck.equals(grouped.totals());
                    duckSeconds = String.format(Locale.ROOT, "%.2f", wall);
                    ratio = String.format(Locale.ROOT, "%.2f", wall / grouped.wallSeconds());
                    System.out.printf(Locale.ROOT, "  DuckDB: %s%n", duck);
                }
                System.out.printf(Locale.ROOT, "  slakit: %s%n", grouped.totals());
                allAgree &= agree;
                double mbPerSecond = grouped.inputBytes() / grouped.wallSeconds() / 1e6;
                table.add(String.format(Locale.ROOT, "| %s | %dx | %,d | %.0f | %.2f | %,.0f | %.0f (%.1f%%) | %.0f | %.2f | %s | %s | %s |",
                        workload.toUpperCase(Locale.ROOT), scale, rows, grouped.inputBytes() / 1e6, grouped.wallSeconds(),
                        rows / grouped.wallSeconds(), mbPerSecond, 100 * mbPerSecond / 1000 / bandwidth, grouped.peakMib(),
                        anyOrder.wallSeconds(), duckSeconds, ratio, agree ? "yes" : "NO"));
                if (jsonl && scale == scales.get(0)) {
                    Path file = files.resolve(workload + ".jsonl");
                    if (!Files.exists(file)) {
                        if (workload.equals("w1")) {
                            WorkloadFiles.w1JsonLines(file, Workloads.W1_INSTANCES * scale, 1);
                        } else {
                            WorkloadFiles.w2JsonLines(file, Workloads.W2_DOMAINS * scale, 2);
                        }
                    }
                    long started = System.nanoTime();
                    String output = run(List.of(java(), "-Xmx" + heap, "-cp", jar, "io.slakit.cli.Main", "evaluate", file.toString(),
                            "--format", "csv", "--out", files.resolve("results-jsonl.csv").toString(), "--stats"));
                    double wall = (System.nanoTime() - started) / 1e9;
                    System.out.printf(Locale.ROOT, "  JSON Lines (%s, %.0f MB): %.2f s, %,.0f rows/s; %s%n", file.getFileName(),
                            Files.size(file) / 1e6, wall, rows / wall, output.lines().filter(l -> l.contains("stats")).findFirst().orElse(""));
                }
            }
        }
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
        System.out.println("rows: incidents (W1) or windows (W2); times are wall-clock seconds of a fresh JVM each (slakit with -Xmx" + heap
                + "), from start to the last result row written.");
        if (!allAgree) {
            System.err.println("TOTALS DIFFER between slakit's modes or DuckDB: see above");
            System.exit(1);
        }
    }

    /** Generates the workload's CSV pair unless present; returns its detail row count. */
    private static long ensureFiles(String workload, long scale, Path files) throws IOException {
        String detail = workload.equals("w1") ? "incidents.csv" : "windows.csv";
        if (!Files.exists(files.resolve(detail)) || !Files.exists(files.resolve("resources.csv"))) {
            long started = System.nanoTime();
            if (workload.equals("w1")) {
                WorkloadFiles.w1Csv(files, Workloads.W1_INSTANCES * scale, 1);
            } else {
                WorkloadFiles.w2Csv(files, Workloads.W2_DOMAINS * scale, 2);
            }
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", files, (System.nanoTime() - started) / 1e9);
        }
        long lines = 0;
        try (var in = Files.newInputStream(files.resolve(detail))) {
            byte[] buffer = new byte[1 << 20];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return lines - 1;
    }

    private static Run slakit(String jar, String heap, Path files, String product, String mode) throws Exception {
        Path results = files.resolve("results" + (mode.equals("--grouped") ? "" : "-any") + ".csv");
        long started = System.nanoTime();
        String output = run(List.of(java(), "-Xmx" + heap, "-cp", jar, "io.slakit.cli.Main", "evaluate", files.resolve("resources.csv").toString(),
                "--product", product, "--month", Workloads.MONTH.toString(), "--format", "csv", mode, "--out", results.toString(), "--stats"));
        double wall = (System.nanoTime() - started) / 1e9;
        Matcher stats = STATS.matcher(output);
        Matcher summary = SUMMARY.matcher(output);
        if (!stats.find() || !summary.find()) {
            throw new IllegalStateException("unexpected slakit output: " + output);
        }
        Totals totals = totalsOf(results);
        System.out.printf(Locale.ROOT, "%s %s %s: %.2f s (%s)%n", files.getFileName(), product, mode, wall, output.strip().replace('\n', ';'));
        return new Run(wall, Double.parseDouble(stats.group(1)), Long.parseLong(stats.group(2)), Double.parseDouble(stats.group(3)), totals);
    }

    /** Sums the CSV report: column 3 is the credit, column 4 the first metric's unavailable minutes, column 6 its tier. */
    static Totals totalsOf(Path results) throws IOException {
        long resources = 0;
        long minutes = 0;
        long breached = 0;
        BigDecimal credit = BigDecimal.ZERO;
        long creditCents = 0;
        try (BufferedReader in = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                resources++;
                creditCents += new BigDecimal(cells[2]).movePointRight(2).longValueExact();
                minutes += Long.parseLong(cells[3]);
                breached += cells[5].equals("met") ? 0 : 1;
            }
        }
        credit = BigDecimal.valueOf(creditCents, 2);
        return new Totals(resources, minutes, breached, credit);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code + ": " + output);
        }
        return output;
    }
}
