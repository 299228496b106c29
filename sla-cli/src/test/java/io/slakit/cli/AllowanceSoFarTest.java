package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code allowance --so-far}: a month in progress, with every figure worked out by hand from the texts. */
class AllowanceSoFarTest {
    private static final String CVM = """
            {"product": "cvm", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
              {"id": "ins-1", "fee": "1000.00",
               "incidents": [{"start": "2024-04-05T10:00:00+08:00", "end": "2024-04-05T10:03:10+08:00", "exclusion": null},
                             {"start": "2024-04-08T02:00:00+08:00", "end": "2024-04-08T03:00:00+08:00", "exclusion": EXCLUSION}]}]}
            """;

    private static Path file(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void cvmMinutesUsedAndLeft(@TempDir Path dir) throws IOException {
        // April 2024: 30 x 1440 = 43200 minutes; as of April 15 00:00 +08:00, 14 x 1440 = 20160 have gone.
        // 10:00:00-10:03:10 is 3 min 10 s, counted as 4 minutes (partial minutes round up, 002:1318); the force-majeure hour
        // (clause 5.8) uses nothing. 99.975% allows 43200 x 0.025% = 10.8 minutes (002:1470): 10.8 - 4 = 6.8 left.
        // 99% (the [95, 99) tier's upper bound) allows 432: 428 left; 95% allows 2160: 2156 left. Nothing is owed yet.
        Path so = file(dir, "so-far.json", CVM.replace("EXCLUSION", "\"force-majeure\""));
        MainTest.Run r = run("allowance", "cvm", "--month", "2024-04", "--so-far", so.toString(), "--as-of", "2024-04-15T00:00:00+08:00");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                cvm 2024-04 (version 2024-02-01, edition standard) so far, as of 2024-04-15T00:00+08:00: 20160 of the month's 43200 minutes gone

                ins-1: credit owed if nothing more happens: 0.00 CNY
                  single-instance (单实例服务可用性): 4 minutes used so far of the service month's 43200 minutes (60 minutes excluded use none)
                    before missing 99.975%, [99, 99.975): 10%   6.8 minutes left (allows 10.8)
                    before [95, 99): 25%                        428 minutes left (allows 432)
                    before [0, 95): 100%                        2156 minutes left (allows 2160)
                  note: multi-az not evaluated: the resource names no region and zone.
                  note: durability not evaluated: no durability counts were given.

                TOTAL 1 resource(s): credit owed if nothing more happens 0.00 CNY (voucher)
                """, r.out());
    }

    @Test
    void theSameHourNotExcludedUsesTheAllowance(@TempDir Path dir) throws IOException {
        // Control: the hour attributed to the provider counts 60 more minutes: 64 used, 53.2 over the 10.8 the commitment
        // allows, so [99, 99.975) is reached and 10% of 1000.00 = 100.00 is owed; 432 - 64 = 368 left before [95, 99).
        Path so = file(dir, "so-far.json", CVM.replace("EXCLUSION", "null"));
        MainTest.Run r = run("allowance", "cvm", "--month", "2024-04", "--so-far", so.toString(), "--as-of", "2024-04-15T00:00:00+08:00");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                ins-1: credit owed if nothing more happens: 100.00 CNY
                  single-instance (单实例服务可用性): 64 minutes used so far of the service month's 43200 minutes
                    before missing 99.975%, [99, 99.975): 10%   reached (53.2 over) (allows 10.8)
                    before [95, 99): 25%                        368 minutes left (allows 432)
                    before [0, 95): 100%                        2096 minutes left (allows 2160)
                """), r.out());
    }

    @Test
    void scfCountsBadWindows(@TempDir Path dir) throws IOException {
        // SCF: a 5-minute window is bad when its error rate is above 5% (002:3800-3808). 60/1000 = 6% is bad; 50/1000 = 5% is not
        // above 5%; 11/200 = 5.5% is bad; the window of 22:00 failed wholly but overlaps announced maintenance (4.1): not counted.
        // 2 bad windows. 99.95% allows 21.6 minutes: 4 whole windows (20 <= 21.6), 2 left; 99% allows 432: 86 windows (430), 84
        // left; 95% allows 2160: 432 windows, 430 left.
        Path so = file(dir, "scf.json", """
                {"product": "scf", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
                  {"id": "fn-1", "fee": "500.00",
                   "windows": [{"start": "2024-04-03T10:00:00+08:00", "total": 1000, "failed": 60},
                               {"start": "2024-04-03T10:05:00+08:00", "total": 1000, "failed": 50},
                               {"start": "2024-04-03T10:10:00+08:00", "total": 200, "failed": 11},
                               {"start": "2024-04-09T22:00:00+08:00", "total": 100, "failed": 100}],
                   "incidents": [{"start": "2024-04-09T22:00:00+08:00", "end": "2024-04-09T22:05:00+08:00",
                                  "exclusion": "announced-maintenance"}]}]}
                """);
        MainTest.Run r = run("allowance", "scf", "--month", "2024-04", "--so-far", so.toString(), "--as-of", "2024-04-10T00:00:00+08:00");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                scf 2024-04 (version 2020-08-10, edition standard) so far, as of 2024-04-10T00:00+08:00: 12960 of the month's 43200 minutes gone

                fn-1: credit owed if nothing more happens: 0.00 CNY
                  availability (服务可用性): 2 bad 5-minute windows used so far of the service month's 43200 minutes (5 minutes excluded use none)
                    before missing 99.95%, [99, 99.95): 10%     2 bad 5-minute windows left (allows 4)
                    before [95, 99): 25%                        84 bad 5-minute windows left (allows 86)
                    before [0, 95): 100%                        430 bad 5-minute windows left (allows 432)

                TOTAL 1 resource(s): credit owed if nothing more happens 0.00 CNY (voucher)
                """, r.out());
    }

    @Test
    void aRuleWithoutMinutesSaysSoAndNamesIt(@TempDir Path dir) throws IOException {
        // VSS: 1 - failed / all requests of the month (002:19432): 2 of 1000 failed is 99.8%, below 99.95%, at least 99%:
        // 10% of 300.00 = 30.00 owed if nothing more happens; there are no minutes to count down.
        Path so = file(dir, "vss.json", """
                {"product": "vss", "site": "cn", "month": "2024-06", "serviceStart": "2024-06-01", "currency": "CNY", "resources": [
                  {"id": "scan-1", "fee": "300.00", "windows": [{"start": "2024-06-03T00:00:00+08:00", "total": 1000, "failed": 2}]}]}
                """);
        MainTest.Run r = run("allowance", "vss", "--month", "2024-06", "--so-far", so.toString(), "--as-of", "2024-06-10T00:00:00+08:00");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                scan-1: credit owed if nothing more happens: 30.00 CNY
                  availability (服务可用性): the rule monthly-ratio has no allowance (Availability is 1 minus failed requests over all \
                requests of the month); availability so far 99.800000% against 99.95%
                """), r.out());
    }

    @Test
    void whatHasNotHappenedIsBadInput(@TempDir Path dir) throws IOException {
        Path so = file(dir, "so-far.json", CVM.replace("EXCLUSION", "null"));
        // The force-majeure hour ends April 8 03:00, after an as-of of April 8 02:30.
        MainTest.Run future = run("allowance", "cvm", "--month", "2024-04", "--so-far", so.toString(), "--as-of", "2024-04-08T02:30:00+08:00");
        assertEquals(Main.BAD_INPUT, future.code());
        assertEquals("slakit: resources[0].incidents[1].end: \"2024-04-07T19:00:00Z\" is after --as-of 2024-04-07T18:30:00Z; a month so far "
                + "holds what has happened (end an ongoing outage at --as-of)\n", future.err());
        MainTest.Run other = run("allowance", "cvm", "--month", "2024-05", "--so-far", so.toString(), "--as-of", "2024-05-08T00:00:00+08:00");
        assertEquals(Main.BAD_INPUT, other.code());
        assertEquals("slakit: --so-far: \"" + so + "\" is a month file of cvm 2024-04, not cvm 2024-05\n", other.err());
        MainTest.Run outside = run("allowance", "cvm", "--month", "2024-04", "--so-far", so.toString(), "--as-of", "2024-05-08T00:00:00+08:00");
        assertEquals(Main.BAD_INPUT, outside.code());
        assertTrue(outside.err().startsWith("slakit: --as-of: \"2024-05-08T00:00:00+08:00\" is outside the month 2024-04"), outside.err());
        MainTest.Run alone = run("allowance", "cvm", "--month", "2024-04", "--as-of", "2024-04-08T00:00:00+08:00");
        assertEquals(Main.BAD_INPUT, alone.code());
        assertEquals("slakit: --as-of: \"2024-04-08T00:00:00+08:00\" applies with --so-far FILE only\n", alone.err());
        MainTest.Run noOffset = run("allowance", "cvm", "--month", "2024-04", "--so-far", so.toString(), "--as-of", "2024-04-08T00:00:00");
        assertEquals(Main.BAD_INPUT, noOffset.code());
        assertTrue(noOffset.err().contains("is not an instant with an offset"), noOffset.err());
    }

    @Test
    void decemberNeedsACalendarOfTheNextYearForItsClaimWindow(@TempDir Path dir) throws IOException {
        // December 2026's claim window is counted in 2027, which the shipped calendar does not know: the error names the year and
        // --calendar FILE, which allowance takes. December has 31 x 1440 = 44640 minutes: 99.975% allows 11.16, 4 used, 7.16 left.
        Path so = file(dir, "dec.json", CVM.replace("EXCLUSION", "\"force-majeure\"").replace("2024-04", "2026-12"));
        MainTest.Run bare = run("allowance", "cvm", "--month", "2026-12", "--so-far", so.toString(), "--as-of", "2026-12-15T00:00:00+08:00");
        assertEquals(Main.BAD_INPUT, bare.code());
        assertTrue(bare.err().contains("\"2027-01-01\" is in 2027") && bare.err().endsWith("with --calendar FILE\n"), bare.err());
        Path calendar = file(dir, "2027.days", "name test 2026-2027\nyear 2026 test\nyear 2027 test\n");
        MainTest.Run r = run("allowance", "cvm", "--month", "2026-12", "--so-far", so.toString(), "--as-of", "2026-12-15T00:00:00+08:00",
                "--calendar", calendar.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    before missing 99.975%, [99, 99.975): 10%   7.16 minutes left (allows 11.16)\n"), r.out());
    }

    @Test
    void withoutSoFarTheOutputIsUnchanged() {
        MainTest.Run r = run("allowance", "cvm", "--month", "2024-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("meets the commitment 99.975%                up to 10.8 minutes down"), r.out());
    }
}
