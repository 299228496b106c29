package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV pair evaluated through the fleet path gives the engine's rows: the same files with an
 * extra (empty) resource column take the engine path, so both are compared row for row.
 */
class FleetCsvTest {
    // May 2024 in Shanghai: [2024-04-30T16:00Z, 2024-05-31T16:00Z).
    private static final Instant MAY = Instant.parse("2024-04-30T16:00:00Z");
    private static final long MAY_SECONDS = 31L * 86_400;

    @TempDir
    Path dir;

    /** Writes W1-like files: ids shuffled against the incidents when {@code grouped} is false. */
    private Path incidentFiles(long seed, int resources, boolean grouped, boolean engineColumn) throws IOException {
        Random random = new Random(seed);
        List<String> resourceRows = new ArrayList<>();
        List<List<String>> incidentRows = new ArrayList<>();
        String[] codes = {"force-majeure", "third-party-network", ""};
        for (int r = 0; r < resources; r++) {
            String id = "ins-" + r;
            // One fee in 50 is written with a third decimal, a zero (12.340 is 12.34, in whole minor units).
            String fee = random.nextInt(50) == 0 ? "12.340" : (random.nextInt(100_000) / 100) + "." + String.format("%02d", random.nextInt(100));
            resourceRows.add(id + "," + fee + (engineColumn ? "," : ""));
            List<String> rows = new ArrayList<>();
            int n = random.nextInt(8);
            long previous = random.nextInt((int) MAY_SECONDS);
            for (int i = 0; i < n; i++) {
                long start = switch (random.nextInt(4)) {
                    case 0 -> Math.min(previous, MAY_SECONDS - 1); // touches the last (kept inside the month)
                    case 1 -> -random.nextInt(300);             // crosses the month's start
                    default -> random.nextInt((int) MAY_SECONDS - 1);
                };
                long length = random.nextInt(3) == 0 ? 55 + random.nextInt(10) : 1 + random.nextInt(20_000);
                length += Math.max(0, -start); // an incident crossing the month's start still reaches into it
                String code = random.nextInt(12) == 0 ? codes[random.nextInt(2)] : "";
                rows.add(id + "," + MAY.plusSeconds(start) + "," + MAY.plusSeconds(start + length) + "," + code);
                previous = start + length;
            }
            incidentRows.add(rows);
        }
        Path sub = Files.createDirectories(dir.resolve("w1-" + seed + "-" + grouped + "-" + engineColumn));
        Files.write(sub.resolve("resources.csv"), prepend(engineColumn ? "id,fee,region" : "id,fee", resourceRows));
        List<String> incidents = new ArrayList<>();
        incidentRows.forEach(incidents::addAll);
        if (!grouped) {
            Collections.shuffle(incidents, random);
        }
        Files.write(sub.resolve("incidents.csv"), prepend("resource,start,end,exclusion", incidents));
        return sub.resolve("resources.csv");
    }

    private static List<String> prepend(String header, List<String> rows) {
        List<String> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static List<String> sortedRows(String csv) {
        List<String> rows = new ArrayList<>(csv.lines().toList());
        Collections.sort(rows);
        return rows;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void incidentsThroughTheFleetPathMatchTheEngine(long seed) throws IOException {
        int resources = 4_000;
        MainTest.Run engine = run("evaluate", incidentFiles(seed, resources, true, true).toString(), "--product", "cvm", "--month", "2024-05",
                "--format", "csv");
        assertEquals(0, engine.code(), engine.err());
        MainTest.Run grouped = run("evaluate", incidentFiles(seed, resources, true, false).toString(), "--product", "cvm", "--month",
                "2024-05", "--format", "csv", "--grouped");
        MainTest.Run anyOrder = run("evaluate", incidentFiles(seed, resources, false, false).toString(), "--product", "cvm", "--month",
                "2024-05", "--format", "csv");
        // About 1.1 MB of incidents: --partition-mib 1 spills them to two partitions.
        MainTest.Run spilled = run("evaluate", incidentFiles(seed, resources, false, false).toString(), "--product", "cvm", "--month",
                "2024-05", "--format", "csv", "--partition-mib", "1");
        for (MainTest.Run fleet : List.of(grouped, anyOrder, spilled)) {
            assertEquals(0, fleet.code(), fleet.err());
            assertEquals(sortedRows(engine.out()), sortedRows(fleet.out()));
            assertEquals(engine.err(), fleet.err());
        }
        assertEquals(resources + 1, engine.out().lines().count());
        assertTrue(engine.err().contains("4,000 resources evaluated"), engine.err());
    }

    @Test
    void windowsThroughTheFleetPathMatchTheEngine() throws IOException {
        Random random = new Random(7);
        StringBuilder windows = new StringBuilder("resource,start,total,failed\n");
        for (int d = 0; d < 4; d++) {
            boolean burst = false;
            for (int k = 0; k < 31 * 288; k++) {
                if (random.nextInt(40) == 0) {
                    continue;
                }
                burst = burst ? random.nextInt(3) != 0 : random.nextInt(200) == 0;
                int total = random.nextInt(30) == 0 ? 0 : 1 + random.nextInt(20_000);
                int failed = burst ? random.nextInt(total / 100 + 1) : (random.nextInt(50) == 0 ? total / 2000 : 0);
                windows.append("d").append(d).append(',').append(MAY.plusSeconds(300L * k)).append(',').append(total).append(',')
                        .append(failed).append('\n');
            }
        }
        Path fleetDir = Files.createDirectories(dir.resolve("fleet"));
        Path engineDir = Files.createDirectories(dir.resolve("engine"));
        Files.writeString(fleetDir.resolve("resources.csv"), "id,fee\nd0,100.00\nd1,2000.50\nd2,0.10\nd3,77.77\n");
        Files.writeString(engineDir.resolve("resources.csv"), "id,fee,zone\nd0,100.00,\nd1,2000.50,\nd2,0.10,\nd3,77.77,\n");
        Files.writeString(fleetDir.resolve("windows.csv"), windows);
        Files.writeString(engineDir.resolve("windows.csv"), windows);
        MainTest.Run engine = run("evaluate", engineDir.resolve("resources.csv").toString(), "--product", "cdn", "--month", "2024-05",
                "--format", "csv");
        MainTest.Run fleet = run("evaluate", fleetDir.resolve("resources.csv").toString(), "--product", "cdn", "--month", "2024-05",
                "--format", "csv", "--grouped");
        assertEquals(0, engine.code(), engine.err());
        assertEquals(0, fleet.code(), fleet.err());
        assertEquals(engine.out(), fleet.out());
        assertEquals(engine.err(), fleet.err());
        assertEquals(5, fleet.out().lines().count());
    }

    @Test
    void theCsvReportHasOneRowPerResourceWithTheContractsNumbers() throws IOException {
        // CVM, May 2024 (44,640 minutes): 12 minutes down -> 44,628 / 44,640 = 99.973118...% < 99.975% -> 10% of 1,000.00 = 100.00.
        Path sub = Files.createDirectories(dir.resolve("one"));
        Files.writeString(sub.resolve("resources.csv"), "id,fee\ni-1,1000.00\ni-2,50.00\n");
        Files.writeString(sub.resolve("incidents.csv"), "resource,start,end,exclusion\n"
                + "i-1,2024-05-03T10:00:00+08:00,2024-05-03T10:11:01+08:00,\n"   // 11m01s -> 12 minutes
                + "i-2,2024-05-03T10:00:00+08:00,2024-05-03T11:00:00+08:00,force-majeure\n");
        MainTest.Run r = run("evaluate", sub.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("id,fee,credit,single-instance.unavailable_minutes,single-instance.availability,single-instance.tier,"
                + "multi-az.unavailable_minutes,multi-az.availability,multi-az.tier,durability.unavailable_minutes,durability.availability,"
                + "durability.tier", lines.get(0));
        // 44,628 x 100 / 44,640 = 99.97311827...: 99.973118 to six places.
        assertEquals("i-1,1000.00,100.00,12,99.973118,\"[99, 99.975)\",,,,,,", lines.get(1));
        assertEquals("i-2,50.00,0.00,0,100.000000,met,,,,,,", lines.get(2));
        assertTrue(r.err().contains("2 resources evaluated, 1 missed a commitment, total credit 100.00 CNY"), r.err());
    }

    @Test
    void groupedInputOutOfOrderIsReportedByLine() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("order"));
        Files.writeString(sub.resolve("resources.csv"), "id,fee\na,1.00\nb,1.00\n");
        Files.writeString(sub.resolve("incidents.csv"), "resource,start,end\nb,2024-05-03T10:00:00Z,2024-05-03T11:00:00Z\n"
                + "a,2024-05-03T10:00:00Z,2024-05-03T11:00:00Z\n");
        MainTest.Run r = run("evaluate", sub.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv",
                "--grouped");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("incidents.csv line 3") && r.err().contains("\"a\"") && r.err().contains("order"), r.err());
        // Without --grouped the same files are fine.
        assertEquals(0, run("evaluate", sub.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-05", "--format",
                "csv").code());
    }

    @Test
    void anIncidentOutsideTheMonthNamesItsLine() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(sub.resolve("resources.csv"), "id,fee\na,1.00\n");
        Files.writeString(sub.resolve("incidents.csv"), "resource,start,end\na,2024-05-03T10:00:00Z,2024-05-03T11:00:00Z\n"
                + "a,2024-06-03T10:00:00Z,2024-06-03T11:00:00Z\n");
        for (String mode : List.of("--grouped", "--partition-mib=16")) {
            MainTest.Run r = run("evaluate", sub.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-05", "--format",
                    "csv", mode);
            assertEquals(2, r.code());
            assertTrue(r.err().contains("incidents.csv line 3.start") && r.err().contains("wholly outside the service month"), r.err());
        }
    }

    @Test
    void groupedInputOnSeveralThreadsWritesTheSameReport() throws IOException {
        // 6,000 resources make an incidents file of about 1.7 MB: above the 1 MiB where parts start.
        Path resources = incidentFiles(4, 6_000, true, false);
        assertTrue(Files.size(resources.resolveSibling("incidents.csv")) > FleetCsvEvaluation.PARALLEL_FROM_BYTES);
        Path one = dir.resolve("one.csv");
        Path three = dir.resolve("three.csv");
        MainTest.Run single = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv", "--grouped",
                "--threads", "1", "--out", one.toString());
        MainTest.Run parallel = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv", "--grouped",
                "--threads", "3", "--out", three.toString());
        assertEquals(0, single.code(), single.err());
        assertEquals(0, parallel.code(), parallel.err());
        assertEquals(Files.readString(one), Files.readString(three));
        assertEquals(single.err(), parallel.err());
        assertEquals(6_001, Files.readAllLines(three).size());
    }

    @Test
    void aBrokenOrderFoundByAPartIsReportedByLineAsOnOneThread() throws IOException {
        Path resources = incidentFiles(5, 6_000, true, false);
        Path incidents = resources.resolveSibling("incidents.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(incidents));
        // Move one of ins-10's rows near the end: the order is broken far from where the first part ends.
        int moved = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("ins-10,")) {
                moved = i;
                break;
            }
        }
        String row = lines.remove(moved);
        lines.add(lines.size() - 3, row);
        Files.write(incidents, lines);
        MainTest.Run r = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv", "--grouped",
                "--threads", "2", "--out", dir.resolve("broken.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("incidents.csv line " + (lines.size() - 3)) && r.err().contains("\"ins-10\""), r.err());
    }

    @Test
    void oddButValidFilesReadAsTheEngineReadsThem() throws IOException {
        // A BOM, CRLF line ends, blank lines, padded and quoted cells, an offset instead of Z, no final newline.
        String resources = "\uFEFFid , fee\r\n\r\n\"ins,1\", 1000.00\r\n ins-2 ,\"50.5\"\r\nins-3,7";
        String incidents = "resource,start,end,exclusion\r\n\"ins,1\",2024-05-03T10:00:00+08:00,2024-05-03T10:11:01+08:00,\r\n"
                + "\r\n ins-2 , 2024-05-03T02:00:00Z , 2024-05-03T03:00:00.5Z , force-majeure \r\n"
                + "ins-2,2024-05-03T02:30:00Z,2024-05-03T04:00:00Z,";
        for (boolean engineColumn : new boolean[] {false, true}) {
            Path sub = Files.createDirectories(dir.resolve("odd-" + engineColumn));
            Files.writeString(sub.resolve("resources.csv"), engineColumn ? resources.replace("id , fee", "id , fee,zone") : resources);
            Files.writeString(sub.resolve("incidents.csv"), incidents);
        }
        MainTest.Run fleet = run("evaluate", dir.resolve("odd-false/resources.csv").toString(), "--product", "cvm", "--month", "2024-05",
                "--format", "csv", "--grouped");
        MainTest.Run engine = run("evaluate", dir.resolve("odd-true/resources.csv").toString(), "--product", "cvm", "--month", "2024-05",
                "--format", "csv");
        assertEquals(0, fleet.code(), fleet.err());
        assertEquals(0, engine.code(), engine.err());
        assertEquals(engine.out(), fleet.out());
        // ins,1: 11m01s -> 12 minutes, 10% of 1,000.00; ins-2: 02:00-03:00:00.5 excluded, 03:00:00.5-04:00 -> 59m59.5s -> 60 minutes
        // (44,580 / 44,640 = 99.8656% -> 10% of 50.50 = 5.05); ins-3: nothing.
        assertTrue(fleet.out().contains("\"ins,1\",1000.00,100.00,12,"), fleet.out());
        assertTrue(fleet.out().contains("ins-2,50.50,5.05,60,"), fleet.out());
        assertTrue(fleet.out().contains("ins-3,7.00,0.00,0,100.000000,met"), fleet.out());
    }

    @Test
    void malformedRowsAreBadInputNamingFileLineAndField() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(sub.resolve("resources.csv"), "id,fee\na,1.00\nb,ten\n");
        Files.writeString(sub.resolve("incidents.csv"), "resource,start,end\na,2024-05-03T10:00:00Z,2024-05-03T09:00:00Z\n");
        MainTest.Run r = run("evaluate", sub.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv",
                "--grouped");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("incidents.csv line 2.end") && r.err().contains("is before start"), r.err());
        Files.writeString(sub.resolve("incidents.csv"), "resource,start,end\na,2024-05-03T10:00:00Z,2024-05-03T11:00:00Z\n");
        r = run("evaluate", sub.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv", "--grouped");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("resources.csv line 3.fee") && r.err().contains("\"ten\""), r.err());
        Files.writeString(sub.resolve("incidents.csv"), "resource,begin,end\na,2024-05-03T10:00:00Z,2024-05-03T11:00:00Z\n");
        r = run("evaluate", sub.resolve("resources.csv").toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("has no column \"start\""), r.err());
    }

    @Test
    void partitionsJoinedOnSeveralThreadsWriteTheSameReportAndTheSameError() throws IOException {
        Path resources = incidentFiles(6, 6_000, false, false);
        Path one = dir.resolve("any-one.csv");
        Path three = dir.resolve("any-three.csv");
        // About 1.7 MB of incidents in 1 MiB partitions: two partitions.
        assertTrue(Files.size(resources.resolveSibling("incidents.csv")) > (1 << 20));
        MainTest.Run single = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv",
                "--partition-mib", "1", "--threads", "1", "--out", one.toString());
        MainTest.Run parallel = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv",
                "--partition-mib", "1", "--threads", "3", "--out", three.toString());
        assertEquals(0, single.code(), single.err());
        assertEquals(0, parallel.code(), parallel.err());
        assertEquals(Files.readString(one), Files.readString(three));
        assertEquals(single.err(), parallel.err());
        // An incident outside the month near the end of the file: both name the same line.
        Path incidents = resources.resolveSibling("incidents.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(incidents));
        lines.add(lines.size() - 5, "ins-7,2024-07-01T00:00:00Z,2024-07-01T01:00:00Z,");
        Files.write(incidents, lines);
        MainTest.Run badOne = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv",
                "--partition-mib", "1", "--threads", "1", "--out", one.toString());
        MainTest.Run badThree = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-05", "--format", "csv",
                "--partition-mib", "1", "--threads", "3", "--out", three.toString());
        assertEquals(2, badThree.code(), badThree.err());
        assertEquals(badOne.err(), badThree.err());
        assertTrue(badThree.err().contains("incidents.csv line " + (lines.size() - 5) + ".start"), badThree.err());
    }
}
