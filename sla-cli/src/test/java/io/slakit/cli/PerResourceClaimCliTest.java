package io.slakit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * weda-site-pack counts its claim window from each resource's service-year end (3.2, seed 002 lines 39295-39305), so no
 * report states a window of its own and every format prints each resource's. Worked on the mainland calendar: "ends" is
 * activated 2023-03-17, its year ends Saturday 2024-03-16; the working days after it are March 18-22 (no holiday in March
 * 2024), the 5th is March 22, so claims open 2024-03-23; 60 calendar days after March 16 is 2024-05-15 (15 + 30 + 15).
 * "later" is activated 2023-06-01: its year ends 2024-05-31, not in March, so it has no window this month. The window
 * counted from March 31 (April 9 .. May 30) must appear nowhere.
 */
class PerResourceClaimCliTest {
    static final String MONTH = """
            {"product": "weda-site-pack", "site": "cn", "month": "2024-03", "currency": "CNY", "resources": [
              {"id": "ends", "fee": "0", "activeFrom": "2023-03-17T00:00:00+08:00",
               "priorWindows": [{"start": "2023-05-01T00:00:00+08:00", "total": 1000, "failed": 20},
                                {"start": "2023-05-02T00:00:00+08:00", "total": 1000, "failed": 20},
                                {"start": "2023-11-15T00:00:00+08:00", "total": 1000, "failed": 11}],
               "windows": [{"start": "2024-03-05T00:00:00+08:00", "total": 1000, "failed": 20}]},
              {"id": "later", "fee": "0", "activeFrom": "2023-06-01T00:00:00+08:00"}]}
            """;
    private static final String CALENDAR = "mainland China, State Council holiday notices 2020-2026";

    private static Path month(Path dir) throws IOException {
        Path file = dir.resolve("weda.json");
        Files.writeString(file, MONTH, StandardCharsets.UTF_8);
        return file;
    }

    private static void noReportWindow(String out) {
        assertFalse(out.contains("2024-04-09") || out.contains("2024-05-30"), "the window counted from the month's end: " + out);
    }

    @Test
    void theTableSaysWindowsArePerResourceAndPrintsEach(@TempDir Path dir) throws IOException {
        MainTest.Run r = run("evaluate", month(dir).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    claim window: opens 2024-03-23, closes 2024-05-15 (business days: " + CALENDAR + ")\n"), r.out());
        assertTrue(r.out().contains("    claim window: none this month (its service year does not end in it)\n"), r.out());
        assertTrue(r.out().contains("; claim windows are per resource (each counted from the end of the resource's own service year; "
                + "see each resource).\n"), r.out());
        noReportWindow(r.out());
    }

    @Test
    void markdownToo(@TempDir Path dir) throws IOException {
        MainTest.Run r = run("evaluate", month(dir).toString(), "--format", "markdown");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| | | *claim window: opens 2024-03-23, closes 2024-05-15 (business days: " + CALENDAR + ")* | | | | | |"), r.out());
        assertTrue(r.out().contains("Claim windows are per resource"), r.out());
        noReportWindow(r.out());
    }

    @Test
    void jsonGivesEachResourceItsClaimAndNoneForTheReport(@TempDir Path dir) throws IOException {
        MainTest.Run r = run("evaluate", month(dir).toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.get("claim").isNull(), r.out());
        assertEquals("per-resource", root.get("claimWindows").asText());
        JsonNode ends = root.get("resources").get(0).get("claim");
        assertEquals("2024-03-23", ends.get("opensOn").asText());
        assertEquals("2024-05-15", ends.get("closesOn").asText());
        assertEquals(CALENDAR, ends.get("calendar").asText());
        assertTrue(root.get("resources").get(1).get("claim").isNull(), r.out());
    }

    @Test
    void csvAddsTheTwoClaimColumnsAndTheSummarySaysSo(@TempDir Path dir) throws IOException {
        MainTest.Run r = run("evaluate", month(dir).toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].endsWith(",claim.opens_on,claim.closes_on"), lines[0]);
        assertTrue(lines[1].startsWith("ends,") && lines[1].endsWith(",2024-03-23,2024-05-15"), lines[1]);
        assertTrue(lines[2].startsWith("later,") && lines[2].endsWith(",,"), lines[2]);
        assertTrue(r.err().contains("claim windows are per resource"), r.err());
    }

    @Test
    void htmlSaysSoInTheSummaryAndEachSection(@TempDir Path dir) throws IOException {
        MainTest.Run r = run("evaluate", month(dir).toString(), "--format", "html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<tr><th>Claim window</th><td>No window for the whole report: claim windows are per resource"), r.out());
        assertTrue(r.out().contains("<p class=\"claim\">Claim window: claims open <strong>2024-03-23</strong> and close "
                + "<strong>2024-05-15</strong>; business days counted by " + CALENDAR + ". On "), r.out());
        assertTrue(r.out().contains("<p class=\"claim\">Claim window: none this month (its service year does not end in it).</p>"), r.out());
        noReportWindow(r.out());
    }

    @Test
    void theClaimDraftGivesTheResourcesOwnWindowAndItsState(@TempDir Path dir) throws IOException {
        // As of 2024-03-25 the window 2024-03-23 .. 2024-05-15 is open.
        MainTest.Run zh = run("claim", month(dir).toString(), "--as-of", "2024-03-25");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("申请期限：2024-03-23 至 2024-05-15（002:39295，工作日：" + CALENDAR + "），通过工单系统提出赔偿申请；"
                + "截至 2024-03-25：可以申请（本资源的申请期限：按各资源的服务年度分别计算）"), zh.out());
        MainTest.Run r = run("claim", month(dir).toString(), "--as-of", "2024-03-25", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("File between: 2024-03-23 and 2024-05-15 ("), r.out());
        assertTrue(r.out().contains("as of 2024-03-25: open (this resource's own window: claim windows are per resource)"), r.out());
        assertFalse(r.out().contains("later"), "later owes nothing: no draft: " + r.out());
        noReportWindow(r.out());
    }

    @Test
    void claimWindowSaysTheWindowIsPerResource() {
        MainTest.Run r = run("claim-window", "weda-site-pack", "--month", "2024-03");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("weda-site-pack 2024-03: claim windows are per resource"), r.out());
        noReportWindow(r.out());
    }

    @Test
    void severalMonthsGiveEachResourcesWindowAndItsStateAsOfADay(@TempDir Path dir) throws IOException {
        // February 2024: neither year ends (no window); March: "ends" 2024-03-23..2024-05-15, open on 2024-04-01.
        Path march = month(dir);
        Path february = dir.resolve("weda-02.json");
        Files.writeString(february, """
                {"product": "weda-site-pack", "site": "cn", "month": "2024-02", "currency": "CNY", "resources": [
                  {"id": "ends", "fee": "0", "activeFrom": "2023-03-17T00:00:00+08:00"},
                  {"id": "later", "fee": "0", "activeFrom": "2023-06-01T00:00:00+08:00"}]}
                """, StandardCharsets.UTF_8);
        MainTest.Run r = run("evaluate", february.toString(), march.toString(), "--as-of", "2024-04-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("per resource: ends none this month; later none this month\n"), r.out());
        assertTrue(r.out().contains("per resource: ends 2024-03-23..2024-05-15 open; later none this month\n"), r.out());
        assertTrue(r.out().contains("; 2 with claim windows per resource (each resource's in the table above)."), r.out());
        assertFalse(r.out().contains("without a claim window stated"), r.out());
        noReportWindow(r.out());
        MainTest.Run json = run("evaluate", february.toString(), march.toString(), "--as-of", "2024-04-01", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode ledger = new ObjectMapper().readTree(json.out()).get("ledger").get(1);
        assertEquals("per-resource", ledger.get("claimWindows").asText());
        assertEquals("2024-03-23", ledger.get("claims").get(0).get("claimOpensOn").asText());
        assertEquals("open", ledger.get("claims").get(0).get("claimState").asText());
    }
}
