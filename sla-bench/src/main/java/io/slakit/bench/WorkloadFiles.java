package io.slakit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the workloads in the CLI's input formats: the CSV pair ({@code resources.csv} with
 * {@code incidents.csv} or {@code windows.csv}, grouped by resource in the resources' order) and
 * JSON Lines (a header line, then one resource per line). Times are UTC instants to the second.
 */
public final class WorkloadFiles {
    private WorkloadFiles() {
    }

    /** The W1 CSV pair in {@code dir}: resources.csv and incidents.csv. */
    public static void w1Csv(Path dir, long instances, long seed) throws IOException {
        Files.createDirectories(dir);
        try (Out resources = new Out(dir.resolve("resources.csv")); Out incidents = new Out(dir.resolve("incidents.csv"))) {
            resources.ascii("id,fee\n");
            incidents.ascii("resource,start,end,exclusion\n");
            String[] current = new String[1];
            Workloads.w1(instances, seed, new Workloads.IncidentSink() {
                @Override
                public void resource(String id, long feeFen) {
                    current[0] = id;
                    resources.ascii(id).comma().fen(feeFen).newline();
                }

                @Override
                public void incident(long startSecond, long endSecond, String exclusion) {
                    incidents.ascii(current[0]).comma().instant(startSecond).comma().instant(endSecond).comma();
                    if (exclusion != null) {
                        incidents.ascii(exclusion);
                    }
                    incidents.newline();
                }
            });
        }
    }

    /** The W1 JSON Lines file. */
    public static void w1JsonLines(Path file, long instances, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Out out = new Out(file)) {
            out.ascii("{\"product\":\"cvm\",\"site\":\"cn\",\"month\":\"" + Workloads.MONTH + "\",\"currency\":\"CNY\"}\n");
            boolean[] open = {false};
            int[] incidents = {0};
            Workloads.w1(instances, seed, new Workloads.IncidentSink() {
                @Override
                public void resource(String id, long feeFen) {
                    if (open[0]) {
                        out.ascii("]}\n");
                    }
                    out.ascii("{\"id\":\"").ascii(id).ascii("\",\"fee\":\"").fen(feeFen).ascii("\",\"incidents\":[");
                    open[0] = true;
                    incidents[0] = 0;
                }

                @Override
                public void incident(long startSecond, long endSecond, String exclusion) {
                    out.ascii(incidents[0]++ == 0 ? "{\"start\":\"" : ",{\"start\":\"").instant(startSecond)
                            .ascii("\",\"end\":\"").instant(endSecond).ascii("\"");
                    if (exclusion != null) {
                        out.ascii(",\"exclusion\":\"").ascii(exclusion).ascii("\"");
                    }
                    out.ascii("}");
                }
            });
            if (open[0]) {
                out.ascii("]}\n");
            }
        }
    }

    /** The W2 CSV pair in {@code dir}: resources.csv and windows.csv (one row per window, zeros included). */
    public static void w2Csv(Path dir, long domains, long seed) throws IOException {
        Files.createDirectories(dir);
        byte[][] starts = windowStarts();
        try (Out resources = new Out(dir.resolve("resources.csv")); Out windows = new Out(dir.resolve("windows.csv"))) {
            resources.ascii("id,fee\n");
            windows.ascii("resource,start,total,failed\n");
            byte[][] current = new byte[1][];
            Workloads.w2(domains, seed, new Workloads.WindowSink() {
                @Override
                public void resource(String id, long feeFen) {
                    current[0] = (id + ",").getBytes(StandardCharsets.US_ASCII);
                    resources.ascii(id).comma().fen(feeFen).newline();
                }

                @Override
                public void window(int index, int total, int failed) {
                    windows.bytes(current[0]).bytes(starts[index]).comma().number(total).comma().number(failed).newline();
                }
            });
        }
    }

    /** The W2 JSON Lines file. */
    public static void w2JsonLines(Path file, long domains, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[][] starts = windowStarts();
        try (Out out = new Out(file)) {
            out.ascii("{\"product\":\"cdn\",\"site\":\"cn\",\"month\":\"" + Workloads.MONTH + "\",\"currency\":\"CNY\"}\n");
            boolean[] open = {false};
            Workloads.w2(domains, seed, new Workloads.WindowSink() {
                @Override
                public void resource(String id, long feeFen) {
                    if (open[0]) {
                        out.ascii("]}\n");
                    }
                    out.ascii("{\"id\":\"").ascii(id).ascii("\",\"fee\":\"").fen(feeFen).ascii("\",\"windows\":[");
                    open[0] = true;
                }

                @Override
                public void window(int index, int total, int failed) {
                    out.ascii(index == 0 ? "{\"start\":\"" : ",{\"start\":\"").bytes(starts[index]).ascii("\",\"total\":").number(total)
                            .ascii(",\"failed\":").number(failed).ascii("}");
                }
            });
            if (open[0]) {
                out.ascii("]}\n");
            }
        }
    }

    private static byte[][] windowStarts() {
        byte[][] starts = new byte[Workloads.WINDOWS][];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = Out.iso(Workloads.MONTH_START + 300L * k).getBytes(StandardCharsets.US_ASCII);
        }
        return starts;
    }

    /** A buffered ASCII writer with allocation-free numbers and instants. */
    static final class Out implements AutoCloseable {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int size;
        private long cachedDay = Long.MIN_VALUE;
        private byte[] dayPrefix;

        Out(Path file) throws IOException {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }

        Out ascii(String text) {
            for (int i = 0; i < text.length(); i++) {
                put((byte) text.charAt(i));
            }
            return this;
        }

        Out bytes(byte[] text) {
            for (byte b : text) {
                put(b);
            }
            return this;
        }

        Out comma() {
            put((byte) ',');
            return this;
        }

        Out newline() {
            put((byte) '\n');
            return this;
        }

        Out number(long value) {
            if (value < 0) {
                put((byte) '-');
                value = -value;
            }
            if (value >= 10) {
                number(value / 10);
            }
            put((byte) ('0' + value % 10));
            return this;
        }

        /** Fen as yuan with two decimals: 12345 -> 123.45. */
        Out fen(long fen) {
            number(fen / 100);
            put((byte) '.');
            put((byte) ('0' + fen / 10 % 10));
            put((byte) ('0' + fen % 10));
            return this;
        }

        /** An epoch second as 2024-05-03T02:15:30Z. */
        Out instant(long epochSecond) {
            long day = Math.floorDiv(epochSecond, 86_400);
            if (day != cachedDay) {
                cachedDay = day;
                dayPrefix = (LocalDate.ofEpochDay(day) + "T").getBytes(StandardCharsets.US_ASCII);
            }
            bytes(dayPrefix);
            int second = (int) Math.floorMod(epochSecond, 86_400);
            two(second / 3600).put((byte) ':');
            two(second / 60 % 60).put((byte) ':');
            two(second % 60).put((byte) 'Z');
            return this;
        }

        static String iso(long epochSecond) {
            return java.time.Instant.ofEpochSecond(epochSecond).toString();
        }

        private Out two(int value) {
            put((byte) ('0' + value / 10));
            put((byte) ('0' + value % 10));
            return this;
        }

        private void put(byte b) {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = b;
        }

        private void flush() {
            try {
                out.write(buffer, 0, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            size = 0;
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
