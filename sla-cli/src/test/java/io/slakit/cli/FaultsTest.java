package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults of the environment (issue 26): a full disk on every output path exits 1 with one clear line
 * and leaves no partial file; a device is written in place, never replaced by a regular file; an
 * interrupted run removes its unfinished report.
 */
@EnabledOnOs(OS.LINUX)
class FaultsTest {
    @TempDir
    Path dir;

    private static final Path FULL = Path.of("/dev/full");

    private Path csvPair() throws IOException {
        Path resources = dir.resolve("resources.csv");
        StringBuilder rows = new StringBuilder("id,fee\n");
        for (int i = 0; i < 2000; i++) {
            rows.append("ins-").append(i).append(",100.00\n");
        }
        Files.writeString(resources, rows);
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end\nins-1,2024-04-05T10:00:00Z,2024-04-05T10:30:00Z\n");
        return resources;
    }

    private void assertFullDisk(MainTest.Run r) {
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("slakit: ") && r.err().contains("No space left on device") || r.err().contains("disk full"), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("internal error")), r.err());
        assertTrue(Files.exists(FULL) && !Files.isRegularFile(FULL), "/dev/full must stay the device");
    }

    @Test
    void outToDevFullExitsOneAndLeavesTheDeviceADevice() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(FULL));
        for (String format : List.of("table", "json", "markdown", "html", "csv")) {
            assertFullDisk(run("evaluate", "--example", "--format", format, "--out", FULL.toString()));
        }
        // The fleet path (CSV pair to CSV) writes through its own stream.
        assertFullDisk(run("evaluate", csvPair().toString(), "--product", "cvm", "--month", "2024-04", "--format", "csv", "--out", FULL.toString()));
    }

    @Test
    void standardOutputToDevFullExitsOne() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(FULL));
        for (List<String> args : List.of(List.of("evaluate", "--example"),
                List.of("evaluate", csvPair().toString(), "--product", "cvm", "--month", "2024-04", "--format", "csv"))) {
            StringWriter err = new StringWriter();
            int code;
            try (OutputStream full = new FileOutputStream(FULL.toFile())) {
                code = Main.run(new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8)), new PrintWriter(err),
                        args.toArray(String[]::new));
            }
            assertEquals(1, code, err.toString());
            assertEquals("slakit: standard output: the report could not be written whole (disk full or output closed)", err.toString().strip());
        }
    }

    @Test
    void aFailedRunLeavesThePreviousReportAndNoPartialFile() throws IOException {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, "previous");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"a\", \"fee\": \"1.00\"}, "
                + "{\"id\": \"b\", \"fee\": \"-1\"}]}");
        assertEquals(2, run("evaluate", bad.toString(), "--out", out.toString()).code());
        assertEquals("previous", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
    }

    @Test
    void anInterruptedRunRemovesItsUnfinishedReport() throws Exception {
        String classpath = System.getProperty("java.class.path")
                + (System.getProperty("jdk.module.path") == null ? "" : File.pathSeparator + System.getProperty("jdk.module.path"));
        Path out = dir.resolve("report.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "io.slakit.cli.Main", "evaluate", "-", "--out", out.toString()).redirectErrorStream(true).start();
        OutputStream in = child.getOutputStream();
        in.write("{\"product\": \"cvm\", \"month\": \"2024-04\"}\n{\"id\": \"a\", \"fee\": \"1.00\"}\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        // The run is under way (its unfinished report exists) and waits for more input: interrupt it (SIGTERM).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partials() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, partials(), "the run never started its report");
        child.destroy();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, partials());
        assertTrue(Files.notExists(out));
    }

    private long partials() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".partial")).count();
        }
    }
}
