package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input text is UTF-8, strictly (issue 26): a byte that is not UTF-8 is bad input naming the file,
 * the byte offset and the line, on every path (month file, JSON Lines, the engine's CSV reader, the
 * fleet path's, standard input); never an internal error and never a silent U+FFFD. A UTF-8 byte
 * order mark at the start is accepted and skipped; a UTF-16 one is refused by name.
 */
class EncodingTest {
    @TempDir
    Path dir;

    private static final String HEADER = "{\"product\": \"cvm\", \"month\": \"2024-04\"}";
    /** A Latin-1 "é": 0xE9 followed by an ASCII byte is no UTF-8 sequence. */
    private static final byte[] LATIN1_E = {(byte) 0xE9};

    private static byte[] bytes(String before, byte[] bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static void assertOneLine(MainTest.Run r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertTrue(!r.err().contains("internal error"), r.err());
    }

    @Test
    void aMonthFileWithALatin1ByteNamesItsOffsetAndLine() throws IOException {
        String before = "{\"product\": \"cvm\", \"month\": \"2024-04\",\n\"resources\": [\n{\"id\": \"caf";
        // The bad byte follows 38 + 1 + 14 + 1 + 11 = 65 bytes, on line 3.
        assertEquals(65, before.length());
        Path file = write("month.json", bytes(before, LATIN1_E, "\", \"fee\": \"1.00\"}]}\n"));
        assertOneLine(run("evaluate", file.toString()), "month.json byte 65 (line 3): \"0xE9\" is not valid UTF-8");
    }

    @Test
    void jsonLinesWithABadByteNameTheLine() throws IOException {
        String before = HEADER + "\n{\"id\": \"a\", \"fee\": \"1.00\"}\n{\"id\": \"";
        Path file = write("month.jsonl", bytes(before, new byte[] {(byte) 0xC3, (byte) 0x28}, "\", \"fee\": \"1.00\"}\n"));
        // 0xC3 opens a two-byte sequence that 0x28 "(" does not continue.
        assertOneLine(run("evaluate", file.toString()), "byte " + before.length() + " (line 3): \"0xC3\" is not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "csv"})
    void csvWithABadByteIsBadInputOnTheEngineAndTheFleetPath(String format) throws IOException {
        Path resources = write("resources.csv", "id,fee\nins-1,100.00\nins-2,100.00\n".getBytes(StandardCharsets.UTF_8));
        String before = "resource,start,end\nins-1,2024-04-05T10:00:00Z,2024-04-05T10:30:00Z\nins-";
        write("incidents.csv", bytes(before, LATIN1_E, ",2024-04-05T10:00:00Z,2024-04-05T10:30:00Z\n"));
        MainTest.Run r = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--format", format);
        assertOneLine(r, "incidents.csv byte " + before.length() + " (line 3): \"0xE9\" is not valid UTF-8");
    }

    @Test
    void aBadByteInResourcesCsvOnTheFleetPathIsRefusedToo() throws IOException {
        Path resources = write("resources.csv", bytes("id,fee\nins-", new byte[] {(byte) 0xFF}, ",100.00\n"));
        write("incidents.csv", "resource,start,end\n".getBytes(StandardCharsets.UTF_8));
        MainTest.Run r = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--format", "csv");
        assertOneLine(r, "resources.csv byte 11 (line 2): \"0xFF\" is not valid UTF-8");
    }

    @Test
    void anEncodedSurrogateAndATruncatedSequenceAreNotUtf8() throws IOException {
        // ED A0 80 would be U+D800 (CESU-8); a lone F0 at the end starts a four-byte sequence never finished.
        Path surrogate = write("s.json", bytes("{\"product\": \"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}"));
        assertOneLine(run("evaluate", surrogate.toString()), "s.json byte 13 (line 1)");
        Path truncated = write("t.json", bytes("{\"product\": \"cvm\"}", new byte[] {(byte) 0xF0}, ""));
        assertOneLine(run("evaluate", truncated.toString()), "t.json byte 18 (line 1): \"0xF0\" is not valid UTF-8");
    }

    @Test
    void aUtf16FileIsRefusedByItsByteOrderMark() throws IOException {
        byte[] text = "{\"product\": \"cvm\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withMark, 2, text.length);
        assertOneLine(run("evaluate", write("u16.json", withMark).toString()), "u16.json byte 0: \"0xFF 0xFE\" is a UTF-16 byte order mark");
    }

    @Test
    void aJsonEscapeForHalfASurrogatePairIsNotText() throws IOException {
        Path file = write("e.json", ("{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": "
                + "[{\"id\": \"a\\ud800\", \"fee\": \"1.00\"}]}").getBytes(StandardCharsets.UTF_8));
        assertOneLine(run("evaluate", file.toString()), "resources[0].id: \"\\ud800 at character 1\" is half of a UTF-16 surrogate pair");
    }

    @Test
    void standardInputRefusesBadBytesInsteadOfReplacingThem() {
        InputStream bad = new ByteArrayInputStream(bytes(HEADER + "\n{\"id\": \"", LATIN1_E, "\", \"fee\": \"1.00\"}\n"));
        MainTest.Run r = withStandardInput(bad, () -> run("evaluate", "-"));
        assertOneLine(r, "standard input byte " + (HEADER.length() + 9) + " (line 2): \"0xE9\" is not valid UTF-8");
        InputStream badMonth = new ByteArrayInputStream(bytes("{\"product\": \"", LATIN1_E, "\"}"));
        assertOneLine(withStandardInput(badMonth, () -> run("evaluate", "-")), "standard input byte 13 (line 1)");
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The month every BOM case evaluates: ins-1 down 30 minutes of April's 43,200 (99.930556 %: 10 % of 100.00). */
    private static final String MONTH = "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"ins-1\", \"fee\": \"100.00\", "
            + "\"incidents\": [{\"start\": \"2024-04-05T10:00:00Z\", \"end\": \"2024-04-05T10:30:00Z\"}]}]}";

    @Test
    void aUtf8ByteOrderMarkIsSkippedOnEveryPath() throws IOException {
        MainTest.Run json = run("evaluate", write("bom.json", bytes("", BOM, MONTH)).toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("credit 10.00 CNY"), json.out());

        String lines = HEADER + "\n{\"id\": \"ins-1\", \"fee\": \"100.00\", \"incidents\": "
                + "[{\"start\": \"2024-04-05T10:00:00Z\", \"end\": \"2024-04-05T10:30:00Z\"}]}\n";
        MainTest.Run jsonl = run("evaluate", write("bom.jsonl", bytes("", BOM, lines)).toString());
        assertEquals(0, jsonl.code(), jsonl.err());
        assertTrue(jsonl.out().contains("credit 10.00 CNY"), jsonl.out());

        MainTest.Run stdin = withStandardInput(new ByteArrayInputStream(bytes("", BOM, MONTH)), () -> run("evaluate", "-"));
        assertEquals(0, stdin.code(), stdin.err());
        assertTrue(stdin.out().contains("credit 10.00 CNY"), stdin.out());

        Path resources = write("resources.csv", bytes("", BOM, "id,fee\nins-1,100.00\n"));
        write("incidents.csv", bytes("", BOM, "resource,start,end\nins-1,2024-04-05T10:00:00Z,2024-04-05T10:30:00Z\n"));
        for (String format : new String[] {"table", "csv"}) {
            MainTest.Run csv = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--format", format);
            assertEquals(0, csv.code(), csv.err());
            assertTrue(csv.out().contains("10.00"), csv.out());
        }
    }

    static MainTest.Run withStandardInput(InputStream in, java.util.function.Supplier<MainTest.Run> body) {
        InputStream saved = System.in;
        System.setIn(in);
        try {
            return body.get();
        } finally {
            System.setIn(saved);
        }
    }
}
