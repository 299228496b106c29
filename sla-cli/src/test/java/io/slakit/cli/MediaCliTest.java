package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The media family through the command line: IM's data retention, CSS's escorted events, CME's service year. */
class MediaCliTest {

    @Test
    void showPrintsImDataRetentionOnBothSites() {
        for (String site : new String[] {"cn", "intl"}) {
            MainTest.Run r = run("show", "im", "--site", site);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("log data is stored for 7 days"), r.out());
            assertTrue(r.out().contains("monitoring data is stored for 2 days"), r.out());
            assertTrue(r.out().contains("deleted 2 months after use ends"), r.out());
            assertTrue(r.out().contains("or 7 days when none is chosen"), r.out());
        }
    }

    @Test
    void showDescribesCssEscortedEvents() {
        MainTest.Run r = run("show", "css");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Edition basic-escorted-event"), r.out());
        assertTrue(r.out().contains("of the event [activeFrom, activeUntil)"), r.out());
        assertTrue(r.out().contains("活动护航"), r.out());
        assertTrue(r.out().contains("fewer than 100 requests"), r.out());
    }

    @Test
    void aCmeMonthReadsTheServiceYearsEarlierOutages(@TempDir Path dir) throws IOException {
        // Activated 2021-03-17: 500 minutes on Mar 20 and 30 on Apr 5 (prior), none in May: 530 > 525.6 of 525,600 -> 10% of 1,000.
        Path file = dir.resolve("cme.json");
        Files.writeString(file, """
                {"product": "cme", "site": "cn", "month": "2021-05", "currency": "CNY",
                 "resources": [{"id": "cme-1", "fee": "1000.00", "activeFrom": "2021-03-17T00:00:00+08:00",
                   "priorIncidents": [{"start": "2021-03-20T10:00:00+08:00", "end": "2021-03-20T18:20:00+08:00"},
                                      {"start": "2021-04-05T10:00:00+08:00", "end": "2021-04-05T10:30:00+08:00"}]}]}
                """);
        MainTest.Run r = run("evaluate", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        var metric = json.get("resources").get(0).get("metrics").get(0);
        assertEquals(525600, metric.get("totalMinutes").asInt());
        assertEquals(530, metric.get("unavailableMinutes").asInt());
        assertEquals("100.00", json.get("totalCredit").asText());
    }

    @Test
    void aCmeMonthReadsEarlierOutagesFromCsvToo(@TempDir Path dir) throws IOException {
        // The same year as above, as a CSV pair: the two earlier outages carry prior=true, a bad flag is named.
        Files.writeString(dir.resolve("resources.csv"), "id,fee,activeFrom\ncme-1,1000.00,2021-03-17T00:00:00+08:00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,prior\n"
                + "cme-1,2021-03-20T10:00:00+08:00,2021-03-20T18:20:00+08:00,true\n"
                + "cme-1,2021-04-05T10:00:00+08:00,2021-04-05T10:30:00+08:00,TRUE\n");
        MainTest.Run r = run("evaluate", dir.resolve("resources.csv").toString(), "--product", "cme", "--month", "2021-05", "--format", "json");
        assertEquals(0, r.code(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(530, json.get("resources").get(0).get("metrics").get(0).get("unavailableMinutes").asInt());
        assertEquals("100.00", json.get("totalCredit").asText());
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,prior\ncme-1,2021-03-20T10:00:00+08:00,2021-03-20T18:20:00+08:00,yes\n");
        MainTest.Run bad = run("evaluate", dir.resolve("resources.csv").toString(), "--product", "cme", "--month", "2021-05");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("incidents.csv line 2.prior") && bad.err().contains("\"yes\""), bad.err());
    }

    @Test
    void cmeAllowanceIsTheServiceYears() {
        // 525,600 x 0.1% = 525.6; x 1% = 5,256; x 5% = 26,280 (not April's 43.2 / 432 / 2,160).
        MainTest.Run r = run("allowance", "cme", "--month", "2021-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("up to 525.6 minutes down"), r.out());
        assertTrue(r.out().contains("up to 5256 minutes down"), r.out());
        assertTrue(r.out().contains("up to 26280 minutes down"), r.out());
    }

    @Test
    void priorIncidentsForAMonthlyProductAreBadInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cvm.json");
        Files.writeString(file, """
                {"product": "cvm", "site": "cn", "month": "2024-04", "currency": "CNY",
                 "resources": [{"id": "ins-1", "fee": "1000.00",
                   "priorIncidents": [{"start": "2024-03-05T10:00:00+08:00", "end": "2024-03-05T10:30:00+08:00"}]}]}
                """);
        MainTest.Run r = run("evaluate", file.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("resources[0].priorIncidents"), r.err());
    }
}
