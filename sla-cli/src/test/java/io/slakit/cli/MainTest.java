package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the command line in-process: every command and format, and each bad-input case. */
class MainTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static final String MONTH = """
            {"product": "cvm", "site": "cn", "month": "2024-04", "currency": "CNY",
             "resources": [{"id": "ins-1", "fee": "1000.00",
               "incidents": [{"start": "2024-04-05T10:00:00+08:00", "end": "2024-04-05T10:10:30+08:00", "exclusion": null}]}]}
            """;

    @Test
    void theExampleMonthIsARealReport() {
        Run r = run("evaluate", "--example");
        assertEquals(0, r.code(), r.err());
        // ins-web-1: 10m30s -> 11 min, 99.974537% -> 10% of 1000.00; ins-db-1: partial month, 510 min -> 25% of 2400.00.
        assertTrue(r.out().contains("99.974537%"), r.out());
        assertTrue(r.out().contains("TOTAL 3 resource(s): credit 800.00 CNY"), r.out());
        assertTrue(r.out().contains("claims open 2024-05-11, close 2024-06-29"), r.out());
    }

    @Test
    void jsonReportMatchesTheDocumentedShape(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("month.json");
        Files.writeString(file, MONTH);
        Run r = run("evaluate", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals("cvm", json.get("product").asText());
        assertEquals("2024-02-01", json.get("version").asText());
        var metric = json.get("resources").get(0).get("metrics").get(0);
        assertEquals("single-instance", metric.get("metric").asText());
        assertEquals(43200, metric.get("totalMinutes").asInt());
        assertEquals(11, metric.get("unavailableMinutes").asInt());
        assertEquals("99.974537", metric.get("availability").asText());
        assertEquals("10", json.get("resources").get(0).get("creditPercent").asText());
        assertEquals("100.00", json.get("totalCredit").asText());
        assertEquals("voucher", json.get("creditForm").asText());
        assertEquals("2024-05-11", json.get("claim").get("opensOn").asText());
        assertEquals("2024-06-29", json.get("claim").get("closesOn").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "markdown", "html", "json"})
    void everyFormatRendersAndCanBeWrittenToAFile(String format, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("report." + format);
        Run r = run("evaluate", "--example", "--format", format, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("ins-web-1"), text);
        if (format.equals("html")) {
            assertTrue(text.startsWith("<!DOCTYPE html>") && text.contains("<svg") && text.endsWith("</html>\n"), text);
        }
        if (format.equals("markdown")) {
            assertTrue(text.contains("| ins-web-1 | 1000.00 |"), text);
        }
    }

    @Test
    void jsonLinesAreStreamedOneResourcePerLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fleet.jsonl");
        Files.writeString(file, """
                {"product": "cvm", "month": "2024-04"}
                {"id": "a", "fee": "100.00", "incidents": [{"start": "2024-04-05T10:00:00+08:00", "end": "2024-04-05T10:10:30+08:00"}]}
                {"id": "b", "fee": "200.00"}
                """);
        Run r = run("evaluate", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("TOTAL 2 resource(s): credit 10.00 CNY"), r.out());
    }

    @Test
    void aCsvPairIsAFleet(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "id,region,zone,fee\nins-1,gz,gz-3,1000.00\nins-2,gz,gz-4,500.00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,exclusion\n"
                + "ins-1,2024-04-05T10:00:00+08:00,2024-04-05T10:10:30+08:00,\n"
                + "ins-2,2024-04-06T10:00:00+08:00,2024-04-06T18:00:00+08:00,force-majeure\n");
        Run r = run("evaluate", dir.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        // ins-1 owes 10% of 1000.00; ins-2's 8 hours are force majeure: nothing.
        assertTrue(r.out().contains("TOTAL 2 resource(s): credit 100.00 CNY"), r.out());
    }

    @Test
    void csvIncidentsMayCarryRequestCounts(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "id,fee\nd-1,1000.00\nd-2,500.00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,exclusion,scope,chargedRequests,totalRequests\n"
                + "d-1,2024-04-05T10:00:00+08:00,2024-04-05T10:08:00+08:00,,,500,1000\n"
                + "d-2,2024-04-05T10:00:00+08:00,2024-04-05T10:08:00+08:00,,,,\n");
        Run r = run("evaluate", dir.resolve("resources.csv").toString(), "--product", "httpdns", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        // HTTPDNS, April allows 4.32 min: d-1 8 min x 500/1000 = 4 -> met; d-2 8 min at weight 1 -> 10% of 500.00.
        assertTrue(r.out().contains("TOTAL 2 resource(s): credit 50.00 CNY"), r.out());

        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,chargedRequests\n"
                + "d-1,2024-04-05T10:00:00+08:00,2024-04-05T10:08:00+08:00,500\n");
        Run bad = run("evaluate", dir.resolve("resources.csv").toString(), "--product", "httpdns", "--month", "2024-04");
        assertEquals(2, bad.code(), bad.out() + bad.err());
        assertTrue(bad.err().contains("incidents.csv line 2.totalRequests is required when chargedRequests is given"), bad.err());

        // A product that does not weight outages rejects the counts rather than ignoring them.
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,chargedRequests,totalRequests\n"
                + "d-1,2024-04-05T10:00:00+08:00,2024-04-05T10:08:00+08:00,500,1000\n");
        Run cvm = run("evaluate", dir.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-04");
        assertEquals(2, cvm.code(), cvm.out() + cvm.err());
        assertTrue(cvm.err().contains("incidents[0].chargedRequests"), cvm.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON|{\"product\": |is not valid JSON",
            "unknown product|{\"product\": \"nope\", \"month\": \"2024-04\", \"resources\": []}|product: \"nope\" is not a known product",
            "end before start|{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"i\", \"fee\": \"1\", \"incidents\": [{\"start\": \"2024-04-05T10:00:00+08:00\", \"end\": \"2024-04-05T09:00:00+08:00\"}]}]}|resources[0].incidents[0].end",
            "misaligned window|{\"product\": \"trtc\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"i\", \"fee\": \"1\", \"windows\": [{\"start\": \"2024-04-05T10:01:00+08:00\", \"total\": 10, \"failed\": 5}]}]}|resources[0].windows[0].start",
            "negative fee|{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"i\", \"fee\": \"-1\"}]}|resources[0].fee",
            "unknown exclusion|{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"i\", \"fee\": \"1\", \"incidents\": [{\"start\": \"2024-04-05T10:00:00+08:00\", \"end\": \"2024-04-05T11:00:00+08:00\", \"exclusion\": \"aliens\"}]}]}|resources[0].incidents[0].exclusion"})
    void badInputExitsWithTwoAndNamesTheField(String name, String json, String expected, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        Run r = run("evaluate", file.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one clear message: " + r.err());
    }

    @Test
    void aMissingFileIsBadInput() {
        Run r = run("evaluate", "/no/such/month.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("FILE: \"/no/such/month.json\" does not exist"), r.err());
    }

    /** Issue 12.5: commitments come last, so a long edition list never runs into the name; an edition without one says "no SLA". */
    @Test
    void productsTableKeepsItsColumnsAndSaysNoSla() {
        Run table = run("products", "--family", "network");
        assertEquals(0, table.code(), table.err());
        String[] lines = table.out().split("\\R");
        int nameColumn = lines[0].indexOf("NAME");
        int commitmentsColumn = lines[0].indexOf("COMMITMENTS");
        assertTrue(nameColumn > 0 && commitmentsColumn > nameColumn, lines[0]);
        String dc = java.util.Arrays.stream(lines).filter(l -> l.startsWith("dc ")).findFirst().orElseThrow();
        assertTrue(dc.contains("single-line: no SLA"), dc);
        assertTrue(dc.indexOf("Direct Connect") < dc.indexOf("single-line"), dc);
        assertFalse(table.out().contains(": |") || table.out().matches("(?s).*: \\R.*"), table.out());
    }

    /** Issue 26: a failed run leaves the previous --out report as it was, and no partial file beside it. */
    @Test
    void aFailedRunKeepsThePreviousReport(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("month.json");
        Files.writeString(good, MONTH);
        Path report = dir.resolve("report.html");
        assertEquals(0, run("evaluate", good.toString(), "--format", "html", "--out", report.toString()).code());
        String before = Files.readString(report);
        assertTrue(before.contains("</html>"), before);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, MONTH.replace("2024-04-05T10:10:30+08:00", "2024-04-05T09:00:00+08:00"));
        Run failed = run("evaluate", bad.toString(), "--format", "html", "--out", report.toString());
        assertEquals(2, failed.code(), failed.err());
        assertEquals(before, Files.readString(report), "the previous report is untouched");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("bad.json", "month.json", "report.html"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no partial file is left beside it");
        }
    }

    /** Issue 26: an output that is an input, a directory or in a missing folder is refused before anything is written. */
    @Test
    void anOutputThatCannotBeWrittenSafelyIsRefused(@TempDir Path dir) throws IOException {
        Path month = dir.resolve("month.json");
        Files.writeString(month, MONTH);
        Run same = run("evaluate", month.toString(), "--out", month.toString());
        assertEquals(2, same.code());
        assertTrue(same.err().contains("--out: \"" + month + "\" is an input of this run"), same.err());
        assertEquals(MONTH, Files.readString(month), "the input is intact");
        Run folder = run("evaluate", month.toString(), "--out", dir.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("is a directory"), folder.err());
        Run missing = run("evaluate", month.toString(), "--out", dir.resolve("no/such/report.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is in a folder that does not exist"), missing.err());
    }

    /** Issue 26: a resource id given twice is refused instead of being credited twice. */
    @Test
    void aResourceGivenTwiceIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("month.json");
        Files.writeString(file, "{\"product\": \"cvm\", \"site\": \"cn\", \"month\": \"2024-04\", \"currency\": \"CNY\", "
                + "\"resources\": [{\"id\": \"ins-1\", \"fee\": \"10.00\"}, {\"id\": \"ins-1\", \"fee\": \"10.00\"}]}");
        Run r = run("evaluate", file.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("resources[1].id: \"ins-1\" is given twice"), r.err());
    }

    /** Issue 26: options and fields that would be ignored are bad input naming them. */
    @Test
    void whatWouldBeIgnoredIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("month.json");
        Files.writeString(file, MONTH);
        Run product = run("evaluate", file.toString(), "--product", "cdn");
        assertEquals(2, product.code());
        assertTrue(product.err().contains("--product: \"cdn\" applies to CSV input only"), product.err());
        Run threads = run("evaluate", file.toString(), "--threads", "-5");
        assertEquals(2, threads.code());
        assertTrue(threads.err().contains("--threads: \"-5\" must be at least 1"), threads.err());
        Path fees = dir.resolve("fees.json");
        Files.writeString(fees, MONTH.replace("\"fee\": \"1000.00\",", "\"fee\": \"1000.00\", \"fees\": {\"cdb\": \"5.00\"},"));
        Run basis = run("evaluate", fees.toString());
        assertEquals(2, basis.code(), basis.out());
        assertTrue(basis.err().contains("fees.cdb: \"5.00\" is not a credit basis of edition"), basis.err());
    }

    /** Issue 26: a misspelt column, a column named twice and a cell beyond the header are bad input, on the fleet path and the engine's. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "csv   | resource,start,end,exclusoin | incidents.csv column 4: \"exclusoin\" is not a column of this file",
            "table | resource,start,end,exclusoin | incidents.csv column 4: \"exclusoin\" is not a column of this file",
            "csv   | resource,start,end,end       | incidents.csv column 4: \"end\" is named twice in the header",
            "csv   | resource,start,end           | incidents.csv line 2: \"4 cells\" is more than the 3 columns the header names",
            "table | resource,start,end           | incidents.csv line 2: \"resource",
    })
    void csvColumnsAreNeverIgnored(String format, String header, String error, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "id,fee\nins-1,100.00\n");
        Files.writeString(dir.resolve("incidents.csv"), header.replace(",", ",") + "\nins-1,2024-04-05T10:00:00+08:00,2024-04-05T10:30:00+08:00,force-majeure\n");
        Run r = run("evaluate", dir.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-04", "--format", format);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(error.startsWith("incidents.csv line 2: \"resource") ? "incidents.csv line 2: " : error), r.err());
        if (header.endsWith("start,end")) {
            assertTrue(r.err().contains("cells"), r.err());
        }
    }

    /** Issue 26: resources.csv alone gave every resource 100 %; now it needs --no-incidents to say so. */
    @Test
    void resourcesWithoutIncidentsNeedToSaySo(@TempDir Path dir) throws IOException {
        Path resources = dir.resolve("resources.csv");
        Files.writeString(resources, "id,fee\nins-1,100.00\n");
        Run missing = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("has no incidents.csv or windows.csv beside it"), missing.err());
        Run declared = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--no-incidents");
        assertEquals(0, declared.code(), declared.err());
        assertTrue(declared.out().contains("credit 0.00 CNY"), declared.out());
    }

    /** An id wider than the RESOURCE column keeps a space before the fee. */
    @Test
    void aLongResourceIdDoesNotRunIntoTheFee(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("month.json");
        Files.writeString(file, "{\"product\": \"cvm\", \"site\": \"cn\", \"month\": \"2024-04\", \"currency\": \"CNY\", "
                + "\"resources\": [{\"id\": \"acct-1/ap-guangzhou/standard\", \"fee\": \"1000.00\"}]}");
        Run r = run("evaluate", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("acct-1/ap-guangzhou/standard 1000.00"), r.out());
    }

    /** A clause number longer than the column ("1.3(2)") keeps a space before its code. */
    @Test
    void showKeepsClauseNumbersApartFromTheirCodes() {
        Run show = run("show", "cnb");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("  1.3(2) service-upgrade-or-change"), show.out());
        assertTrue(show.out().contains("  4.3    routine-maintenance-or-dependencies Routine"), show.out());
    }

    /** Issue 12.5: a missing edition names the editions and how to pass one. */
    @Test
    void aMissingEditionSaysWhichExistAndHowToChoose(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("month.json");
        Files.writeString(file, "{\"product\": \"tse\", \"site\": \"cn\", \"month\": \"2025-09\", \"currency\": \"CNY\", "
                + "\"resources\": [{\"id\": \"r\", \"fee\": \"100.00\"}]}");
        Run r = run("evaluate", file.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("edition is required: tse has editions [") && r.err().contains("--edition on the command line"), r.err());
        assertFalse(r.err().contains("\"null\""), r.err());
    }

    @Test
    void productsListsTheCatalogue() {
        Run table = run("products");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("cvm") && table.out().contains("trtc"), table.out());
        Run json = run("products", "--family", "media", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"id\" : \"trtc\"") && !json.out().contains("\"id\" : \"cvm\""), json.out());
        assertEquals(2, run("products", "--family", "nope").code());
    }

    @Test
    void showStatesTheContract() throws IOException {
        Run text = run("show", "CVM", "--at", "2024-04-01");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("[99, 99.975)") && text.out().contains("-> 10% of the monthly fee"), text.out());
        assertTrue(text.out().contains("third-party-network"), text.out());
        Run json = run("show", "trtc", "--site", "intl", "--format", "json");
        assertEquals(0, json.code(), json.err());
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals("4.6", node.get("exclusions").get(5).get("clause").asText());
        assertEquals("traffic-surge-unannounced", node.get("exclusions").get(5).get("code").asText());
        assertEquals("standard", node.get("editions").get(0).get("id").asText());
        assertEquals(2, run("show", "cvm", "--edition", "gold").code());
    }

    @Test
    void allowanceGivesTheMinutesEachTierAllows() {
        Run r = run("allowance", "cvm", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        // 43,200 x 0.025% = 10.8; x 1% = 432; x 5% = 2160; multi-AZ 43,200 x 0.005% = 2.16.
        assertTrue(r.out().contains("43200 minutes"), r.out());
        assertTrue(r.out().contains("up to 10.8 minutes down"), r.out());
        assertTrue(r.out().contains("up to 432 minutes down"), r.out());
        assertTrue(r.out().contains("up to 2160 minutes down"), r.out());
        assertTrue(r.out().contains("up to 2.16 minutes down"), r.out());
    }

    @Test
    void claimWindowGivesTheFirstAndLastDay() {
        Run r = run("claim-window", "cvm", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("claims open 2024-05-11 and close 2024-06-29"), r.out());
        assertEquals(2, run("claim-window", "cvm", "--month", "April").code());
    }

    @Test
    void claimWindowOfANoticeWithinBusinessDays() {
        // PCX 3.3: 20 mainland working days counted from May 1 2024 (Wed): 1-5 off; 6-10, Sat 11, 13-17, 20-24, 27-30 -> May 30.
        Run r = run("claim-window", "pcx", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("claims open 2024-05-01 and close 2024-05-30 (within 20 business days after the service month ends"), r.out());
        Run show = run("show", "pcx");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("Claims:      within 20 business days after the service month ends"), show.out());
        assertTrue(show.out().contains("(002:12316)"), show.out());
    }

    @Test
    void helpAndVersionWork() {
        assertEquals(0, run("--help").code());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("slakit "), version.out());
        assertEquals(0, run("evaluate", "--help").code());
        assertEquals(2, run("no-such-command").code());
    }
}
