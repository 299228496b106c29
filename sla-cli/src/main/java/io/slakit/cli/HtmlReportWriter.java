package io.slakit.cli;

import io.slakit.api.CreditTier;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.ServiceMonth;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.IncidentSets;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page: the summary, then per resource a table of metrics and an inline SVG
 * timeline: unavailable minutes per day (bars) and accumulated through the month (line), against
 * the downtime each tier allows (dashed lines), so a reader sees where the month went wrong.
 */
final class HtmlReportWriter implements ReportWriter {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int LEFT = 50;
    private static final int BOTTOM = 24;

    private final PrintWriter out;
    private Header header;

    HtmlReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void start(Header h) {
        this.header = h;
        var d = h.definition();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(d.product() + " " + h.month()) + "</title>");
        out.println("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0}"
                + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}td.n{text-align:right}.missed{color:#b00020;font-weight:bold}"
                + ".ok{color:#1b7f3b}section{margin:2em 0;border-top:1px solid #ddd}.warn{background:#fff4ce;padding:.5em}</style></head><body>");
        out.println("<h1>" + esc(d.nameEn() + " / " + d.nameZh()) + " &mdash; " + h.month() + "</h1>");
        out.println("<p>Product <code>" + esc(d.product().value()) + "</code>, site " + d.site() + ", version effective "
                + d.provenance().effective() + " (" + esc(d.provenance().seedFile()) + " line " + d.provenance().titleLine().line()
                + "), edition " + esc(h.edition()) + ". Amounts in " + h.currency() + ".</p>");
        for (String w : h.warnings()) {
            out.println("<p class=\"warn\">" + esc(w) + "</p>");
        }
    }

    @Override
    public void resource(ResourceReport r, ResourceMonth input) {
        out.println("<section><h2>" + esc(r.id()) + "</h2>");
        out.println("<p>Service month " + r.serviceMonth().firstDay() + " to " + r.serviceMonth().lastDay() + ", fee "
                + r.fee().rounded().amount().toPlainString() + ", credit <strong>" + r.credit().amount().toPlainString() + "</strong>"
                + r.creditPercent().map(p -> " (" + Texts.plain(p) + "% of the fee)").orElse("") + ".</p>");
        for (io.slakit.api.UsageCredit u : r.usageCredits()) {
            // each unit that is not money on its own line, never added to the money credit
            out.println("<p>Credit in " + esc(u.unit().description()) + ": <strong>" + u.plainAmount() + "</strong>.</p>");
        }
        for (MetricResult m : r.metrics()) {
            for (io.slakit.api.LateItem item : m.lateItems().orElse(java.util.List.of())) {
                out.println("<p>Late (" + esc(m.metric()) + "): " + esc(item.describe()) + "</p>");
            }
        }
        out.println("<table><tr><th>Metric</th><th>Availability</th><th>Commitment</th><th>Unavailable min</th><th>Excluded min</th>"
                + "<th>Tier</th><th>Credit %</th><th>Rule</th></tr>");
        for (MetricResult m : r.metrics()) {
            out.println("<tr><td>" + esc(m.metric() + " (" + m.name() + ")") + "</td><td class=\"n " + (m.met() ? "ok" : "missed") + "\">"
                    + m.availability().display(6).toPlainString() + "%</td><td class=\"n\">" + m.commitment() + "%</td><td class=\"n\">"
                    + m.unavailableMinutes().map(Texts::plain).orElse("-") + "</td><td class=\"n\">" + Texts.plain(m.totalExcludedMinutes())
                    + "</td><td>" + m.tier().map(t -> t.band().toString()).orElse("-") + "</td><td class=\"n\">"
                    + m.creditPercent().map(Texts::plain).orElse("-") + "</td><td>" + esc(m.explanation()) + "</td></tr>");
        }
        out.println("</table>");
        for (String note : r.notes()) {
            out.println("<p><em>" + esc(note) + "</em></p>");
        }
        out.println(timeline(r, input));
        out.println("</section>");
    }

    private String timeline(ResourceReport r, ResourceMonth input) {
        ServiceMonth month = r.serviceMonth();
        int days = (int) month.days();
        TimeSet down = IncidentSets.of(input, month).downAnywhere();
        double[] perDay = new double[days];
        for (int day = 0; day < days; day++) {
            LocalDate date = month.firstDay().plusDays(day);
            long from = TimeSet.nanos(date.atStartOfDay(month.zone()).toInstant());
            long to = TimeSet.nanos(date.plusDays(1).atStartOfDay(month.zone()).toInstant());
            perDay[day] = down.clip(from, to).measureMinutes().doubleValue();
        }
        List<double[]> thresholds = new ArrayList<>(); // {minutes}, with labels alongside
        List<String> labels = new ArrayList<>();
        Metric metric = header.definition().editions().stream().filter(e -> e.id().equals(header.edition())).findFirst()
                .flatMap(e -> e.metrics().stream().filter(m -> m.measurement().countsMinutes() && m.measurement().readsIncidents()).findFirst())
                .orElse(null);
        if (metric != null) {
            BigDecimal total = BigDecimal.valueOf(month.totalMinutes());
            thresholds.add(new double[] {SlaEngine.allowedMinutes(total, metric.commitment()).doubleValue()});
            labels.add(metric.commitment() + "% (commitment)");
            for (CreditTier t : metric.credit().tiers()) {
                if (t.band().lower().value().signum() > 0) {
                    thresholds.add(new double[] {SlaEngine.allowedMinutes(total, t.band().lower()).doubleValue()});
                    labels.add(t.band().lower() + "% (" + Texts.plain(t.credit()) + "% tier)");
                }
            }
        }
        double cumulative = 0;
        double max = 1;
        for (double v : perDay) {
            cumulative += v;
        }
        max = Math.max(max, cumulative);
        if (!thresholds.isEmpty()) {
            max = Math.max(max, thresholds.get(0)[0]);
        }
        max *= 1.15;
        double plotW = WIDTH - LEFT - 10;
        double plotH = HEIGHT - BOTTOM - 10;
        double barW = plotW / days;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"unavailable minutes per day\">");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"10\" width=\"").append(fmt(plotW)).append("\" height=\"").append(fmt(plotH))
                .append("\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
        double acc = 0;
        StringBuilder line = new StringBuilder();
        for (int day = 0; day < days; day++) {
            double h = perDay[day] / max * plotH;
            double x = LEFT + day * barW;
            svg.append("<rect x=\"").append(fmt(x + 1)).append("\" y=\"").append(fmt(10 + plotH - h)).append("\" width=\"")
                    .append(fmt(Math.max(1, barW - 2))).append("\" height=\"").append(fmt(h)).append("\" fill=\"#e57373\"><title>")
                    .append(month.firstDay().plusDays(day)).append(": ").append(fmt(perDay[day])).append(" min</title></rect>");
            acc += perDay[day];
            line.append(day == 0 ? "M" : "L").append(fmt(x)).append(',').append(fmt(10 + plotH - (acc - perDay[day]) / max * plotH))
                    .append(" L").append(fmt(x + barW)).append(',').append(fmt(10 + plotH - acc / max * plotH)).append(' ');
            if (day % 5 == 0) {
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - 6).append("\" font-size=\"10\">")
                        .append(month.firstDay().plusDays(day).getDayOfMonth()).append("</text>");
            }
        }
        svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#b00020\" stroke-width=\"1.5\"/>");
        for (int i = 0; i < thresholds.size(); i++) {
            double minutes = thresholds.get(i)[0];
            if (minutes > max) {
                continue;
            }
            double y = 10 + plotH - minutes / max * plotH;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(fmt(LEFT + plotW)).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>");
            svg.append("<text x=\"").append(LEFT + 4).append("\" y=\"").append(fmt(y - 3)).append("\" font-size=\"10\">")
                    .append(esc(labels.get(i) + ": " + fmt(minutes) + " min")).append("</text>");
        }
        svg.append("<text x=\"2\" y=\"20\" font-size=\"10\">").append(fmt(max / 1.15)).append("</text>");
        svg.append("</svg>");
        return "<figure>" + svg + "<figcaption>Incident downtime per day (bars) and accumulated (line) against the downtime each tier allows"
                + " (dashed). Minutes before thresholds and rounding.</figcaption></figure>";
    }

    @Override
    public void finish(Money total, long resources) {
        out.println("<h2>Total</h2><p>" + resources + " resource(s), credit <strong>" + total.rounded().amount().toPlainString() + " "
                + total.currency() + "</strong> (" + (header.creditDefined() ? header.creditForm().code() : "no credit defined") + "). "
                + header.claim().map(c -> "Claims open " + c.opensOn() + " and close " + c.closesOn() + " (business days: " + esc(c.calendar()) + ").").orElse("The text states no claim window.")
                + "</p></body></html>");
        out.flush();
    }

    private static String fmt(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String esc(String s) {
        return Escapes.html(s);
    }
}
