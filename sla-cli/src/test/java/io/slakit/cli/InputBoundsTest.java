package io.slakit.cli;

import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory is bounded by design (issue 26): each bound accepts an input exactly at it and refuses one
 * past it with an error naming the bound. Small bounds stand in for the defaults where a real-size
 * input would be slow; {@link SecurityDocTest} pins the defaults to SECURITY.md.
 */
class InputBoundsTest {
    @TempDir
    Path dir;

    private static InputStream ascii(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineExactlyAtTheBoundIsReadAndOneCharacterMoreIsRefused() throws IOException {
        LineReader lines = new LineReader(new StringReader("0123456789\r\nabcdefghij\rABCDEFGHIJK\n"), "f.csv", 10, "a line has at most 10");
        assertEquals("0123456789", lines.readLine());
        assertEquals("abcdefghij", lines.readLine());
        InvalidInputException e = assertThrows(InvalidInputException.class, lines::readLine);
        assertEquals("f.csv line 3: \"more than 10 characters\" is too long: a line has at most 10", e.getMessage());
        // At the end of the text without a terminator, the same bound.
        LineReader last = new LineReader(new StringReader("x\n0123456789"), "f.csv", 10, "b");
        assertEquals("x", last.readLine());
        assertEquals("0123456789", last.readLine());
        assertNull(last.readLine());
    }

    @Test
    void aLineLongerThanTheReadBufferIsJoinedAndBoundedAcrossIt() throws IOException {
        String big = "y".repeat(200_000);
        LineReader lines = new LineReader(new StringReader(big + "\n" + big + "z\n"), "f", 200_000, "bound");
        assertEquals(big, lines.readLine());
        assertThrows(InvalidInputException.class, lines::readLine);
    }

    @Test
    void aStreamExactlyAtTheByteBoundIsReadAndOneByteMoreIsRefused() throws IOException {
        char[] buffer = new char[64];
        Utf8Reader exact = new Utf8Reader(ascii("0123456789"), "in", 10, "at most 10 bytes");
        assertEquals(10, exact.read(buffer, 0, 64));
        assertEquals(-1, exact.read(buffer, 0, 64));
        Utf8Reader over = new Utf8Reader(ascii("0123456789A"), "in", 10, "at most 10 bytes");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> over.read(buffer, 0, 64));
        assertEquals("in: \"more than 10 bytes\" is too large: at most 10 bytes", e.getMessage());
    }

    @Test
    void aSupplementaryCharacterReadOneCharAtATimeComesOutAsItsPair() throws IOException {
        Utf8Reader reader = new Utf8Reader(ascii("a\uD83D\uDE00b"), "in", 100, "");
        StringBuilder read = new StringBuilder();
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            read.append((char) c);
        }
        assertEquals("a\uD83D\uDE00b", read.toString());
    }

    @Test
    void theFleetPathsCsvLineBoundCountsBytesWithoutTheTerminator() throws IOException {
        // Bound 12: "id,fee" then rows of exactly 12 bytes (LF, CRLF, and the last without a terminator) are read.
        String rows = "id,fee\nabcdefg,1.00\r\nhijklmn,2.00\nopqrstu,3.00";
        ByteCsv csv = new ByteCsv(ascii(rows), "r.csv", List.of("id", "fee"), 12);
        List<String> ids = new ArrayList<>();
        for (CsvRow row = csv.next(); row != null; row = csv.next()) {
            ids.add(row.string(0));
        }
        assertEquals(List.of("abcdefg", "hijklmn", "opqrstu"), ids);
        ByteCsv over = new ByteCsv(ascii("id,fee\nabcdefgh,1.00\n"), "r.csv", List.of("id", "fee"), 12);
        InvalidInputException e = assertThrows(InvalidInputException.class, over::next);
        assertEquals("r.csv line 2: \"more than 12 bytes\" is too long: a CSV line has at most 12 bytes", e.getMessage());
        // A line past the bound with no line end in sight is refused before more of it is read.
        ByteCsv runaway = new ByteCsv(ascii("id,fee\n" + "x".repeat(10_000)), "r.csv", List.of("id", "fee"), 12);
        assertThrows(InvalidInputException.class, runaway::next);
    }

    /** A 50 MB id in CSV: a clear error naming the 1 MiB bound on both CSV paths, not an OutOfMemoryError. */
    @ParameterizedTest
    @ValueSource(strings = {"table", "csv"})
    void aFiftyMegabyteIdInCsvIsRefusedByTheLineBound(String format) throws IOException {
        Path resources = dir.resolve("resources.csv");
        try (var out = Files.newBufferedWriter(resources)) {
            out.write("id,fee\nins-");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write(",100.00\n");
        }
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end\n");
        MainTest.Run r = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--format", format);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("resources.csv line 2: \"more than 1048576 ") && r.err().contains("a CSV line has at most 1 MiB"), r.err());
    }

    @Test
    void anEightMegabyteFeeInCsvIsRefusedLikewise() throws IOException {
        Path resources = dir.resolve("resources.csv");
        Files.writeString(resources, "id,fee\nins-1,1" + "0".repeat(8_000_000) + "\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end\n");
        MainTest.Run r = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("a CSV line has at most 1 MiB"), r.err());
    }

    @Test
    void aMonthFileOverItsBoundIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(InputLimits.MONTH_FILE_BYTES + 1); // sparse: nothing is written or read
        }
        MainTest.Run r = run("evaluate", big.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("slakit: " + big + ": \"16777217 bytes\" is too large: a JSON month file has at most 16 MiB (16777216 bytes); "
                + "give a larger fleet as JSON Lines (.jsonl) or CSV, which stream", r.err().strip());
    }

    @Test
    void aMonthFileExactlyAtASmallBoundIsReadAndOneByteMoreIsRefused() throws IOException {
        String month = "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"a\", \"fee\": \"1.00\"}]}";
        InputLimits exact = new InputLimits(month.length(), 1000, 1000, 10);
        Path file = dir.resolve("m.json");
        Files.writeString(file, month);
        exact.requireMonthFileSize(file, "m.json");
        Files.writeString(file, month + " ");
        assertThrows(InvalidInputException.class, () -> exact.requireMonthFileSize(file, "m.json"));
        // Standard input counts the bytes as it reads them.
        assertTrue(EvaluateCommand.standardInput(ascii(month), exact).wholeFleet());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvaluateCommand.standardInput(ascii(month + " "), exact));
        assertTrue(e.getMessage().contains("a JSON month file has at most " + month.length() + " bytes"), e.getMessage());
    }

    @Test
    void aJsonLinesRecordExactlyAtASmallBoundIsReadAndOneCharacterMoreIsRefused() throws IOException {
        String header = "{\"product\": \"cvm\", \"month\": \"2024-04\"}";
        // The bound is the header's length (38); the record is padded to exactly it, then to one more.
        String record = "{\"id\": \"a\", \"fee\": \"1.00\"}" + " ".repeat(12);
        assertEquals(header.length(), record.length());
        InputLimits limits = new InputLimits(1000, header.length(), 1000, 10);
        List<ResourceMonth> read = new ArrayList<>();
        EvaluateCommand.standardInput(ascii(header + "\n" + record + "\n"), limits).resources().forEach(read::add);
        assertEquals(1, read.size());
        String longer = record + " ";
        // Standard input reads two lines ahead to tell JSON Lines from a month file: the bound applies there already.
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EvaluateCommand.standardInput(ascii(header + "\n" + longer + "\n"), limits).resources().forEach(r -> { }));
        assertEquals("standard input line 2: \"more than 38 characters\" is too long: a JSON Lines record has at most 38 characters",
                e.getMessage());
    }

    @Test
    void aResourceHasAtMostAMillionWindowsAndAMillionIncidents() {
        Instant t = Instant.parse("2024-04-01T00:00:00Z");
        WindowSample w = WindowSample.of(t, 10, 0);
        Money fee = Money.of("1.00", "CNY");
        List<WindowSample> million = Collections.nCopies(ResourceMonth.MAX_WINDOWS, w);
        assertEquals(ResourceMonth.MAX_WINDOWS, ResourceMonth.builder("a", fee).windows(million).build().windows().size());
        List<WindowSample> more = new ArrayList<>(million);
        more.add(w);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResourceMonth.builder("a", fee).windows(more).build());
        assertEquals("windows: \"1000001 items\" are too many: a resource has at most 1000000 windows", e.getMessage());
        Incident i = new Incident(t, t.plusSeconds(60), "", io.slakit.api.Attribution.provider());
        List<Incident> incidents = new ArrayList<>(Collections.nCopies(ResourceMonth.MAX_INCIDENTS, i));
        assertEquals(ResourceMonth.MAX_INCIDENTS, ResourceMonth.builder("a", fee).incidents(incidents).build().incidents().size());
        incidents.add(i);
        assertThrows(InvalidInputException.class, () -> ResourceMonth.builder("a", fee).incidents(incidents).build());
    }

    @Test
    void theBoundsSitFarAboveARealMonthAndYear() {
        // A month has at most 44,640 minutes, a (leap) year 527,040: per-minute windows of a year fit.
        assertTrue(ResourceMonth.MAX_WINDOWS >= 600_000 && ResourceMonth.MAX_INCIDENTS >= 600_000);
        assertEquals(1_000_000, ResourceMonth.MAX_WINDOWS);
        assertEquals(1_000_000, ResourceMonth.MAX_INCIDENTS);
        assertEquals(16L << 20, InputLimits.MONTH_FILE_BYTES);
        assertEquals(32 << 20, InputLimits.JSON_LINE_CHARS);
        assertEquals(1 << 20, InputLimits.CSV_LINE_BYTES);
        assertEquals(2_000_000, InputLimits.ENGINE_CSV_DETAIL_ROWS);
    }
}
