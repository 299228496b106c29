package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** incidents.csv carries a composite rule's signal as a month file does. */
class CsvSignalsTest {

    @Test
    void aSignalColumnFeedsACompositeRuleAsTheMonthFileDoes(@TempDir Path dir) throws IOException {
        // mcm (002:55838): a minute is unavailable when the API AND the console are down. The API is down
        // 10:00-10:30, the console 10:20-11:00, so 10 minutes count: (43200 - 10) / 43200 = 99.976852 %.
        Files.writeString(dir.resolve("resources.csv"), "id,fee\nhis-1,1000.00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,exclusion,signal\n"
                + "his-1,2024-04-02T10:00:00+08:00,2024-04-02T10:30:00+08:00,,api\n"
                + "his-1,2024-04-02T10:20:00+08:00,2024-04-02T11:00:00+08:00,,console\n");
        MainTest.Run csv = MainTest.run("evaluate", dir.resolve("resources.csv").toString(), "--product", "mcm", "--month", "2024-04",
                "--format", "json");
        assertEquals(Main.OK, csv.code(), csv.err());
        assertTrue(csv.out().contains("\"unavailableMinutes\" : 10"), csv.out());
        assertTrue(csv.out().contains("99.976852"), csv.out());

        Files.writeString(dir.resolve("month.json"), "{\"product\": \"mcm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"his-1\", "
                + "\"fee\": \"1000.00\", \"incidents\": ["
                + "{\"start\": \"2024-04-02T10:00:00+08:00\", \"end\": \"2024-04-02T10:30:00+08:00\", \"signal\": \"api\"},"
                + "{\"start\": \"2024-04-02T10:20:00+08:00\", \"end\": \"2024-04-02T11:00:00+08:00\", \"signal\": \"console\"}]}]}");
        assertEquals(MainTest.run("evaluate", dir.resolve("month.json").toString(), "--format", "json").out(), csv.out());
    }

    @Test
    void anUnknownSignalInCsvIsBadInputNamingItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "id,fee\nhis-1,1000.00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end,signal\n"
                + "his-1,2024-04-02T10:00:00+08:00,2024-04-02T10:30:00+08:00,database\n");
        MainTest.Run run = MainTest.run("evaluate", dir.resolve("resources.csv").toString(), "--product", "mcm", "--month", "2024-04");
        assertEquals(Main.BAD_INPUT, run.code(), run.out());
        assertTrue(run.err().contains("database"), run.err());
    }
}
