package io.slakit.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JSON Lines streams (issue 26: "a 1 GB JSON Lines input in a 256 MB heap works; keep it so"): the
 * same ratio at a size the build can afford, 256 MB of JSON Lines generated on the fly into a child
 * JVM's standard input with a 64 MB heap, four times the heap. Memory is bounded by the largest
 * record, not the input, so the ratio is what matters.
 */
class StreamingHeapTest {
    private static final String HEADER = "{\"product\": \"cvm\", \"month\": \"2024-04\"}\n";

    @Test
    void aQuarterGigabyteOfJsonLinesEvaluatesInASixtyFourMegabyteHeap() throws Exception {
        String classpath = System.getProperty("java.class.path")
                + (System.getProperty("jdk.module.path") == null ? "" : File.pathSeparator + System.getProperty("jdk.module.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", classpath, "io.slakit.cli.Main", "evaluate", "-", "--format", "csv"));
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Each record: a resource with a 64 KiB id (cheap bytes to parse, so the test is quick) and MainTest's month, 30 minutes
        // down on April 5 of April's 43,200: 99.930556 %, under 99.975 %, 10 % of the 100.00 fee.
        String padding = "x".repeat(64 << 10);
        String incidents = "{\"start\": \"2024-04-05T10:00:00Z\", \"end\": \"2024-04-05T10:30:00Z\"}";
        long target = 256L << 20;
        long written = 0;
        long resources = 0;
        try (OutputStream in = new BufferedOutputStream(child.getOutputStream(), 1 << 16)) {
            in.write(HEADER.getBytes(StandardCharsets.UTF_8));
            while (written < target) {
                byte[] record = ("{\"id\": \"ins-" + resources++ + padding + "\", \"fee\": \"100.00\", \"incidents\": [" + incidents + "]}\n")
                        .getBytes(StandardCharsets.UTF_8);
                in.write(record);
                written += record.length;
            }
        } catch (IOException e) {
            // the child stopped reading: its exit code and stderr say why
        }
        assertTrue(child.waitFor(300, TimeUnit.SECONDS), "the child did not finish");
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), err);
        // Totals go to standard error with --format csv: every resource, each credited 10 % of 100.00.
        assertTrue(err.contains(String.format(java.util.Locale.ROOT, "%,d resources evaluated", resources)), err);
        assertTrue(err.contains("total credit " + (resources * 10) + ".00 CNY"), err);
    }
}
