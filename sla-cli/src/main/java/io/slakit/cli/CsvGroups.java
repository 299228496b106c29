package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins {@code resources.csv} with a detail file ({@code incidents.csv}, {@code windows.csv}) by
 * resource, handing each resource row to a visitor with its detail rows.
 *
 * <ul>
 * <li><b>Grouped</b> (the caller promises each resource's detail rows are together and in the
 * resources' order): one streaming merge pass; memory is the largest resource's rows. A row out of
 * that order is reported, by line, when it is met.</li>
 * <li><b>Any order</b>: the detail file is cut by a hash of the resource id into partitions of
 * about {@code partitionBytes} (one when it is smaller), spilled to temporary files beside nothing
 * else; each partition is then joined in memory. Memory is bounded by the largest partition
 * (about {@code partitionBytes} of detail text, plus its index), not by the fleet. Results come out
 * partition by partition, each in the resources' order.</li>
 * </ul>
 */
final class CsvGroups {
    /** The most detail rows of one resource (its incidents or its windows). */
    static final int MAX_ROWS_PER_RESOURCE = Math.max(ResourceMonth.MAX_INCIDENTS, ResourceMonth.MAX_WINDOWS);

    /** Receives one resource and its detail rows; the rows are valid until the next call. */
    interface Visitor {
        void resource(CsvRow resource, Details details);
    }

    /** A resource's detail rows. */
    interface Details {
        /** The next row, or null when the resource has no more. */
        CsvRow next();
    }

    private CsvGroups() {
    }

    static void grouped(ByteCsv resources, int idColumn, ByteCsv details, int keyColumn, Visitor visitor) throws IOException {
        CsvRow[] pending = {details.next()};
        boolean[] consumed = {false};
        byte[] previous = null;
        for (CsvRow resource = resources.next(); resource != null; resource = resources.next()) {
            byte[] id = resource.cellBytes(idColumn);
            if (id.length == 0) {
                throw new InvalidInputException("id", "", "is required").under(resource.where());
            }
            if (previous != null && Arrays.equals(previous, id)) {
                throw new InvalidInputException("id", resource.string(idColumn), "appears twice in " + resources.name()).under(resource.where());
            }
            previous = id;
            // The detail reader reuses one row object: a row handed out stays valid until the next call.
            Details rows = () -> {
                if (consumed[0]) {
                    try {
                        pending[0] = details.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    consumed[0] = false;
                }
                CsvRow row = pending[0];
                if (row == null || !row.cellEquals(keyColumn, id)) {
                    return null;
                }
                consumed[0] = true;
                return row;
            };
            visitor.resource(resource, rows);
            while (rows.next() != null) {
                // rows the visitor left unread still belong to this resource
            }
        }
        if (pending[0] != null) {
            throw new InvalidInputException(details.name() + ".resource", pending[0].string(keyColumn),
                    "names no resource of " + resources.name() + ", or breaks its order (grouped input must list each resource's rows "
                            + "together, in " + resources.name() + "'s order)").under(pending[0].where());
        }
    }

    /** How many partitions of about {@code partitionBytes} the detail file needs (1 when it fits one). */
    static int partitions(Path detailFile, long partitionBytes) throws IOException {
        long size = Files.size(detailFile);
        return (int) Math.max(1, Math.min(4096, (size + partitionBytes - 1) / partitionBytes));
    }

    static void anyOrder(Path resourceFile, ByteCsv resources, int idColumn, Path detailFile, ByteCsv details, int keyColumn,
                         long partitionBytes, Visitor visitor) throws IOException {
        int partitions = partitions(detailFile, partitionBytes);
        if (partitions == 1) {
            Partition detailRows = Partition.loadFile(details.name(), Files.readAllBytes(detailFile), keyColumn, details.columnCount());
            join(resources, idColumn, detailRows, details.name(), visitor);
            detailRows.requireAllUsed(resources.name());
            return;
        }
        try (Spilled spilled = Spilled.of(resources, idColumn, details, keyColumn, partitions)) {
            for (int p = 0; p < partitions; p++) {
                spilled.join(p, visitor);
            }
        }
    }

    /**
     * Both files cut by a hash of the resource id into partitions on disk; each partition joins on
     * its own (any thread, one partition per thread at a time). Closing deletes them.
     */
    static final class Spilled implements AutoCloseable {
        private final Path dir;
        private final int partitions;
        private final String resourcesName;
        private final String detailsName;
        private final int idColumn;
        private final int keyColumn;

        private Spilled(Path dir, int partitions, String resourcesName, String detailsName, int idColumn, int keyColumn) {
            this.dir = dir;
            this.partitions = partitions;
            this.resourcesName = resourcesName;
            this.detailsName = detailsName;
            this.idColumn = idColumn;
            this.keyColumn = keyColumn;
        }

        static Spilled of(ByteCsv resources, int idColumn, ByteCsv details, int keyColumn, int partitions) throws IOException {
            Path dir = Files.createTempDirectory("slakit-groups");
            Spilled spilled = new Spilled(dir, partitions, resources.name(), details.name(), idColumn, keyColumn);
            try {
                spill(details, keyColumn, dir, "details", partitions);
                spill(resources, idColumn, dir, "resources", partitions);
            } catch (IOException | RuntimeException e) {
                spilled.close();
                throw e;
            }
            return spilled;
        }

        int partitions() {
            return partitions;
        }

        /** Joins partition {@code p}: its resources in their order, each with its detail rows. */
        void join(int p, Visitor visitor) throws IOException {
            Partition detailRows = Partition.loadNumbered(detailsName, Files.readAllBytes(dir.resolve("details-" + p)), keyColumn);
            Partition resourceRows = Partition.loadNumbered(resourcesName, Files.readAllBytes(dir.resolve("resources-" + p)), idColumn);
            resourceRows.forEachInOrder(row -> visitResource(row, idColumn, detailRows, detailsName, visitor, resourcesName));
            detailRows.requireAllUsed(resourcesName);
            Files.deleteIfExists(dir.resolve("details-" + p));
            Files.deleteIfExists(dir.resolve("resources-" + p));
        }

        @Override
        public void close() throws IOException {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void join(ByteCsv resources, int idColumn, Partition detailRows, String detailName, Visitor visitor) throws IOException {
        for (CsvRow resource = resources.next(); resource != null; resource = resources.next()) {
            visitResource(resource, idColumn, detailRows, detailName, visitor, resources.name());
        }
    }

    private static void visitResource(CsvRow resource, int idColumn, Partition detailRows, String detailName, Visitor visitor,
                                      String resourcesName) {
        String id = resource.string(idColumn);
        if (id.isEmpty()) {
            throw new InvalidInputException("id", "", "is required").under(resource.where());
        }
        if (!detailRows.seen.add(id)) {
            throw new InvalidInputException("id", id, "appears twice in " + resourcesName).under(resource.where());
        }
        int[] lines = detailRows.take(id);
        CsvRow row = detailRows.reader();
        int[] next = {0};
        visitor.resource(resource, () -> next[0] < lines.length ? detailRows.row(row, lines[next[0]++]) : null);
    }

    /** Writes each row, prefixed by its line number and a tab, to partition hash(key) mod n. */
    private static void spill(ByteCsv csv, int keyColumn, Path dir, String prefix, int partitions) throws IOException {
        OutputStream[] outs = new OutputStream[partitions];
        try {
            for (int p = 0; p < partitions; p++) {
                outs[p] = new BufferedOutputStream(Files.newOutputStream(dir.resolve(prefix + "-" + p)), 1 << 14);
            }
            byte[] number = new byte[20];
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                int p = Math.floorMod(row.cellHash(keyColumn), partitions);
                OutputStream out = outs[p];
                int digits = 0;
                for (long n = row.line(); n > 0 || digits == 0; n /= 10) {
                    number[number.length - 1 - digits++] = (byte) ('0' + n % 10);
                }
                out.write(number, number.length - digits, digits);
                out.write('\t');
                out.write(row.rawBuffer(), row.lineStart(), row.lineEnd() - row.lineStart());
                out.write('\n');
            }
        } finally {
            for (OutputStream out : outs) {
                if (out != null) {
                    out.close();
                }
            }
        }
    }

    /** Rows of one partition in memory, indexed by key. */
    private static final class Partition {
        private final String name;
        private final byte[] text;
        private final int[] starts;
        private final int[] ends;
        private final long[] lineNumbers;
        private final Map<String, int[]> byKey;
        private final CsvRow reader;
        final Set<String> seen = new HashSet<>();

        private Partition(String name, byte[] text, int[] starts, int[] ends, long[] lineNumbers, Map<String, int[]> byKey) {
            this.name = name;
            this.text = text;
            this.starts = starts;
            this.ends = ends;
            this.lineNumbers = lineNumbers;
            this.byKey = byKey;
            this.reader = new CsvRow(name);
        }

        /** The whole detail file (one partition): every non-blank line after the header. */
        static Partition loadFile(String name, byte[] text, int keyColumn, int columns) {
            int n = 0;
            for (byte b : text) {
                n += b == '\n' ? 1 : 0;
            }
            int[] starts = new int[n + 1];
            int[] ends = new int[n + 1];
            long[] numbers = new long[n + 1];
            int rows = 0;
            int position = 0;
            long line = 0;
            while (position < text.length) {
                int start = position;
                boolean ascii = true;
                while (position < text.length && text[position] != '\n') {
                    ascii &= text[position] >= 0;
                    position++;
                }
                int end = position > start && text[position - 1] == '\r' ? position - 1 : position;
                position++;
                line++;
                // The same checks as ByteCsv.next(), which these rows do not pass through.
                if (end - start > InputLimits.CSV_LINE_BYTES) {
                    throw ByteCsv.lineTooLong(name, line, InputLimits.CSV_LINE_BYTES);
                }
                if (!ascii) {
                    ByteCsv.requireUtf8(name, text, start, end, line, 0);
                }
                if (line > 1 && end > start) {
                    starts[rows] = start;
                    ends[rows] = end;
                    numbers[rows++] = line;
                }
            }
            return index(name, text, Arrays.copyOf(starts, rows), Arrays.copyOf(ends, rows), Arrays.copyOf(numbers, rows), keyColumn, columns);
        }

        /** A spilled partition: lines "number TAB row". */
        static Partition loadNumbered(String name, byte[] text, int keyColumn) {
            int n = 0;
            for (byte b : text) {
                n += b == '\n' ? 1 : 0;
            }
            int[] starts = new int[n];
            int[] ends = new int[n];
            long[] numbers = new long[n];
            int position = 0;
            for (int i = 0; i < n; i++) {
                long number = 0;
                while (text[position] != '\t') {
                    number = number * 10 + (text[position++] - '0');
                }
                starts[i] = ++position;
                while (text[position] != '\n') {
                    position++;
                }
                ends[i] = position++;
                numbers[i] = number;
            }
            // Spilled rows were read, and their cells counted, by ByteCsv.next().
            return index(name, text, starts, ends, numbers, keyColumn, 0);
        }

        /** {@code columns}: the header's column count, for rows not yet checked against it (0: already checked). */
        private static Partition index(String name, byte[] text, int[] starts, int[] ends, long[] numbers, int keyColumn, int columns) {
            // Presized for a resource every two rows, so the maps rarely grow while indexing.
            Map<String, int[]> byKey = new HashMap<>(Math.max(16, starts.length));
            Map<String, Integer> sizes = new HashMap<>(Math.max(16, starts.length));
            CsvRow row = new CsvRow(name);
            String previous = null;
            byte[] previousBytes = null;
            int[] lines = null;
            int size = 0;
            for (int i = 0; i < starts.length; i++) {
                row.parse(text, starts[i], ends[i], numbers[i]);
                if (columns > 0 && row.fieldCount() > columns) {
                    throw new InvalidInputException(name + " line " + numbers[i], row.fieldCount() + " cells",
                            "is more than the " + columns + " columns the header names");
                }
                // Rows of one resource usually follow each other: compare bytes before hashing a new string.
                if (previousBytes == null || !row.cellEquals(keyColumn, previousBytes)) {
                    if (previous != null) {
                        sizes.put(previous, size);
                    }
                    previousBytes = row.cellBytes(keyColumn);
                    previous = row.string(keyColumn);
                    lines = byKey.get(previous);
                    size = lines == null ? 0 : sizes.get(previous);
                    if (lines == null) {
                        lines = new int[2];
                        byKey.put(previous, lines);
                    }
                }
                if (size == MAX_ROWS_PER_RESOURCE) {
                    throw ResourceMonth.tooMany("rows", size + 1L, MAX_ROWS_PER_RESOURCE).under(name + " line " + numbers[i]);
                }
                if (size == lines.length) {
                    lines = Arrays.copyOf(lines, size * 2);
                    byKey.put(previous, lines);
                }
                lines[size++] = i;
            }
            if (previous != null) {
                sizes.put(previous, size);
            }
            byKey.replaceAll((key, all) -> Arrays.copyOf(all, sizes.get(key)));
            return new Partition(name, text, starts, ends, numbers, byKey);
        }

        int[] take(String key) {
            int[] lines = byKey.remove(key);
            return lines == null ? new int[0] : lines;
        }

        CsvRow row(CsvRow into, int index) {
            return into.parse(text, starts[index], ends[index], lineNumbers[index]);
        }

        /** Every row, in the file's order. */
        void forEachInOrder(java.util.function.Consumer<CsvRow> consumer) {
            CsvRow row = new CsvRow(name);
            for (int i = 0; i < starts.length; i++) {
                consumer.accept(row(row, i));
            }
        }

        /** The reused row the details of one resource are read into. */
        CsvRow reader() {
            return reader;
        }

        void requireAllUsed(String resourcesName) {
            if (!byKey.isEmpty()) {
                String key = byKey.keySet().stream().sorted().findFirst().orElseThrow();
                CsvRow row = row(new CsvRow(name), byKey.get(key)[0]);
                throw new InvalidInputException(name + ".resource", key, "names no resource of " + resourcesName).under(row.where());
            }
        }
    }
}
