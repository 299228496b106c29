package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TAF and weda-site-pack through the command line: the rules in words, and prior windows and daily calls in JSON Lines. */
class YearlyPeriodsCliTest {

    @Test
    void showPrintsTheYearlyRules() {
        MainTest.Run taf = run("show", "taf");
        assertEquals(0, taf.code(), taf.err());
        assertTrue(taf.out().contains("Availability of the calendar year to date"), taf.out());
        assertTrue(taf.out().contains("at most the calls of T-1 .. T-31"), taf.out());
        MainTest.Run weda = run("show", "weda-site-pack");
        assertEquals(0, weda.code(), weda.err());
        assertTrue(weda.out().contains("a day (00:00-24:00) is wholly unavailable when its error rate is above 1%"), weda.out());
        assertTrue(weda.out().contains("from the day after the 5th business day after the service year ends to 60 calendar days after it ends"),
                weda.out());
    }

    @Test
    void jsonLinesCarryPriorWindowsAndDailyCalls(@TempDir Path dir) throws IOException {
        // TAF 2024 (527,040 minutes): a bad minute on February 1 (prior) and one on April 10 are 2 minutes of the year to date;
        // the year meets 99 %, and the daily calls are accepted by the credit that reads them.
        Path file = dir.resolve("taf.jsonl");
        Files.writeString(file, """
                {"product": "taf", "site": "cn", "month": "2024-04", "currency": "CNY"}
                {"id": "app-1", "fee": "0", "priorWindows": [{"start": "2024-02-01T00:00:00+08:00", "total": 100, "failed": 2}], "windows": [{"start": "2024-04-10T10:00:00+08:00", "total": 1000, "failed": 500}], "dailyCalls": {"2024-03-10": 1000}}
                """);
        MainTest.Run r = run("evaluate", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        var metric = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("resources").get(0).get("metrics").get(0);
        assertEquals(527040, metric.get("totalMinutes").asInt());
        assertEquals(2, metric.get("unavailableMinutes").asInt());
        // A window given twice is named by its path.
        Files.writeString(file, """
                {"product": "taf", "site": "cn", "month": "2024-04", "currency": "CNY"}
                {"id": "app-1", "fee": "0", "priorWindows": [{"start": "2024-02-01T00:00:00+08:00", "total": 100, "failed": 2}, {"start": "2024-02-01T00:00:00+08:00", "total": 100, "failed": 2}]}
                """);
        MainTest.Run twice = run("evaluate", file.toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("priorWindows[1].start"), twice.err());
    }
}
