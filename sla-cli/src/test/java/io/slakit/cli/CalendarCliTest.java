package io.slakit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Business days on the command line: the site's calendar, --calendar FILE, and every report naming the one used. */
class CalendarCliTest {
    private static final String MAINLAND = "mainland China, State Council holiday notices 2020-2026";

    @Test
    void claimWindowCountsMainlandWorkingDays() {
        // April 2024: May 1-5 Labour Day; May 6, 7, 8, 9, 10 -> the 5th working day is May 10, claims open May 11.
        MainTest.Run r = run("claim-window", "cvm", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        assertEquals("cvm 2024-04: claims open 2024-05-11 and close 2024-06-29 (from the day after the 5th business day of the next "
                + "month to 60 calendar days after the service month ends; business days: " + MAINLAND + ")\n", r.out());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // Spring Festival 2025 (Jan 28 - Feb 4 off, Sat Feb 8 worked): Feb 5, 6, 7, 8, 10 -> Feb 11 (weekdays: Feb 8).
            "cvm, 2025-01, 2025-02-11",
            // National Day 2025 (Oct 1-8 off, Sat Oct 11 worked): Oct 9, 10, 11, 13, 14 -> Oct 15 (weekdays: Oct 8).
            "cvm, 2025-09, 2025-10-15",
            // Sunday Feb 4 2024 worked: Feb 1, 2, 4, 5, 6 -> Feb 7 (weekdays: Feb 8).
            "cvm, 2024-01, 2024-02-07",
            // VOD's 3rd working day, Spring Festival 2025: Feb 5, 6, 7 -> Feb 8 (weekdays: Feb 6).
            "vod, 2025-01, 2025-02-08"})
    void theHolidaysMoveTheWindow(String product, String month, String opens) throws IOException {
        MainTest.Run r = run("claim-window", product, "--month", month, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(opens, json.get("claim").get("opensOn").asText());
        assertEquals(MAINLAND, json.get("claim").get("calendar").asText());
    }

    @Test
    void claimWindowAsJsonForScripts() throws IOException {
        MainTest.Run r = run("claim-window", "cvm", "--month", "2024-04", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("cvm", json.get("product").asText());
        assertEquals("cn", json.get("site").asText());
        assertEquals("2024-04", json.get("month").asText());
        assertEquals("2024-02-01", json.get("version").asText());
        assertEquals(0, json.get("warnings").size());
        assertTrue(json.get("creditDefined").asBoolean());
        JsonNode claim = json.get("claim");
        assertEquals("2024-05-11", claim.get("opensOn").asText());
        assertEquals("2024-06-29", claim.get("closesOn").asText());
        assertEquals("002:1527", claim.get("source").asText());
        assertTrue(claim.get("rule").asText().startsWith("from the day after the 5th business day"), claim.toString());
        assertEquals(MAINLAND, claim.get("calendar").asText());
    }

    @Test
    void theIntlSiteCountsMondayToFriday() {
        // TRTC intl, April 2024: May 1, 2, 3, 6, 7 -> opens May 8.
        MainTest.Run r = run("claim-window", "trtc", "--month", "2024-04", "--site", "intl");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("claims open 2024-05-08 and close 2024-06-29") && r.out().endsWith("business days: Monday to Friday)\n"), r.out());
    }

    @Test
    void aYearTheCalendarDoesNotKnowIsAnErrorNamingIt() {
        // December 2026's window is counted in January 2027.
        MainTest.Run r = run("claim-window", "cvm", "--month", "2026-12");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("slakit: business calendar: \"2027-01-01\" is in 2027, a year the calendar \"" + MAINLAND + "\" does not know "
                + "(it knows 2020-2026); give a calendar that covers 2027 with --calendar FILE\n", r.err());
        MainTest.Run evaluate = run("evaluate", "--example", "--calendar", "/no/such.days");
        assertEquals(2, evaluate.code());
        assertEquals("slakit: --calendar: \"/no/such.days\" does not exist\n", evaluate.err());
    }

    @Test
    void aCalendarFileReplacesTheSitesCalendar(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("acme.days");
        Files.writeString(file, """
                name ACME 2024 (May 1-3 off)
                year 2024 our own schedule
                off 2024-05-01..2024-05-03
                """);
        // May 6, 7, 8, 9, 10 -> opens May 11; May 11 is a Saturday, not worked in this file.
        MainTest.Run r = run("claim-window", "cvm", "--month", "2024-04", "--calendar", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("claims open 2024-05-11 and close 2024-06-29") && r.out().endsWith("business days: ACME 2024 (May 1-3 off))\n"), r.out());
        // PCX's 20 working days from May 1: May 6-10 (5), 13-17 (10), 20-24 (15), 27-31 (20) -> May 31.
        MainTest.Run pcx = run("claim-window", "pcx", "--month", "2024-04", "--calendar", file.toString());
        assertTrue(pcx.out().contains("claims open 2024-05-01 and close 2024-05-31"), pcx.out() + pcx.err());
        MainTest.Run evaluate = run("evaluate", "--example", "--calendar", file.toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().endsWith("claims open 2024-05-11, close 2024-06-29.\nBusiness days: ACME 2024 (May 1-3 off).\n"), evaluate.out());
        // Outside the file's one year.
        MainTest.Run late = run("claim-window", "cvm", "--month", "2024-12", "--calendar", file.toString());
        assertEquals(2, late.code());
        assertTrue(late.err().contains("\"2025-01-01\" is in 2025, a year the calendar \"ACME 2024 (May 1-3 off)\" does not know (it knows 2024)"), late.err());
    }

    @Test
    void aBadCalendarFileNamesTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.days");
        Files.writeString(file, "year 2024\n# comment\nwork 2024-05-06\n");
        MainTest.Run r = run("claim-window", "cvm", "--month", "2024-04", "--calendar", file.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("slakit: " + file + " line 3: \"2024-05-06\" is a Monday: \"work\" marks a Saturday or Sunday worked "
                + "(Monday to Friday are worked unless \"off\")\n", r.err());
        MainTest.Run evaluate = run("evaluate", "--example", "--calendar", file.toString());
        assertEquals(2, evaluate.code());
        assertTrue(evaluate.err().contains(file + " line 3"), evaluate.err());
    }

    @Test
    void everyReportNamesTheCalendar() throws IOException {
        MainTest.Run table = run("evaluate", "--example");
        assertTrue(table.out().endsWith("TOTAL 3 resource(s): credit 800.00 CNY (voucher); claims open 2024-05-11, close 2024-06-29.\n"
                + "Business days: " + MAINLAND + ".\n"), table.out());
        MainTest.Run markdown = run("evaluate", "--example", "--format", "markdown");
        assertTrue(markdown.out().endsWith("Credit form: voucher. Claims open 2024-05-11, close 2024-06-29. Business days: " + MAINLAND + ".\n"),
                markdown.out());
        MainTest.Run html = run("evaluate", "--example", "--format", "html");
        assertTrue(html.out().contains("Claims open <strong>2024-05-11</strong> and close <strong>2024-06-29</strong>"), html.out());
        assertTrue(html.out().contains("; business days counted by " + MAINLAND + ". On "), html.out());
        MainTest.Run json = run("evaluate", "--example", "--format", "json");
        JsonNode claim = new ObjectMapper().readTree(json.out()).get("claim");
        assertEquals("2024-05-11", claim.get("opensOn").asText());
        assertEquals(MAINLAND, claim.get("calendar").asText());
    }
}
