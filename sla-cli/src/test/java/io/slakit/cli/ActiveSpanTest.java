package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outages outside the resource's active span on its first or last day (issue 26: they were credited,
 * because the service month is cut by whole days) are bad input; inside the span they count.
 */
class ActiveSpanTest {
    @TempDir
    Path dir;

    private MainTest.Run month(String resource) throws IOException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [" + resource + "]}");
        return run("evaluate", file.toString());
    }

    @Test
    void anOutageBeforeActivationOnTheSameDayIsRefused() throws IOException {
        MainTest.Run r = month("{\"id\": \"a\", \"fee\": \"100.00\", \"activeFrom\": \"2024-04-11T09:30:00+08:00\", "
                + "\"incidents\": [{\"start\": \"2024-04-11T08:00:00+08:00\", \"end\": \"2024-04-11T09:00:00+08:00\"}]}");
        assertEquals(2, r.code(), r.err());
        assertEquals("slakit: resources[0].incidents[0].start: \"2024-04-11T00:00:00Z\" is before the resource's activeFrom "
                + "\"2024-04-11T01:30:00Z\": an outage before activation is not the service's (start it at activeFrom, or leave it out)", r.err().strip());
    }

    @Test
    void anOutageStraddlingActivationIsRefusedToo() throws IOException {
        MainTest.Run r = month("{\"id\": \"a\", \"fee\": \"100.00\", \"activeFrom\": \"2024-04-11T09:30:00+08:00\", "
                + "\"incidents\": [{\"start\": \"2024-04-11T09:00:00+08:00\", \"end\": \"2024-04-11T10:00:00+08:00\"}]}");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("incidents[0].start") && r.err().contains("before the resource's activeFrom"), r.err());
    }

    @Test
    void anOutageAfterTerminationOnTheSameDayIsRefused() throws IOException {
        MainTest.Run r = month("{\"id\": \"a\", \"fee\": \"100.00\", \"activeUntil\": \"2024-04-20T12:00:00+08:00\", "
                + "\"incidents\": [{\"start\": \"2024-04-20T13:00:00+08:00\", \"end\": \"2024-04-20T14:00:00+08:00\"}]}");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("incidents[0].end") && r.err().contains("after the resource's activeUntil \"2024-04-20T04:00:00Z\""), r.err());
    }

    @Test
    void anOutageInsideTheSpanOnTheActivationDayCounts() throws IOException {
        // Active from April 11 09:30 (Beijing): the partial month is April 11-30, 20 days, 28,800 minutes; 60 minutes down
        // from 10:00 is 99.791667 %, under 99.975 %: 10 % of 100.00.
        MainTest.Run r = month("{\"id\": \"a\", \"fee\": \"100.00\", \"activeFrom\": \"2024-04-11T09:30:00+08:00\", "
                + "\"incidents\": [{\"start\": \"2024-04-11T10:00:00+08:00\", \"end\": \"2024-04-11T11:00:00+08:00\"}]}");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("99.791667%") && r.out().contains("credit 10.00 CNY"), r.out());
    }
}
