package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.core.interval.TimeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte-level row reader agrees with java.time and with the String reader it stands in for. */
class CsvRowTest {

    private static CsvRow row(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return new CsvRow("test.csv").parse(bytes, 0, bytes.length, 2);
    }

    @Test
    void randomInstantsReadAsJavaTimeReadsThem() {
        Random random = new Random(11);
        CsvRow reused = new CsvRow("test.csv");
        for (int i = 0; i < 20_000; i++) {
            long second = 1_500_000_000L + random.nextInt(400_000_000);
            int nanos = random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0;
            ZoneOffset offset = random.nextBoolean() ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds((random.nextInt(49) - 24) * 1800);
            String text = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nanos), offset).toString();
            byte[] line = ("x," + text).getBytes(StandardCharsets.UTF_8);
            long expected = TimeSet.nanos(OffsetDateTime.parse(text).toInstant());
            assertEquals(expected, reused.parse(line, 0, line.length, i).instantNanos(1, "start"), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T23:59:59Z", "2024-05-03T02:15:30+08:00", "2024-05-03T02:15:30.5-05:30", "2024-12-31T23:59:59.123456789Z",
            "2023-03-01T00:00:00+14:00", "2024-05-03t02:15:30z", "2024-05-03T02:15Z"})
    void edgeFormsAgreeWithJavaTime(String text) {
        assertEquals(TimeSet.nanos(OffsetDateTime.parse(text).toInstant()), row("r," + text).instantNanos(1, "start"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-03T24:00:00Z", "2024-05-03 02:15:30Z",
            "2024-05-03T02:15:30", "yesterday", "2024-05-03T02:15:60Z", "2024-05-03T02:15:30.1234567891Z"})
    void invalidInstantsAreErrorsNamingTheField(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> row("r," + text).instantNanos(1, "start"));
        assertEquals("start", e.field());
        assertEquals(text, e.value());
    }

    @Test
    void cellsAreTrimmedAndQuotedCellsUnquoted() {
        CsvRow r = row(" a , \"b,c\" ,\"say \"\"hi\"\"\",");
        assertEquals("a", r.string(0));
        assertEquals("b,c", r.string(1));
        assertEquals("say \"hi\"", r.string(2));
        assertTrue(r.isEmpty(3));
        assertTrue(r.isEmpty(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0, 0", "12, 1200", "12.3, 1230", "12.34, 1234", ".5, 50", "12.345, -1", "-1.00, -1", "1e3, -1", "12., -1"})
    void plainFeesReadInMinorUnits(String cells) {
        String[] parts = cells.split(", ");
        assertEquals(Long.parseLong(parts[1]), row(parts[0]).plainMinorUnits(0, 2));
    }

    @Test
    void wholeNumbersAndTheirErrors() {
        assertEquals(4427, row("d,4427").wholeNumber(1, "total"));
        assertEquals(-3, row("d,-3").wholeNumber(1, "total"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> row("d,12x").wholeNumber(1, "total"));
        assertEquals("total", e.field());
        assertThrows(InvalidInputException.class, () -> row("d,").wholeNumber(1, "total"));
    }
}
