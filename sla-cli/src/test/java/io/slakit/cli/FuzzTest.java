package io.slakit.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded generative fuzzer of our own (Jazzer's JUnit integration, com.code-intelligence:jazzer-junit
 * 0.24.0, resolves from Maven Central but is not wired into the build yet): valid
 * month files, JSON Lines and CSV pairs are mutated (byte flips, truncation, a span duplicated, huge
 * numbers, deep nesting, wrong types, bad UTF-8) and evaluated end to end. Every input either
 * evaluates (exit 0) or is bad input (exit 2, one line); never an internal error, never a hang
 * (each case is bounded). The normal build runs {@value #CASES} cases a reader from fixed seeds;
 * {@code mvn -B -o verify -pl sla-cli -am -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dslakit.fuzz.cases=5000 -Dslakit.fuzz.seed=N} runs more (about ten minutes here: 400 cases a reader took 38 s).
 */
class FuzzTest {
    static final int CASES = 60;

    @TempDir
    Path dir;

    private static final String MONTH = "{\"product\": \"cvm\", \"site\": \"cn\", \"month\": \"2024-04\", \"currency\": \"CNY\", \"resources\": ["
            + "{\"id\": \"ins-1\", \"fee\": \"1000.00\", \"region\": \"ap-guangzhou\", \"zone\": \"ap-guangzhou-3\", \"activeFrom\": \"2024-04-02T00:00:00Z\","
            + " \"incidents\": [{\"start\": \"2024-04-05T10:00:00+08:00\", \"end\": \"2024-04-05T10:10:30+08:00\", \"exclusion\": null}]},"
            + "{\"id\": \"ins-2\", \"fee\": \"20.5\", \"incidents\": [{\"start\": \"2024-04-06T00:00:00Z\", \"end\": \"2024-04-06T05:00:00Z\","
            + " \"exclusion\": \"force-majeure\"}]}]}";
    private static final String LINES = "{\"product\": \"cvm\", \"month\": \"2024-04\"}\n"
            + "{\"id\": \"a\", \"fee\": \"100.00\", \"incidents\": [{\"start\": \"2024-04-05T10:00:00Z\", \"end\": \"2024-04-05T10:30:00Z\"}]}\n"
            + "{\"id\": \"b\", \"fee\": 7, \"units\": 2}\n";
    private static final String RESOURCES = "id,fee,region,zone\nins-1,100.00,ap-guangzhou,ap-guangzhou-3\nins-2,\"5.00\",,\n";
    private static final String INCIDENTS = "resource,start,end,exclusion\nins-1,2024-04-05T10:00:00Z,2024-04-05T10:30:00Z,\n"
            + "ins-2,2024-04-06T00:00:00Z,2024-04-06T01:00:00Z,force-majeure\n";

    private static final String[] INSERTS = {"1e999999999", "-1", "99999999999999999999999999", "\"x\"", "null", "[]", "{}", "\u00e9",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"\\ud800\"", ",", "\"", "\n", "\r\n", "0.001", "2024-13-45T99:99:99Z", "\u001b[2J"};

    static Stream<Arguments> cases() {
        int cases = Integer.getInteger("slakit.fuzz.cases", CASES);
        long seed = Long.getLong("slakit.fuzz.seed", 26L);
        return Stream.of("json", "jsonl", "csv", "csv-fleet")
                .flatMap(reader -> LongStream.range(0, cases).mapToObj(i -> Arguments.of(reader, seed * 1_000_003L + i)));
    }

    /** One mutation of {@code valid}, chosen by {@code random}. */
    static byte[] mutate(byte[] valid, Random random) {
        byte[] b = valid.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0 -> b[at] = (byte) random.nextInt(256);                                  // a byte flipped
                case 1 -> b = java.util.Arrays.copyOf(b, at);                                   // truncated
                case 2 -> {                                                                     // a span duplicated
                    int length = Math.min(b.length - at, 1 + random.nextInt(40));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(b, 0, at + length);
                    out.write(b, at, length);
                    out.write(b, at + length, b.length - at - length);
                    b = out.toByteArray();
                }
                default -> {                                                                    // a hostile value inserted
                    byte[] insert = INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(b, 0, at);
                    out.write(insert, 0, insert.length);
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
            }
        }
        return b;
    }

    /** Fuzzing found it: a value holding a line break or CR (a broken JSON header, a CSV header) made a two-line error. */
    @org.junit.jupiter.api.Test
    void anErrorQuotingALineBreakStaysOnOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("m.json"), "{\"product\": \"cvm\",\n\"mo\rnth\": 1");
        MainTest.Run r = MainTest.run("evaluate", file.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("\\u000a") && r.err().contains("\\u000d"), r.err());
        Path resources = Files.writeString(dir.resolve("resources.csv"), "id,fee\nins-1,1.00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resou\rrce,start,end\n");
        MainTest.Run csv = MainTest.run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04");
        assertEquals(2, csv.code(), csv.err());
        assertEquals(1, csv.err().lines().count(), csv.err());
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void everyMutationEvaluatesOrIsBadInput(String reader, long seed) throws IOException {
        Random random = new Random(seed);
        String[] args;
        switch (reader) {
            case "json" -> {
                Path file = Files.write(dir.resolve("m.json"), mutate(MONTH.getBytes(StandardCharsets.UTF_8), random));
                args = new String[] {"evaluate", file.toString(), "--format", "json"};
            }
            case "jsonl" -> {
                Path file = Files.write(dir.resolve("m.jsonl"), mutate(LINES.getBytes(StandardCharsets.UTF_8), random));
                args = new String[] {"evaluate", file.toString(), "--format", random.nextBoolean() ? "csv" : "markdown"};
            }
            default -> {
                boolean details = random.nextBoolean();
                Path resources = Files.write(dir.resolve("resources.csv"),
                        details ? RESOURCES.getBytes(StandardCharsets.UTF_8) : mutate(RESOURCES.getBytes(StandardCharsets.UTF_8), random));
                Files.write(dir.resolve("incidents.csv"),
                        details ? mutate(INCIDENTS.getBytes(StandardCharsets.UTF_8), random) : INCIDENTS.getBytes(StandardCharsets.UTF_8));
                args = new String[] {"evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--format",
                        reader.equals("csv-fleet") ? "csv" : "table"};
            }
        }
        MainTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MainTest.run(args));
        assertTrue(r.code() == 0 || r.code() == 2, r.code() + ": " + r.err());
        assertTrue(!r.err().contains("internal error"), r.err());
        if (r.code() == 2) {
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("slakit: "), r.err());
        }
    }
}
