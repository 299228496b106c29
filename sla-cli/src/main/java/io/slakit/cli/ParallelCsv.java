package io.slakit.cli;

import io.slakit.api.Metric;
import io.slakit.api.Money;
import io.slakit.core.fleet.FleetPlan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grouped CSV input on several cores: the detail file is cut at resource boundaries into one
 * part per thread, {@code resources.csv} at the rows of those resources, and each part is
 * evaluated on its own into a temporary file; the parts are then written out in order. The
 * answer is the single-threaded one, row for row. Any problem in a part (bad input, a broken
 * order) abandons the parallel run with nothing written: the caller then runs single-threaded,
 * which reports the error with its exact line.
 */
final class ParallelCsv {
    private ParallelCsv() {
    }

    /** Byte ranges of one part: resources rows {@code [resourceFrom, resourceTo)}, detail rows {@code [detailFrom, detailTo)}. */
    record Part(long resourceFrom, long resourceTo, long detailFrom, long detailTo) {
    }

    /** What the parts add up to. */
    record Totals(long resources, long breached, java.math.BigDecimal credit) {
    }

    /**
     * Cuts the files into at most {@code parts} parts at resource boundaries; empty when they
     * cannot be cut (too small, one resource, or a resource missing from resources.csv's order).
     */
    static Optional<List<Part>> split(Path resources, ByteCsv resourcesCsv, int idColumn, Path details, ByteCsv detailsCsv, int keyColumn,
                                      int parts) throws IOException {
        long size = Files.size(details);
        long start = detailsCsv.headerEnd();
        List<Long> cuts = new ArrayList<>();
        List<byte[]> firstIds = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(details, StandardOpenOption.READ)) {
            for (int k = 1; k < parts; k++) {
                long target = Math.max(start, size * k / parts);
                long previous = cuts.isEmpty() ? start : cuts.get(cuts.size() - 1);
                if (target <= previous) {
                    continue;
                }
                Optional<Object[]> boundary = nextResourceBoundary(channel, target, size, keyColumn, details.getFileName().toString());
                if (boundary.isEmpty()) {
                    break;
                }
                long at = (long) boundary.get()[0];
                if (at > previous && at < size) {
                    cuts.add(at);
                    firstIds.add((byte[]) boundary.get()[1]);
                }
            }
        }
        if (cuts.isEmpty()) {
            return Optional.empty();
        }
        // The rows of those first resources in resources.csv, which lists them in the same order.
        List<Long> resourceCuts = new ArrayList<>();
        try (ByteCsv scan = ByteCsv.open(resources, List.of())) {
            int next = 0;
            for (CsvRow row = scan.next(); row != null && next < firstIds.size(); row = scan.next()) {
                if (row.cellEquals(idColumn, firstIds.get(next))) {
                    resourceCuts.add(scan.offsetOf(row));
                    next++;
                }
            }
            if (next < firstIds.size()) {
                return Optional.empty();
            }
        }
        List<Part> result = new ArrayList<>();
        long resourceFrom = resourcesCsv.headerEnd();
        long detailFrom = start;
        for (int k = 0; k <= cuts.size(); k++) {
            long resourceTo = k < cuts.size() ? resourceCuts.get(k) : Files.size(resources);
            long detailTo = k < cuts.size() ? cuts.get(k) : size;
            result.add(new Part(resourceFrom, resourceTo, detailFrom, detailTo));
            resourceFrom = resourceTo;
            detailFrom = detailTo;
        }
        return Optional.of(result);
    }

    /** The start of the first line after {@code from} whose resource differs from the line before it, and that resource. */
    private static Optional<Object[]> nextResourceBoundary(FileChannel channel, long from, long size, int keyColumn, String name)
            throws IOException {
        byte[] buffer = new byte[1 << 20];
        CsvRow row = new CsvRow(name);
        byte[] previousKey = null;
        boolean atLineStart = false;
        long position = from;
        while (position < size) {
            ByteBuffer view = ByteBuffer.wrap(buffer);
            int n = 0;
            while (view.hasRemaining()) {
                int read = channel.read(view, position + n);
                if (read <= 0) {
                    break;
                }
                n += read;
            }
            if (n == 0) {
                break;
            }
            int i = 0;
            if (!atLineStart) {
                while (i < n && buffer[i] != '\n') {
                    i++;
                }
                if (i == n) {
                    position += n;
                    continue;
                }
                i++;
                atLineStart = true;
            }
            int consumed = i;
            while (true) {
                int end = consumed;
                while (end < n && buffer[end] != '\n') {
                    end++;
                }
                if (end == n) {
                    break; // an incomplete line: read again from its start
                }
                int lineEnd = end > consumed && buffer[end - 1] == '\r' ? end - 1 : end;
                if (lineEnd > consumed) {
                    byte[] key = row.parse(buffer, consumed, lineEnd, 0).cellBytes(keyColumn);
                    if (previousKey != null && !Arrays.equals(previousKey, key)) {
                        return Optional.of(new Object[] {position + consumed, key});
                    }
                    previousKey = key;
                }
                consumed = end + 1;
            }
            if (consumed == 0) {
                if (n < buffer.length) {
                    break; // the last line, without a newline
                }
                buffer = new byte[buffer.length * 2]; // a line longer than the buffer
                continue;
            }
            position += consumed;
        }
        return Optional.empty();
    }

    /** The parts' reports, in order, and what they add up to; closing deletes them. */
    record Result(Totals totals, List<Path> reports) implements AutoCloseable {
        /** Appends the parts to {@code target} in order (a kernel copy where the system has one). */
        void writeTo(FileChannel target) throws IOException {
            for (Path report : reports) {
                try (FileChannel part = FileChannel.open(report, StandardOpenOption.READ)) {
                    long size = part.size();
                    for (long done = 0; done < size; ) {
                        done += part.transferTo(done, size - done, target);
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            for (Path report : reports) {
                Files.deleteIfExists(report);
            }
        }
    }

    /** A piece of work that writes its report into the given file and says what it added up to. */
    @FunctionalInterface
    interface Task {
        Totals writeReport(Path report) throws IOException;
    }

    /** A task's failure, kept to be rethrown in task order. */
    private static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Runs the tasks on {@code threads} threads, each into a temporary report, and sums their
     * totals in task order. The first failing task (in task order) throws {@link Failed}.
     */
    private static Result runAll(List<Task> tasks, int threads, String name) throws IOException, Failed {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        List<Path> reports = new ArrayList<>();
        boolean done = false;
        try {
            List<Future<Totals>> futures = new ArrayList<>();
            for (Task task : tasks) {
                Path report = Files.createTempFile(name, ".csv");
                reports.add(report);
                futures.add(pool.submit(() -> task.writeReport(report)));
            }
            long resourcesDone = 0;
            long breached = 0;
            java.math.BigDecimal credit = java.math.BigDecimal.ZERO;
            for (Future<Totals> future : futures) {
                Totals totals = future.get();
                resourcesDone += totals.resources();
                breached += totals.breached();
                credit = credit.add(totals.credit());
            }
            done = true;
            return new Result(new Totals(resourcesDone, breached, credit), reports);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new Failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while evaluating in parallel");
        } finally {
            pool.shutdownNow();
            if (!done) {
                for (Path report : reports) {
                    Files.deleteIfExists(report);
                }
            }
        }
    }

    /**
     * Evaluates each part on its own thread into a temporary report. Empty when any part fails:
     * the caller then evaluates single-threaded, which words the error with its exact line.
     */
    static Optional<Result> run(FleetPlan plan, List<Metric> metrics, Path resources, String resourcesHeader, Path details,
                                String detailsHeader, boolean byWindows, List<Part> parts, java.util.Currency currency) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (Part part : parts) {
            tasks.add(report -> evaluatePart(plan, metrics, resources, resourcesHeader, details, detailsHeader, byWindows, part, currency, report));
        }
        try {
            return Optional.of(runAll(tasks, parts.size(), "slakit-part"));
        } catch (Failed e) {
            return Optional.empty();
        }
    }

    private static Totals evaluatePart(FleetPlan plan, List<Metric> metrics, Path resources, String resourcesHeader, Path details,
                                       String detailsHeader, boolean byWindows, Part part, java.util.Currency currency, Path temp)
            throws IOException {
        try (OutputStream stream = Files.newOutputStream(temp);
             ByteCsv resourceRows = ByteCsv.open(range(resources, resourcesHeader, part.resourceFrom(), part.resourceTo()),
                     resources.getFileName().toString(), List.of());
             ByteCsv detailRows = ByteCsv.open(range(details, detailsHeader, part.detailFrom(), part.detailTo()),
                     details.getFileName().toString(), List.of())) {
            return writePart(stream, plan, metrics, currency, fleet -> CsvGroups.grouped(resourceRows, resourceRows.column("id"), detailRows,
                    detailRows.column("resource"), visitor(fleet, byWindows, resourceRows, detailRows)));
        }
    }

    /** How a part or partition is read: its rows handed to the fleet's visitor. */
    @FunctionalInterface
    private interface Rows {
        void feed(FleetCsv fleet) throws IOException;
    }

    /** One part's (or partition's) report: the rows evaluated into {@code stream}, without the header. */
    private static Totals writePart(OutputStream stream, FleetPlan plan, List<Metric> metrics, java.util.Currency currency, Rows rows)
            throws IOException {
        CsvReportWriter writer = new CsvReportWriter(new CsvReportWriter.Sink(stream), new PrintWriter(Writer.nullWriter()));
        writer.continueWith(metrics);
        FleetCsv fleet = new FleetCsv(plan, writer, currency);
        rows.feed(fleet);
        writer.flush();
        return new Totals(fleet.resources(), writer.breached(), fleet.totalCredit().amount());
    }

    private static CsvGroups.Visitor visitor(FleetCsv fleet, boolean byWindows, ByteCsv resources, ByteCsv details) {
        return byWindows ? fleet.windowVisitor(resources, details) : fleet.incidentVisitor(resources, details);
    }

    /** The header line, then the bytes {@code [from, to)} of {@code file}. */
    private static InputStream range(Path file, String header, long from, long to) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ).position(from);
        InputStream body = new java.io.FilterInputStream(Channels.newInputStream(channel)) {
            private long left = to - from;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                left -= Math.max(n, 0);
                return n;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream((header + "\n").getBytes(StandardCharsets.UTF_8)), body);
    }

    /**
     * Joins the spilled partitions on {@code threads} threads, each partition into a temporary
     * report; the reports come back in partition order, so the output is the one-thread output.
     * The first failing partition's error (in partition order) is thrown, as on one thread.
     */
    static Result partitions(CsvGroups.Spilled spilled, FleetPlan plan, List<Metric> metrics, ByteCsv resources, ByteCsv details,
                             boolean byWindows, java.util.Currency currency, int threads) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (int p = 0; p < spilled.partitions(); p++) {
            int partition = p;
            tasks.add(report -> {
                try (OutputStream stream = Files.newOutputStream(report)) {
                    return writePart(stream, plan, metrics, currency, fleet -> spilled.join(partition, visitor(fleet, byWindows, resources, details)));
                }
            });
        }
        try {
            return runAll(tasks, threads, "slakit-partition");
        } catch (Failed e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
