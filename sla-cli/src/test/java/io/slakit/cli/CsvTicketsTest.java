package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tickets.csv and deliveries.csv beside resources.csv, mirroring a month file's {@code tickets} and {@code deliveries}, and the
 * fleet path's statement that it does not cover them.
 */
class CsvTicketsTest {
    private static String example(String name) {
        return ReadmeExamplesTest.repositoryRoot().resolve("examples/" + name).toString();
    }

    private static MainTest.Run emergency(Path resources, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", resources.toString(), "--product", "emergency-response-service",
                "--month", "2025-04"));
        args.addAll(List.of(more));
        return MainTest.run(args.toArray(String[]::new));
    }

    /**
     * Emergency response (002:21775), service hours 10:00-12:00 and 14:00-17:00 on working days, respond within 1 service hour
     * (2.1, 21836-21840). T-1 opened Wednesday 2025-04-02 11:30: 30 minutes to 12:00, 30 from 14:00, deadline 14:30, answered
     * 14:30: on time. T-2 the same on Thursday, answered 14:31: 1 service minute late. A late response: 30 % of 1000.00 (21937).
     */
    @Test
    void ticketsCsvIsReadLikeTheMonthFilesTickets(@TempDir Path dir) throws IOException {
        MainTest.Run csv = emergency(Path.of(example("tickets/resources.csv")));
        assertEquals(Main.OK, csv.code(), csv.err());
        assertTrue(csv.out().contains("svc-1               1000.00     50.000000% (response-time)      -         0         response-time"
                + "               30       300.00\n    late (response-time): T-2 responded 1 service minutes late (deadline 2025-04-03T06:30:00Z;"),
                csv.out());
        Path json = dir.resolve("month.json");
        Files.writeString(json, """
                {"product": "emergency-response-service", "month": "2025-04", "resources": [{"id": "svc-1", "fee": "1000.00", "tickets": [
                  {"id": "T-1", "kind": "emergency-response", "opened": "2025-04-02T11:30:00+08:00", "responded": "2025-04-02T14:30:00+08:00"},
                  {"id": "T-2", "kind": "emergency-response", "opened": "2025-04-03T11:30:00+08:00", "responded": "2025-04-03T14:31:00+08:00",
                   "delivered": null}]}]}
                """);
        assertEquals(MainTest.run("evaluate", json.toString()).out(), csv.out());
        assertEquals(MainTest.run("evaluate", json.toString(), "--format", "json").out(), emergency(Path.of(example("tickets/resources.csv")),
                "--format", "json").out());
    }

    /** SMS (seed line in MessageDeliveryTest): 8800 delivered + 300 excluded of 10000 = 91 % -> [90, 95) 10 % of 1000.00 = 100 / 0.045 = 2222 messages. */
    @Test
    void deliveriesCsvIsReadLikeTheMonthFilesDeliveries() {
        MainTest.Run run = MainTest.run("evaluate", example("deliveries/resources.csv"), "--product", "sms", "--month", "2024-04");
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.out().contains("app-1               1000.00     91.000000% (availability)       -         0         availability"
                + "                -        0.00  2222\n"), run.out());
        assertTrue(run.out().contains("TOTAL 1 resource(s): credit 0.00 CNY, 2222 SMS messages (free-usage)"), run.out());
    }

    private static Path files(Path dir, String tickets) throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "id,fee\nsvc-1,1000.00\n");
        Files.writeString(dir.resolve("tickets.csv"), tickets);
        return dir.resolve("resources.csv");
    }

    private static final String HEAD = "resource,id,kind,severity,opened,responded,delivered\n";

    @Test
    void badTicketsAreErrorsNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
        MainTest.Run before = emergency(files(dir, HEAD + "svc-1,T-1,emergency-response,,2025-04-02T11:30:00+08:00,2025-04-02T11:29:00+08:00,\n"));
        assertEquals(Main.BAD_INPUT, before.code());
        assertEquals("slakit: tickets.csv line 2.responded: \"2025-04-02T03:29:00Z\" is before opened \"2025-04-02T03:30:00Z\"\n", before.err());

        MainTest.Run kind = emergency(files(dir, HEAD + "svc-1,T-1,emergency-response,,2025-04-02T11:30:00+08:00,,\n"
                + "svc-1,T-2,pentest,,2025-04-02T11:30:00+08:00,,\n"));
        assertEquals(Main.BAD_INPUT, kind.code());
        assertTrue(kind.err().startsWith("slakit: tickets.csv line 3.kind: \"pentest\" is not a kind"), kind.err());

        MainTest.Run column = emergency(files(dir, "resource,id,kind,opened,colour\nsvc-1,T-1,emergency-response,2025-04-02T11:30:00+08:00,red\n"));
        assertEquals(Main.BAD_INPUT, column.code());
        assertTrue(column.err().startsWith("slakit: tickets.csv column 5: \"colour\" is not a column of this file"), column.err());

        MainTest.Run stranger = emergency(files(dir, HEAD + "svc-9,T-1,emergency-response,,2025-04-02T11:30:00+08:00,,\n"));
        assertEquals("slakit: tickets.csv.resource: \"svc-9\" names no resource of resources.csv\n", stranger.err().lines()
                .filter(l -> l.startsWith("slakit:")).findFirst().orElseThrow() + "\n");

        // a product that checks no deadlines rejects them by name, as it does in a month file
        MainTest.Run cvm = MainTest.run("evaluate", files(dir, HEAD + "svc-1,T-1,emergency-response,,2024-04-02T11:30:00+08:00,,\n").toString(),
                "--product", "cvm", "--month", "2024-04");
        assertEquals(Main.BAD_INPUT, cvm.code());
        assertTrue(cvm.err().endsWith("slakit: tickets.csv line 2.resource: \"1 ticket(s)\" were given, but cvm (edition standard) checks no "
                + "deadlines and reads no tickets\n"), cvm.err());
    }

    @Test
    void badDeliveriesAreErrorsNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "id,fee\napp-1,1000.00\n");
        Path deliveries = dir.resolve("deliveries.csv");
        String[] run = {"evaluate", dir.resolve("resources.csv").toString(), "--product", "sms", "--month", "2024-04"};
        Files.writeString(deliveries, "resource,sent,delivered\napp-1,100,101\n");
        assertEquals("slakit: deliveries.csv line 2.delivered: \"101\" is greater than sent \"100\": a message is delivered at most once\n",
                MainTest.run(run).err());
        Files.writeString(deliveries, "resource,sent,delivered,excluded\napp-1,100,90,harassment\n");
        assertTrue(MainTest.run(run).err().startsWith("slakit: deliveries.csv line 2.excluded: \"harassment\" is not clause=count pairs"));
        Files.writeString(deliveries, "resource,sent,delivered,excluded\napp-1,100,90,no-such-clause=5\n");
        MainTest.Run unknown = MainTest.run(run);
        assertEquals(Main.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("slakit: deliveries.csv line 2.excluded.no-such-clause"), unknown.err());
        Files.writeString(deliveries, "resource,sent,delivered\napp-1,100,90\napp-1,100,90\n");
        assertTrue(MainTest.run(run).err().startsWith("slakit: deliveries.csv line 3.resource: \"app-1\" appears twice"));
        Files.writeString(deliveries, "resource,sent,delivered,recipients\napp-1,100,90,5\n");
        assertTrue(MainTest.run(run).err().startsWith("slakit: deliveries.csv column 4: \"recipients\" is not a column"));
        // a product without a delivery ratio rejects them by name
        Files.writeString(deliveries, "resource,sent,delivered\napp-1,100,90\n");
        MainTest.Run cvm = MainTest.run("evaluate", dir.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-04");
        assertTrue(cvm.err().endsWith("slakit: deliveries.csv line 2.resource: \"sent 100, delivered 90\" were given, but cvm (edition standard) measures no delivery ratio\n"), cvm.err());
    }

    /** The fleet path covers none of the new rules: it says so on standard error, and the engine's report is the same as from JSON. */
    @Test
    void theFleetPathSaysWhatItDoesNotCover(@TempDir Path dir) throws IOException {
        MainTest.Run csv = emergency(Path.of(example("tickets/resources.csv")), "--format", "csv");
        assertEquals(Main.OK, csv.code(), csv.err());
        assertTrue(csv.err().startsWith("slakit: the fleet path does not cover this month (tickets.csv is given: the fleet path reads no "
                + "tickets or delivery counts); the engine answered instead, with the same output\n"), csv.err());
        assertEquals("id,fee,credit,response-time.unavailable_minutes,response-time.availability,response-time.tier,response-time.late_items\n"
                + "svc-1,1000.00,300.00,,50.000000,no tier,1\n", csv.out());

        // CME's service year (a rule the fleet path does not compile) named by its rule
        Files.writeString(dir.resolve("resources.csv"), "id,fee\np-1,1000.00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end\np-1,2025-09-10T10:00:00+08:00,2025-09-10T15:00:00+08:00\n");
        MainTest.Run cme = MainTest.run("evaluate", dir.resolve("resources.csv").toString(), "--product", "cme", "--month", "2025-09",
                "--format", "csv");
        assertEquals(Main.OK, cme.code(), cme.err());
        assertTrue(cme.err().startsWith("slakit: the fleet path does not cover this month (cme (edition standard): metric availability is "
                + "measured by service-year-minutes, which does not compile into a fleet kernel for 2025-09 in Asia/Shanghai); the engine "
                + "answered instead, with the same output\n"), cme.err());
        Files.writeString(dir.resolve("month.json"), "{\"product\": \"cme\", \"month\": \"2025-09\", \"resources\": [{\"id\": \"p-1\", "
                + "\"fee\": \"1000.00\", \"incidents\": [{\"start\": \"2025-09-10T10:00:00+08:00\", \"end\": \"2025-09-10T15:00:00+08:00\"}]}]}");
        assertEquals(MainTest.run("evaluate", dir.resolve("month.json").toString(), "--format", "csv").out(), cme.out());

        // a month file with tickets for a product the plan compiles (CVM) goes to the engine, which rejects them by name
        Files.writeString(dir.resolve("cvm.json"), "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"i-1\", \"fee\": \"1.00\", "
                + "\"tickets\": [{\"id\": \"T-1\", \"kind\": \"x\", \"opened\": \"2024-04-02T11:30:00+08:00\"}]}]}");
        MainTest.Run cvm = MainTest.run("evaluate", dir.resolve("cvm.json").toString(), "--format", "csv");
        assertEquals(Main.BAD_INPUT, cvm.code());
        assertTrue(cvm.err().endsWith("resources[0].tickets: \"1 ticket(s)\" were given, but cvm (edition standard) checks no deadlines and "
                + "reads no tickets\n"), cvm.err());
    }
}
