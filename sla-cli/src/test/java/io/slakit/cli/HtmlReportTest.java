package io.slakit.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report of the embedded example (the README's first command, {@code slakit evaluate
 * --example}) on the verdict's basis. Values by hand from the example and the CVM text: ins-web-1
 * is down 10:00:00-10:10:30 on April 5, 10.5 minutes, which the rule rounds up to 11 (the table's
 * figure), above the 10.8 minutes 99.975 % of 43,200 allows; ins-web-2's credit comes from multi-AZ
 * (4 minutes, 10:02-10:06, while ins-web-1 in the other zone is down; 99.995 % allows 2.16);
 * its 02:00-09:30 outage on April 18 is force majeure, 450 minutes excluded.
 */
class HtmlReportTest {
    /** 2024-05-20 12:00 in Shanghai: inside the window May 11 to June 29. */
    static final Clock MAY_20 = Clock.fixed(Instant.parse("2024-05-20T04:00:00Z"), ZoneOffset.UTC);

    private Clock previous;

    @AfterEach
    void restoreClock() {
        if (previous != null) {
            ReportClock.set(previous);
        }
    }

    String html(Clock clock, String... args) {
        previous = ReportClock.set(clock);
        MainTest.Run run = MainTest.run(args);
        assertEquals(Main.OK, run.code(), run.err());
        return run.out();
    }

    static String section(String html, String id) {
        int from = html.indexOf("<section class=\"resource\" id=\"r-" + id + "\">");
        assertTrue(from >= 0, "no section for " + id);
        return html.substring(from, html.indexOf("</section>", from));
    }

    static String chart(String section, String metric) {
        int from = section.indexOf("<figure class=\"chart\" data-metric=\"" + metric + "\">");
        assertTrue(from >= 0, "no chart for " + metric + " in " + section);
        return section.substring(from, section.indexOf("</figure>", from));
    }

    /** The month-to-date points a chart marks: day and value. */
    static List<String> points(String chart) {
        List<String> points = new ArrayList<>();
        Matcher m = Pattern.compile("<circle class=\"point\" data-day=\"([^\"]+)\" data-value=\"([^\"]+)\"").matcher(chart);
        while (m.find()) {
            points.add(m.group(1) + "=" + m.group(2));
        }
        return points;
    }

    @Test
    void insWeb1sLineEndsAtTheCountedElevenMinutesAboveTheCommitment() {
        String chart = chart(section(html(MAY_20, "evaluate", "--example", "--format", "html"), "ins-web-1"), "single-instance");
        // nothing before April 5; 11 counted minutes from then on (not the 10.5 raw minutes)
        assertEquals(List.of("2024-04-05=11", "2024-04-30=11"), points(chart));
        assertTrue(chart.contains("commitment 99.975%: 10.8 min allowed; more earns 10%"), chart);
        assertTrue(chart.contains("The last point is the verdict: 11 counted min, 99.974537% against 99.975%, missed, tier [99, 99.975) earns 10%."),
                chart);
    }

    @Test
    void multiAzIsChartedForEveryInstance() {
        String html = html(MAY_20, "evaluate", "--example", "--format", "html");
        String web2 = chart(section(html, "ins-web-2"), "multi-az");
        assertEquals(List.of("2024-04-05=4", "2024-04-30=4"), points(web2));
        assertTrue(web2.contains("commitment 99.995%: 2.16 min allowed; more earns 10%"), web2);
        assertTrue(web2.contains("missed, tier [99, 99.995) earns 10%"), web2);
        assertEquals(List.of("2024-04-05=4", "2024-04-30=4"), points(chart(section(html, "ins-web-1"), "multi-az")));
    }

    @Test
    void theForceMajeureTimeIsShadedAndNamed() {
        String chart = chart(section(html(MAY_20, "evaluate", "--example", "--format", "html"), "ins-web-2"), "single-instance");
        assertTrue(chart.contains("<rect class=\"excluded\""), chart);
        assertTrue(chart.contains("excluded: force-majeure (clause 5.8: "), chart);
        assertTrue(chart.contains("2024-04-18 02:00:00 to 2024-04-18 09:30:00, 450 min; 450 min excluded under it this month"), chart);
        // the excluded time counts nothing: 4 counted minutes (April 5) stay 4
        assertEquals(List.of("2024-04-05=4", "2024-04-30=4"), points(chart));
    }

    @Test
    void aPartialMonthIsChartedFromItsFirstDay() {
        String chart = chart(section(html(MAY_20, "evaluate", "--example", "--format", "html"), "ins-db-1"), "single-instance");
        // April 11-30 (28,800 min): 13:00:00-13:00:59 on April 20 is under a minute and ignored; 08:00-16:30 on April 22 is 510
        assertEquals(List.of("2024-04-22=510", "2024-04-30=510"), points(chart));
        assertTrue(chart.contains("commitment 99.975%: 7.2 min allowed"), chart);
        assertTrue(chart.contains("99%: 288 min; more earns 25%"), chart);
        assertTrue(chart.contains("95%: 1440 min; more earns 100% (beyond the chart's scale)"), chart);
        assertTrue(chart.contains("Day of April 2024 (Asia/Shanghai)"), chart);
    }

    @Test
    void aWindowProductIsChartedInCountedMinutesAndItsBadWindowsListed(@TempDir Path dir) throws IOException {
        // SCF: a 5-minute window above 5 % errors is unavailable. 34 windows from 10:00 on April 10, the 3rd to the 32nd
        // with 10 of 100 failed: 30 bad windows, 150 minutes, 10:10 to 12:40.
        StringBuilder windows = new StringBuilder();
        for (int k = 0; k < 34; k++) {
            int minute = 600 + 5 * k;
            windows.append(k == 0 ? "" : ",").append(String.format("{\"start\":\"2024-04-10T%02d:%02d:00+08:00\",\"total\":100,\"failed\":%d}",
                    minute / 60, minute % 60, k >= 2 && k < 32 ? 10 : 0));
        }
        Path month = dir.resolve("scf.json");
        Files.writeString(month, "{\"product\":\"scf\",\"site\":\"cn\",\"month\":\"2024-04\",\"currency\":\"CNY\",\"resources\":["
                + "{\"id\":\"fn-1\",\"fee\":\"300.00\",\"windows\":[" + windows + "]}]}", StandardCharsets.UTF_8);
        String section = section(html(MAY_20, "evaluate", month.toString(), "--format", "html"), "fn-1");
        assertEquals(List.of("2024-04-10=150", "2024-04-30=150"), points(chart(section, "availability")));
        assertTrue(section.contains("<h3>Bad windows (availability): 30 of 34 window(s) of 5 min</h3>"), section);
        assertTrue(section.contains("<td>2024-04-10 10:10:00</td><td>2024-04-10 12:40:00</td><td class=\"n\">30</td><td class=\"n\">150</td>"
                + "<td class=\"n\">3000</td><td class=\"n\">300</td><td class=\"n\">10%</td>"), section);
    }

    @Test
    void theSummaryComesFirst() {
        String html = html(MAY_20, "evaluate", "--example", "--format", "html");
        int summary = html.indexOf("<section id=\"summary\">");
        assertTrue(summary > 0 && summary < html.indexOf("<section class=\"resource\""), html);
        // 100 + 100 + 600 (ins-db-1: 25 % of 2,400)
        assertTrue(html.contains("<strong class=\"total\" data-currency=\"CNY\">800.00 CNY</strong> (voucher)"), html);
        // worst first: ins-db-1 98.229167 %, ins-web-1 99.974537 %, ins-web-2 99.990741 %
        int db = html.indexOf("<a href=\"#r-ins-db-1\">");
        int web1 = html.indexOf("<a href=\"#r-ins-web-1\">");
        int web2 = html.indexOf("<a href=\"#r-ins-web-2\">");
        assertTrue(db > 0 && db < web1 && web1 < web2, html);
        assertTrue(html.contains("On 2024-05-20 (the report's day in Asia/Shanghai) the window is <strong class=\"claim-state\">open</strong>: "
                + "41 day(s) left, the last is 2024-06-29."), html);
        assertTrue(html.contains("business days counted by mainland China, State Council holiday notices 2020-2026"), html);
    }

    @Test
    void theClaimWindowsStateIsTheReportsDayInTheContractsZone() {
        // 2024-05-10T16:30Z is May 11 00:30 in Shanghai: the window's first day, though still May 10 in UTC
        String open = html(Clock.fixed(Instant.parse("2024-05-10T16:30:00Z"), ZoneOffset.UTC), "evaluate", "--example", "--format", "html");
        assertTrue(open.contains("On 2024-05-11 (the report's day in Asia/Shanghai) the window is <strong class=\"claim-state\">open</strong>: "
                + "50 day(s) left"), open);
        String early = html(Clock.fixed(Instant.parse("2024-05-01T04:00:00Z"), ZoneOffset.UTC), "evaluate", "--example", "--format", "html");
        assertTrue(early.contains("<strong class=\"claim-state\">not yet open</strong>: it opens in 10 day(s)"), early);
        String late = html(Clock.fixed(Instant.parse("2024-06-30T04:00:00Z"), ZoneOffset.UTC), "evaluate", "--example", "--format", "html");
        assertTrue(late.contains("<strong class=\"claim-state\">closed</strong> since 2024-06-30"), late);
    }

    @Test
    void provenanceIsReadable() {
        String html = html(MAY_20, "evaluate", "--example", "--format", "html");
        assertTrue(html.contains("<span lang=\"zh\" class=\"title\">云服务器服务等级协议</span>"), html);
        assertTrue(html.contains("effective <strong>2024-02-01</strong>"), html);
        // seed 002 line 1468 is CVM's single-instance commitment; its text is the hover
        assertTrue(html.contains("<span class=\"cite\" title=\"（1）腾讯云提供的本服务单实例服务可用性不低于99.975%"), html);
        assertTrue(html.contains("\">seed 002, line 1468</span>"), html);
        assertTrue(html.contains("Generated by slakit "), html);
        assertTrue(html.contains("<time datetime=\"2024-05-20T04:00:00Z\">2024-05-20 12:00:00 Asia/Shanghai</time>"), html);
    }

    @Test
    void everyOutageIsEvidence() {
        String db = section(html(MAY_20, "evaluate", "--example", "--format", "html"), "ins-db-1");
        assertTrue(db.contains("<tr><td class=\"n\">1</td><td>2024-04-20 13:00:00</td><td>2024-04-20 13:00:59</td><td class=\"n\">0.983</td>"
                + "<td class=\"n\">0</td>"), db);
        assertTrue(db.contains("<tr><td class=\"n\">2</td><td>2024-04-22 08:00:00</td><td>2024-04-22 16:30:00</td><td class=\"n\">510</td>"
                + "<td class=\"n\">510</td>"), db);
        String web2 = section(html(MAY_20, "evaluate", "--example", "--format", "html"), "ins-web-2");
        assertTrue(web2.contains("<td>2024-04-18 02:00:00</td><td>2024-04-18 09:30:00</td><td class=\"n\">450</td><td class=\"n\">0</td>"
                + "<td><code>force-majeure</code> (clause 5.8, "), web2);
    }

    @Test
    void aFleetIsSummarisedNotListed(@TempDir Path dir) throws IOException {
        // 201 CVM instances, fee 100.00: instance k (k = 0..200) is down k minutes on April 2; the rule ignores k <= 1.
        // Above 10.8 minutes (k >= 11: 190 instances) the commitment is missed; 432 allows the 10 % tier for all of them: 10.00 each.
        StringBuilder resources = new StringBuilder();
        for (int k = 0; k <= 200; k++) {
            resources.append(k == 0 ? "" : ",").append("{\"id\":\"vm-").append(k).append("\",\"zone\":\"z-").append(k)
                    .append("\",\"region\":\"r-").append(k).append("\",\"fee\":\"100.00\",\"incidents\":[");
            if (k > 0) {
                resources.append(String.format("{\"start\":\"2024-04-02T00:00:00+08:00\",\"end\":\"2024-04-02T%02d:%02d:00+08:00\"}", k / 60, k % 60));
            }
            resources.append("]}");
        }
        Path month = dir.resolve("fleet.json");
        Files.writeString(month, "{\"product\":\"cvm\",\"site\":\"cn\",\"month\":\"2024-04\",\"currency\":\"CNY\",\"resources\":[" + resources + "]}",
                StandardCharsets.UTF_8);
        String html = html(MAY_20, "evaluate", month.toString(), "--format", "html");
        assertFalse(html.contains("<section class=\"resource\""), "no section per resource");
        assertTrue(html.contains("<section id=\"fleet\"><h2>Fleet</h2><p>201 resources: more than 200"), html);
        assertTrue(html.contains("<strong class=\"total\" data-currency=\"CNY\">1900.00 CNY</strong>"), html);
        assertTrue(html.contains("<span class=\"missed-count\">190</span>"), html);
        assertTrue(html.contains("<h3>Missed a commitment, worst first (the 100 worst of 190)</h3>"), html);
        // worst first: vm-200 (200 min) is #1, vm-101 is #100
        assertTrue(html.contains("<tr><td class=\"n\">1</td><td>vm-200</td>"), html);
        assertTrue(html.contains("<tr><td class=\"n\">100</td><td>vm-101</td>"), html);
        assertFalse(html.contains("<td>vm-100</td>"), html);
        // 43,200 minutes: 99.99 % allows 4.32 (k <= 4: 5 at 100 % or above 99.99); 99.95 % allows 21.6 (k 5..21: 17); 99.9 % 43.2 (22..43: 22);
        // 99.5 % 216 (44..200: 157). k = 0 and 1 count nothing: 100 %.
        assertTrue(html.contains("<tr><td>100 %</td><td class=\"n\">2</td></tr>"), html);
        assertTrue(html.contains("<tr><td>[99.99, 100) %</td><td class=\"n\">3</td></tr>"), html);
        assertTrue(html.contains("<tr><td>[99.95, 99.99) %</td><td class=\"n\">17</td></tr>"), html);
        assertTrue(html.contains("<tr><td>[99.9, 99.95) %</td><td class=\"n\">22</td></tr>"), html);
        assertTrue(html.contains("<tr><td>[99.5, 99.9) %</td><td class=\"n\">157</td></tr>"), html);
    }

    @Test
    void theEscapeCoversTextAndAttributes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;", HtmlReportWriter.esc("<script>alert(\"x\" & 'y')</script>"));
        assertEquals("云服务器 ok", HtmlReportWriter.esc("云服务器 ok"));
    }

    @Test
    void aResourceIdIsEscapedEverywhere(@TempDir Path dir) throws IOException {
        Path month = dir.resolve("m.json");
        Files.writeString(month, "{\"product\":\"cvm\",\"site\":\"cn\",\"month\":\"2024-04\",\"currency\":\"CNY\",\"resources\":["
                + "{\"id\":\"<b onmouseover='x'>\\\"a&b\",\"fee\":\"1.00\",\"incidents\":[{\"start\":\"2024-04-02T00:00:00+08:00\","
                + "\"end\":\"2024-04-02T01:00:00+08:00\"}]}]}", StandardCharsets.UTF_8);
        String html = html(MAY_20, "evaluate", month.toString(), "--format", "html");
        assertFalse(html.contains("<b onmouseover"), html);
        assertTrue(html.contains("<h2>&lt;b onmouseover=&#39;x&#39;&gt;&quot;a&amp;b</h2>"), html);
    }
}
