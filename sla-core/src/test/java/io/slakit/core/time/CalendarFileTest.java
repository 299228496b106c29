package io.slakit.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar file format: what it reads and each error, with its line. */
class CalendarFileTest {

    @Test
    void readsDaysOffAndDaysWorked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ours.days");
        Files.writeString(file, """
                # our company's 2024
                name ACME 2024
                year 2024 board decision 12
                off 2024-05-01..2024-05-03 Labour Day
                work 2024-05-11
                """);
        DayListCalendar calendar = DayListCalendar.read(file);
        assertEquals("ACME 2024", calendar.name());
        assertEquals("board decision 12", calendar.source(2024).orElseThrow());
        assertFalse(calendar.isBusinessDay(LocalDate.of(2024, 5, 2)));
        assertTrue(calendar.isBusinessDay(LocalDate.of(2024, 5, 6)));
        assertTrue(calendar.isBusinessDay(LocalDate.of(2024, 5, 11)));
        assertFalse(calendar.isBusinessDay(LocalDate.of(2024, 5, 12)));
        assertEquals("Labour Day", calendar.daysOff().get(LocalDate.of(2024, 5, 3)));
        // April 2024 by this file: May 6, 7, 8, 9, 10 -> opens May 11.
        assertEquals(LocalDate.of(2024, 5, 11), new ClaimWindows(calendar)
                .window(io.slakit.api.ClaimPolicy.of(5, 60, io.slakit.api.SeedRef.of("002", 1527)), LocalDate.of(2024, 4, 30)).opensOn());
        assertEquals(2025, assertThrows(DateOutsideCalendarException.class, () -> calendar.isBusinessDay(LocalDate.of(2025, 1, 2))).year());
    }

    @Test
    void withoutANameLineItIsCalledByItsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plain.days");
        Files.writeString(file, "year 2024\nyear 2026\n");
        DayListCalendar calendar = DayListCalendar.read(file);
        assertEquals("calendar plain.days", calendar.name());
        assertEquals("2024, 2026", calendar.knownYears());
        assertTrue(calendar.isBusinessDay(LocalDate.of(2024, 5, 1)));
        assertEquals(2025, assertThrows(DateOutsideCalendarException.class, () -> calendar.isBusinessDay(LocalDate.of(2025, 5, 1))).year());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown entry|year 2024\\nholiday 2024-05-01|2|t.days line 2: \"holiday\" is not an entry (expected name, year, off or work; # starts a comment)",
            "not a date|year 2024\\noff 2024-13-01|2|t.days line 2: \"2024-13-01\" is not a date like 2024-05-01 (or a range 2024-05-01..2024-05-05)",
            "not a date in a range|year 2024\\n\\noff 2024-05-01..05-03|3|t.days line 3: \"05-03\" is not a date like 2024-05-01 (or a range 2024-05-01..2024-05-05)",
            "range backwards|year 2024\\noff 2024-05-03..2024-05-01|2|t.days line 2: \"2024-05-03..2024-05-01\" ends before it starts",
            "no date|year 2024\\noff|2|t.days line 2: \"off\" gives no date (expected \"off YYYY-MM-DD[..YYYY-MM-DD] [label]\")",
            "work on a weekday|year 2024\\nwork 2024-05-06|2|t.days line 2: \"2024-05-06\" is a Monday: \"work\" marks a Saturday or Sunday worked (Monday to Friday are worked unless \"off\")",
            "listed twice|year 2024\\noff 2024-05-01..2024-05-05\\nwork 2024-05-04|3|t.days line 3: \"2024-05-04\" is already listed on line 2",
            "undeclared year|year 2024\\noff 2025-01-01|2|t.days line 2: \"2025-01-01\" is in 2025, which has no \"year 2025\" line",
            "bad year|year 24|1|t.days line 1: \"24\" is not a year (expected \"year YYYY [source]\")",
            "year twice|year 2024\\nyear 2024|2|t.days line 2: \"2024\" is declared twice",
            "two names|name a\\nname b\\nyear 2024|2|t.days line 2: \"name b\" is a second \"name\" line; a calendar has one name",
            "no year|# nothing\\noff 2024-05-01|0|t.days: \"t.days\" declares no year: add a \"year YYYY\" line for each year it covers"})
    void errorsNameTheLine(String name, String text, int line, String message) {
        CalendarFileException e = assertThrows(CalendarFileException.class,
                () -> DayListCalendar.parse("t.days", text.replace("\\n", "\n"), "t"));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line());
        assertEquals("t.days", e.file());
    }

    @Test
    void aMissingOrNonUtf8FileIsAnError(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("none.days");
        assertTrue(assertThrows(CalendarFileException.class, () -> DayListCalendar.read(missing)).getMessage().endsWith("does not exist"));
        Path binary = dir.resolve("bin.days");
        Files.write(binary, new byte[] {'y', 'e', 'a', 'r', ' ', (byte) 0xff, (byte) 0xfe});
        assertTrue(assertThrows(CalendarFileException.class, () -> DayListCalendar.read(binary)).getMessage().endsWith("is not UTF-8 text"));
    }

    @Test
    void theShippedScheduleIsInTheSameFormat() throws IOException {
        try (var in = DayListCalendar.class.getResourceAsStream("cn-mainland.days")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            DayListCalendar again = DayListCalendar.parse("cn-mainland.days", text, null);
            assertEquals(DayListCalendar.mainlandChina().daysOff(), again.daysOff());
            assertEquals(DayListCalendar.mainlandChina().daysWorked(), again.daysWorked());
        }
    }
}
