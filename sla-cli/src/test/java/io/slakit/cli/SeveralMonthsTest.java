package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code slakit evaluate} with several months: CVM (002:1285) March to May 2024, ins-1 at 100.00 a month with a 1000.00 CBS fee.
 * March: 120 of 44,640 minutes down (99.731183 %) -> 10 % = 10.00; April: 120 of 43,200 (99.722222 %) -> 10.00; May: a lost
 * unit -> 100 % of the CBS fee (3.1(4), 1522) = 1000.00. The 12-month cap (6.1, 1581) in May: 300.00 of fees, 20.00 already
 * owed, so 280.00.
 */
class SeveralMonthsTest {
    private static String example(String name) {
        return ReadmeExamplesTest.repositoryRoot().resolve("examples/months/" + name).toString();
    }

    private static final String MARCH = example("cvm-2024-03.json");
    private static final String APRIL = example("cvm-2024-04.json");
    private static final String MAY = example("cvm-2024-05.json");

    @Test
    void theCapBitesInMonthThreeAndTheClaimsStandAsOfADay() {
        MainTest.Run run = MainTest.run("evaluate", MAY, MARCH, APRIL, "--as-of", "2024-06-01");
        assertEquals(Main.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        int across = lines.indexOf("ACROSS 3 MONTHS 2024-03..2024-05 (cvm, site cn, edition standard, CNY)");
        assertTrue(across > 0, run.out());
        assertEquals(List.of(
                "Liability cap: the credits of any 12 consecutive months never exceed the fees paid in them (all fees paid when the "
                        + "service was used 12 months or less) (002:1581).",
                "MONTH     FEES          CREDIT        CAP BASE      PAID BEFORE   OWED              CLAIM WINDOW (AS OF 2024-06-01)",
                // March opens after the 5th working day of April (Qingming Apr 4-6 off, Sunday Apr 7 worked): Apr 9; closes 60 days on.
                "2024-03   100.00        10.00         100.00        0.00          10.00             2024-04-09..2024-05-30 closed",
                "2024-04   100.00        10.00         200.00        10.00         10.00             2024-05-11..2024-06-29 open",
                "2024-05   100.00        1000.00       300.00        20.00         280.00 capped     2024-06-08..2024-07-30 not yet open",
                "TOTAL 3 month(s): owed 300.00 CNY.",
                "As of 2024-06-01: 1 month(s) can still be claimed (10.00 CNY): 2024-04 until 2024-06-29; 1 not yet open (280.00 CNY); "
                        + "1 closed, no longer claimable (10.00 CNY)."), lines.subList(across + 1, lines.size()));
        // each month first, as evaluate prints it alone (in month order, whatever the order given)
        String alone = MainTest.run("evaluate", MARCH).out() + "\n" + MainTest.run("evaluate", APRIL).out() + "\n"
                + MainTest.run("evaluate", MAY).out() + "\n";
        assertTrue(run.out().startsWith(alone), run.out());
    }

    @Test
    void aStreamOfMonthsIsTheSameAsTheFiles() {
        MainTest.Run files = MainTest.run("evaluate", MARCH, APRIL, MAY, "--format", "json");
        MainTest.Run stream = MainTest.run("evaluate", example("cvm-2024-03-05.jsonl"), "--format", "json");
        assertEquals(Main.OK, stream.code(), stream.err());
        assertEquals(files.out(), stream.out());
        assertTrue(stream.out().contains("\"totalOwed\" : \"300.00\""), stream.out());
        assertTrue(stream.out().contains("\"capBase\" : \"300.00\",\n    \"paidBefore\" : \"20.00\",\n    \"capped\" : true,\n    \"owed\" : \"280.00\""),
                stream.out());
        assertTrue(stream.out().contains("\"asOf\" : null"), stream.out());
    }

    @Test
    void oneMonthIsTheSingleMonthAnswer(@TempDir Path dir) throws IOException {
        Path line = dir.resolve("april.jsonl");
        Files.writeString(line, Files.readString(Path.of(APRIL)).replace("\n", "") + "\n", StandardCharsets.UTF_8);
        // The HTML report states when it was generated: both runs read one fixed clock.
        java.time.Clock previous = ReportClock.set(HtmlReportTest.MAY_20);
        try {
            for (String format : List.of("table", "json", "markdown", "csv", "html")) {
                MainTest.Run alone = MainTest.run("evaluate", APRIL, "--format", format);
                MainTest.Run streamed = MainTest.run("evaluate", line.toString(), "--format", format);
                assertEquals(Main.OK, streamed.code(), streamed.err());
                assertEquals(alone.out(), streamed.out(), format);
            }
        } finally {
            ReportClock.set(previous);
        }
    }

    @Test
    void badSeveralMonthsAreTypedErrorsNamingTheFile(@TempDir Path dir) throws IOException {
        MainTest.Run twice = MainTest.run("evaluate", MARCH, APRIL, MARCH);
        assertEquals(Main.BAD_INPUT, twice.code());
        assertEquals("slakit: " + MARCH + ".month: \"2024-03\" is given twice (also in " + MARCH + "): one input per month\n", twice.err());

        Path rtc = dir.resolve("other.json");
        Files.writeString(rtc, Files.readString(Path.of(APRIL)).replace("\"cvm\"", "\"cbs\""));
        MainTest.Run other = MainTest.run("evaluate", MARCH, rtc.toString());
        assertEquals(Main.BAD_INPUT, other.code());
        assertEquals("slakit: " + rtc + ".product: \"cbs\" differs from \"cvm\" in " + MARCH + ": several months are one product's\n", other.err());

        Path intl = dir.resolve("intl.json");
        Files.writeString(intl, Files.readString(Path.of(APRIL)).replace("\"cn\"", "\"intl\""));
        assertTrue(MainTest.run("evaluate", MARCH, intl.toString()).err().startsWith("slakit: " + intl + ".site: \"intl\" differs from \"cn\""));

        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, Files.readString(Path.of(APRIL)).replace("\"currency\"", "\"edition\": \"gold\", \"currency\""));
        MainTest.Run edition = MainTest.run("evaluate", MARCH, gold.toString());
        assertEquals("slakit: " + gold + ".edition: \"gold\" differs from no edition in " + MARCH + " (resource ins-1 would change "
                + "edition): several months are one edition's; evaluate each edition's months apart\n", edition.err());

        MainTest.Run markdown = MainTest.run("evaluate", MARCH, APRIL, "--format", "markdown");
        assertEquals(Main.BAD_INPUT, markdown.code());
        assertEquals("slakit: --format: \"markdown\" writes one month; several months (or --as-of) are written as table or json\n", markdown.err());
        for (String format : List.of("html", "csv")) {
            assertEquals(Main.BAD_INPUT, MainTest.run("evaluate", MARCH, APRIL, "--format", format).code(), format);
        }

        Path resources = dir.resolve("resources.jsonl");
        Files.writeString(resources, "{\"product\": \"cvm\", \"month\": \"2024-04\"}\n{\"id\": \"ins-1\", \"fee\": \"100.00\"}\n");
        MainTest.Run lines = MainTest.run("evaluate", MARCH, resources.toString());
        assertEquals(Main.BAD_INPUT, lines.code());
        assertTrue(lines.err().startsWith("slakit: FILE: \"" + resources + "\" is JSON Lines of one month's resources"), lines.err());

        MainTest.Run csv = MainTest.run("evaluate", MARCH, dir.resolve("resources.csv").toString());
        assertEquals(Main.BAD_INPUT, csv.code());

        MainTest.Run badDay = MainTest.run("evaluate", MARCH, "--as-of", "2024-13-01");
        assertEquals(Main.BAD_INPUT, badDay.code());
        assertTrue(badDay.err().startsWith("slakit: --as-of"), badDay.err());

        Path brokenLine = dir.resolve("months.jsonl");
        Files.writeString(brokenLine, Files.readString(Path.of(example("cvm-2024-03-05.jsonl"))).replace("\"fee\": \"100.00\", \"fees\": {\"cbs\": \"1000.00\"}, \"durability\"",
                "\"fee\": \"-1\", \"durability\""));
        MainTest.Run broken = MainTest.run("evaluate", brokenLine.toString());
        assertEquals(Main.BAD_INPUT, broken.code());
        assertTrue(broken.err().startsWith("slakit: months.jsonl line 3.resources[0].fee"), broken.err());
    }

    /** A CME month (002:15517) at 1000.00 with {@code minutes} of outage from 10:00 on the 10th, and optional prior incidents. */
    private static String cme(String month, int minutes, String prior) {
        String start = month + "-10T10:00:00+08:00";
        String end = java.time.OffsetDateTime.parse(start).plusMinutes(minutes).toString();
        return "{\"product\": \"cme\", \"month\": \"" + month + "\", \"resources\": [{\"id\": \"p-1\", \"fee\": \"1000.00\", "
                + "\"incidents\": [{\"start\": \"" + start + "\", \"end\": \"" + end + "\"}]" + prior + "}]}";
    }

    /**
     * CME measures the service year (1.2/2.1, 15536-15546; the calendar year 2025 without an activation day: 525,600 minutes).
     * July 100, August 200, September 300 minutes down: September reads 600 minutes, 1 - 600/525600 = 99.885845 % (to six places),
     * in [99, 99.9) -> 10 % of 1000.00 = 100.00 (3.1, 15580). July (99.980974 %) and August (300 minutes, 99.942922 %) meet 99.9 %.
     */
    @Test
    void theServiceYearReadsTheEarlierMonths(@TempDir Path dir) throws IOException {
        Path july = Files.writeString(dir.resolve("07.json"), cme("2025-07", 100, ""));
        Path august = Files.writeString(dir.resolve("08.json"), cme("2025-08", 200, ""));
        Path september = Files.writeString(dir.resolve("09.json"), cme("2025-09", 300, ""));
        MainTest.Run run = MainTest.run("evaluate", july.toString(), august.toString(), september.toString());
        assertEquals(Main.OK, run.code(), run.err());
        List<String> rows = run.out().lines().filter(l -> l.startsWith("p-1 ")).toList();
        assertEquals(3, rows.size(), run.out());
        assertTrue(rows.get(0).matches(".* 99.980974% \\(availability\\) +100 .*"), rows.get(0));
        assertTrue(rows.get(1).matches(".* 99.942922% \\(availability\\) +300 .*"), rows.get(1));
        assertTrue(rows.get(2).matches(".* 99.885845% \\(availability\\) +600 .*"), rows.get(2));
        assertTrue(rows.get(2).endsWith(" 10       100.00"), rows.get(2));
        assertTrue(run.out().contains("TOTAL 3 month(s): owed 100.00 CNY."), run.out());

        // September alone, with July's and August's outages as its priorIncidents, says the same
        String prior = ", \"priorIncidents\": [{\"start\": \"2025-07-10T10:00:00+08:00\", \"end\": \"2025-07-10T11:40:00+08:00\"}, "
                + "{\"start\": \"2025-08-10T10:00:00+08:00\", \"end\": \"2025-08-10T13:20:00+08:00\"}]";
        Path alone = Files.writeString(dir.resolve("09-alone.json"), cme("2025-09", 300, prior));
        MainTest.Run single = MainTest.run("evaluate", alone.toString());
        assertEquals(rows.get(2), single.out().lines().filter(l -> l.startsWith("p-1 ")).findFirst().orElseThrow());

        // giving both (a later month's own priorIncidents beside the earlier months) is an error naming the month
        MainTest.Run both = MainTest.run("evaluate", july.toString(), august.toString(), alone.toString());
        assertEquals(Main.BAD_INPUT, both.code());
        assertEquals("slakit: " + alone + ": resources[0].priorIncidents: \"2 incident(s)\" are given in a month after the first of several: "
                + "the earlier months' incidents are its prior incidents; give priorIncidents only in the first month\n", both.err());
        // the first month's priorIncidents are the history before the months given, and carry on
        Path julyWithJune = Files.writeString(dir.resolve("07-june.json"), cme("2025-07", 100,
                ", \"priorIncidents\": [{\"start\": \"2025-06-10T10:00:00+08:00\", \"end\": \"2025-06-10T10:30:00+08:00\"}]"));
        List<String> withJune = MainTest.run("evaluate", julyWithJune.toString(), august.toString(), september.toString()).out().lines()
                .filter(l -> l.startsWith("p-1 ")).toList();
        assertTrue(withJune.get(2).matches(".* 99.880137% \\(availability\\) +630 .*"), withJune.get(2)); // 1 - 630/525600
    }
}
