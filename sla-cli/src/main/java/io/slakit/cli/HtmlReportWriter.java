package io.slakit.cli;

import io.slakit.api.Availability;
import io.slakit.api.Band;
import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SeedRef;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.api.UsageCredit;
import io.slakit.api.WindowSample;
import io.slakit.core.engine.SlaEngine;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * One self-contained HTML page (inline SVG, no scripts, nothing fetched) that a claimant can act on:
 * first the summary (credit owed by form, the resources that missed a commitment worst first, the
 * claim window and where it stands on the report's day), then per resource its metrics, one chart
 * per metric on the verdict's own basis (the month-to-date value comes from evaluating the month cut
 * at each day's end by the same engine, so the last point is the verdict) and the evidence (every
 * outage and every run of bad windows), then the contract's provenance.
 *
 * <p>Above {@value #FLEET_THRESHOLD} resources the page summarises the fleet instead (totals, a
 * histogram of availability, the {@value #WORST} worst resources): a section per resource would make
 * a page no browser opens. Memory is bounded either way: at most {@value #FLEET_THRESHOLD} sections
 * and {@value #WORST} worst resources are held.
 */
final class HtmlReportWriter implements ReportWriter {
    /** More resources than this and the page summarises the fleet instead of a section per resource. */
    static final int FLEET_THRESHOLD = 200;
    /** How many of the worst resources a summary lists. */
    static final int WORST = 100;

    private static final int WIDTH = 760;
    private static final int HEIGHT = 280;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 52;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The distribution's buckets, on the lowest availability among a resource's metrics. */
    private static final List<Band> BUCKETS = List.of(Band.parse("[0, 95)"), Band.parse("[95, 99)"), Band.parse("[99, 99.5)"),
            Band.parse("[99.5, 99.9)"), Band.parse("[99.9, 99.95)"), Band.parse("[99.95, 99.99)"), Band.parse("[99.99, 100)"));

    private final PrintWriter out;
    private final Clock clock;
    private Header header;
    private Edition edition;
    private Map<SeedRef, String> citedText = Map.of();
    /** The sections of the resources so far; null once the fleet is too large for them. */
    private List<String> sections = new ArrayList<>();
    private final Map<Currency, Money> money = new LinkedHashMap<>();
    private List<UsageCredit> usage = List.of();
    private final Map<String, Long> otherForms = new TreeMap<>();
    private long missed;
    private long count;
    private final long[] histogram = new long[BUCKETS.size() + 1];
    private final PriorityQueue<Standing> worst = new PriorityQueue<>(Standing.WORST_FIRST.reversed());
    private List<ResourceMonth> lastPeers;
    private final Map<Instant, CutFleet> cutPeers = new LinkedHashMap<>();

    /** Where a resource stands, for the worst-first lists. */
    record Standing(String id, boolean missed, Availability lowest, String shortfall, Money credit, long order) {
        static final Comparator<Standing> WORST_FIRST = Comparator.comparing(Standing::missed).reversed()
                .thenComparing(Standing::lowest)
                .thenComparing((Standing s) -> s.credit().amount(), Comparator.reverseOrder())
                .thenComparingLong(Standing::order);
    }

    HtmlReportWriter(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void start(Header h) {
        this.header = h;
        this.edition = h.definition().editions().stream().filter(e -> e.id().equals(h.edition())).findFirst()
                .orElse(h.definition().editions().get(0));
        this.citedText = SeedLines.read(cited(h.definition()));
    }

    @Override
    public void resource(ResourceReport r, ResourceMonth input) {
        resource(r, input, List.of(input), null);
    }

    @Override
    public void resource(ResourceReport r, ResourceMonth input, List<ResourceMonth> peers, Replay replay) {
        count++;
        money.merge(r.credit().currency(), r.credit(), Money::plus);
        usage = SlaEngine.addUsage(usage, r.usageCredits());
        r.otherForms().forEach(form -> otherForms.merge(form, 1L, Long::sum));
        Standing standing = standing(r, count);
        if (standing.missed()) {
            missed++;
        }
        histogram[bucket(standing.lowest())]++;
        worst.add(standing);
        if (worst.size() > WORST) {
            worst.poll();
        }
        if (sections != null && (count > FLEET_THRESHOLD || peers.size() > FLEET_THRESHOLD)) {
            sections = null; // a fleet: summarised in finish
        }
        if (sections != null) {
            sections.add(section(r, input, peers, replay));
        }
    }

    @Override
    public void finish(Money total, long resources) {
        SlaDefinition d = header.definition();
        ZoneId zone = d.zone();
        ZonedDateTime now = clock.instant().atZone(zone);
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + esc(d.product().value() + " " + header.month() + " SLA report") + "</title>");
        out.println("<style>" + STYLE + "</style></head><body>");
        out.println("<h1>" + esc(d.nameEn()) + " / <span lang=\"zh\">" + esc(d.nameZh()) + "</span> &mdash; " + header.month() + "</h1>");
        out.println("<p class=\"lead\">Product <code>" + esc(d.product().value()) + "</code>, site " + esc(d.site().toString())
                + ", edition <code>" + esc(header.edition()) + "</code>, amounts in " + esc(header.currency().getCurrencyCode())
                + ", times in the contract's zone " + esc(zone.getId()) + ".</p>");
        for (String w : header.warnings()) {
            out.println("<p class=\"warn\">" + esc(w) + "</p>");
        }
        summary(total, resources, now.toLocalDate());
        if (sections != null) {
            sections.forEach(out::println);
        } else {
            fleet(resources);
        }
        provenance(now);
        out.println("</body></html>");
        out.flush();
    }

    // ---------------------------------------------------------------- summary

    private void summary(Money total, long resources, LocalDate today) {
        out.println("<section id=\"summary\"><h2>Summary</h2>");
        out.println("<table class=\"summary\"><tr><th>Credit owed</th><td>");
        List<String> owed = new ArrayList<>();
        if (money.isEmpty()) {
            money.put(total.currency(), total);
        }
        String form = header.creditDefined() ? header.creditForm().code() : "no credit defined";
        money.values().forEach(m -> owed.add("<strong class=\"total\" data-currency=\"" + esc(m.currency().getCurrencyCode()) + "\">"
                + m.rounded().amount().toPlainString() + " " + esc(m.currency().getCurrencyCode()) + "</strong> (" + esc(form) + ")"));
        usage.forEach(u -> owed.add("<strong class=\"usage\" data-unit=\"" + esc(u.unit().code()) + "\">" + esc(u.plainAmount()) + "</strong> "
                + esc(u.unit().description()) + " (never added to money)"));
        otherForms.forEach((f, n) -> owed.add(esc(f) + " (" + n + " resource(s))"));
        out.println(String.join("<br>", owed) + "</td></tr>");
        out.println("<tr><th>Resources</th><td><span class=\"resources\">" + resources + "</span> evaluated, <span class=\"missed-count\">"
                + missed + "</span> missed a commitment</td></tr>");
        out.println("<tr><th>Claim window</th><td>" + claim(today) + "</td></tr></table>");
        List<Standing> ranked = ranked().stream().filter(Standing::missed).toList();
        if (!ranked.isEmpty()) {
            out.println("<h3>Missed a commitment, worst first" + (missed > ranked.size() ? " (the " + ranked.size() + " worst of " + missed + ")" : "")
                    + "</h3>");
            standings(ranked);
        }
        out.println("</section>");
    }

    private String claim(LocalDate today) {
        Optional<ClaimWindow> window = header.claim();
        String rule = header.definition().claimPolicy().map(p -> " (" + esc(p.describe()) + p.source().map(s -> ", " + cite(s)).orElse("") + ")")
                .orElse("");
        if (window.isEmpty() && PerResourceClaims.applies(header.definition())) {
            return "No window for the whole report: " + esc(PerResourceClaims.TOTAL) + rule + ".";
        }
        if (window.isEmpty()) {
            return "The text states no claim window.";
        }
        ClaimWindow c = window.get();
        return "Claims open <strong>" + c.opensOn() + "</strong> and close <strong>" + c.closesOn() + "</strong>" + rule
                + "; business days counted by " + esc(c.calendar()) + ". On " + today + " (the report's day in "
                + esc(header.definition().zone().getId()) + ") the window is " + state(c, today) + ".";
    }

    /** Where a window stands on the report's day. */
    private static String state(ClaimWindow c, LocalDate today) {
        return switch (c.stateOn(today)) {
            case NOT_YET_OPEN -> "<strong class=\"claim-state\">not yet open</strong>: it opens in "
                    + ChronoUnit.DAYS.between(today, c.opensOn()) + " day(s)";
            case OPEN -> "<strong class=\"claim-state\">open</strong>: " + (ChronoUnit.DAYS.between(today, c.closesOn()) + 1)
                    + " day(s) left, the last is " + c.closesOn();
            case CLOSED -> "<strong class=\"claim-state\">closed</strong> since " + c.closesOn().plusDays(1) + ": no claim can be filed";
        };
    }

    private List<Standing> ranked() {
        List<Standing> ranked = new ArrayList<>(worst);
        ranked.sort(Standing.WORST_FIRST);
        return ranked;
    }

    private void standings(List<Standing> ranked) {
        out.println("<table class=\"standings\"><tr><th>#</th><th>Resource</th><th>Lowest availability</th><th>Missed</th><th>Credit</th></tr>");
        int rank = 0;
        for (Standing s : ranked) {
            rank++;
            String id = sections != null ? "<a href=\"#" + anchor(s.id()) + "\">" + esc(s.id()) + "</a>" : esc(s.id());
            out.println("<tr><td class=\"n\">" + rank + "</td><td>" + id + "</td><td class=\"n\">" + s.lowest().display(6).toPlainString()
                    + "%</td><td>" + esc(s.shortfall()) + "</td><td class=\"n\">" + s.credit().amount().toPlainString() + "</td></tr>");
        }
        out.println("</table>");
    }

    private static Standing standing(ResourceReport r, long order) {
        Availability lowest = null;
        List<String> shortfall = new ArrayList<>();
        for (MetricResult m : r.metrics()) {
            if (lowest == null || m.availability().compareTo(lowest) < 0) {
                lowest = m.availability();
            }
            if (!m.met()) {
                shortfall.add(m.metric() + " " + m.availability().display(6).toPlainString() + "% < " + m.commitment() + "%");
            }
        }
        return new Standing(r.id(), !shortfall.isEmpty(), lowest == null ? Availability.ofPercent(BigDecimal.valueOf(100)) : lowest,
                String.join("; ", shortfall), r.credit(), order);
    }

    private static int bucket(Availability a) {
        for (int i = 0; i < BUCKETS.size(); i++) {
            if (BUCKETS.get(i).contains(a)) {
                return i;
            }
        }
        return BUCKETS.size(); // 100 %
    }

    // ---------------------------------------------------------------- fleet

    private void fleet(long resources) {
        out.println("<section id=\"fleet\"><h2>Fleet</h2><p>" + resources + " resources: more than " + FLEET_THRESHOLD
                + ", so this page summarises them (one section per resource is left out). The CSV or JSON report has every resource.</p>");
        out.println("<figure>" + histogramSvg() + "<figcaption>Resources by the lowest availability among their metrics (%), "
                + "in the buckets below.</figcaption></figure>");
        out.println("<table class=\"histogram\"><tr><th>Lowest availability</th><th>Resources</th></tr>");
        for (int i = histogram.length - 1; i >= 0; i--) {
            out.println("<tr><td>" + esc(bucketLabel(i)) + "</td><td class=\"n\">" + histogram[i] + "</td></tr>");
        }
        out.println("</table><h3>The " + Math.min(WORST, worst.size()) + " worst resources</h3>");
        standings(ranked());
        out.println("</section>");
    }

    private static String bucketLabel(int i) {
        return i == BUCKETS.size() ? "100 %" : BUCKETS.get(i) + " %";
    }

    private String histogramSvg() {
        int n = histogram.length;
        long max = 1;
        for (long v : histogram) {
            max = Math.max(max, v);
        }
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double barW = plotW / n;
        StringBuilder svg = svgOpen("resources by lowest availability");
        svg.append(rect(LEFT, TOP, plotW, plotH, "#fafafa", "#bbb"));
        for (int i = 0; i < n; i++) {
            double h = histogram[i] / (double) max * (plotH - 14);
            double x = LEFT + i * barW;
            svg.append("<rect class=\"bar\" x=\"").append(fmt(x + 4)).append("\" y=\"").append(fmt(TOP + plotH - h)).append("\" width=\"")
                    .append(fmt(barW - 8)).append("\" height=\"").append(fmt(h)).append("\" fill=\"#5c6bc0\"><title>")
                    .append(esc(bucketLabel(i))).append(": ").append(histogram[i]).append(" resource(s)</title></rect>");
            svg.append(text(x + barW / 2, TOP + plotH - h - 3, "middle", String.valueOf(histogram[i])));
            svg.append(text(x + barW / 2, TOP + plotH + 14, "middle", i == BUCKETS.size() ? "100" : BUCKETS.get(i).lower() + "-" + BUCKETS.get(i).upper()));
        }
        svg.append(text(LEFT + plotW / 2, HEIGHT - 8, "middle", "Lowest availability of the month (%)"));
        svg.append(yTitle("Resources"));
        return svg.append("</svg>").toString();
    }

    // ---------------------------------------------------------------- one resource

    private String section(ResourceReport r, ResourceMonth input, List<ResourceMonth> peers, Replay replay) {
        StringBuilder s = new StringBuilder();
        ServiceMonth month = r.serviceMonth();
        s.append("<section class=\"resource\" id=\"").append(anchor(r.id())).append("\"><h2>").append(esc(r.id())).append("</h2>\n");
        s.append("<p>Service month ").append(month.firstDay()).append(" to ").append(month.lastDay()).append(" (")
                .append(Texts.plain(BigDecimal.valueOf(month.totalMinutes()))).append(" minutes), fee ")
                .append(r.fee().rounded().amount().toPlainString()).append(", credit <strong class=\"credit\">")
                .append(r.credit().amount().toPlainString()).append("</strong>")
                .append(r.creditPercent().map(p -> " (" + Texts.plain(p) + "% of the fee)").orElse("")).append(".</p>\n");
        for (UsageCredit u : r.usageCredits()) {
            s.append("<p>Credit in ").append(esc(u.unit().description())).append(": <strong>").append(esc(u.plainAmount())).append("</strong>.</p>\n");
        }
        for (String form : r.otherForms()) {
            s.append("<p>Also owed: ").append(esc(form)).append(".</p>\n");
        }
        s.append("<div class=\"scroll\"><table class=\"metrics\"><colgroup><col style=\"width:13%\"><col style=\"width:11%\">"
                + "<col style=\"width:10%\"><col style=\"width:7%\"><col style=\"width:7%\"><col style=\"width:10%\"><col style=\"width:9%\">"
                + "<col style=\"width:7%\"><col style=\"width:7%\"><col style=\"width:19%\"></colgroup><tr><th>Metric</th><th>Availability</th><th>Commitment</th><th>Counted min</th>"
                + "<th>Allowed min</th><th>Excluded min</th><th>Tier</th><th>Credit %</th><th>Credit</th><th>How</th></tr>\n");
        for (MetricResult m : r.metrics()) {
            Optional<Metric> def = edition.metric(m.metric());
            String excluded = m.excludedMinutes().isEmpty() ? "0" : m.excludedMinutes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> Texts.plain(e.getValue()) + " (" + clauseName(e.getKey()) + ")").reduce((a, b) -> a + "<br>" + b).orElse("0");
            s.append("<tr data-metric=\"").append(esc(m.metric())).append("\"><td>").append(esc(m.metric())).append(" <span lang=\"zh\">")
                    .append(esc(m.name())).append("</span></td><td class=\"n availability ").append(m.met() ? "ok" : "missed").append("\">")
                    .append(m.availability().display(6).toPlainString()).append("%</td><td class=\"n wrap\">").append(m.commitment()).append("%")
                    .append(def.map(x -> "<br>" + cite(x.commitmentSource())).orElse("")).append("</td><td class=\"n counted\">")
                    .append(m.unavailableMinutes().map(Texts::plain).orElse("-")).append("</td><td class=\"n\">")
                    .append(m.allowedMinutes().map(Texts::plain).orElse("-")).append("</td><td class=\"n wrap\">").append(excluded)
                    .append("</td><td>").append(m.tier().map(t -> esc(t.band().toString())).orElse("-"))
                    .append(def.flatMap(Metric::creditSource).filter(x -> m.tier().isPresent()).map(x -> "<br>" + cite(x)).orElse(""))
                    .append("</td><td class=\"n\">").append(m.creditPercent().map(Texts::plain).orElse("-")).append("</td><td class=\"n\">")
                    .append(m.credit().rounded().amount().toPlainString()).append("</td><td class=\"how\">").append(esc(m.explanation())).append("</td></tr>\n");
        }
        s.append("</table></div>\n");
        for (MetricResult m : r.metrics()) {
            for (io.slakit.api.LateItem item : m.lateItems().orElse(List.of())) {
                s.append("<p>Late (").append(esc(m.metric())).append("): ").append(esc(item.describe())).append("</p>\n");
            }
        }
        for (String note : r.notes()) {
            s.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        if (PerResourceClaims.applies(header.definition())) {
            LocalDate today = clock.instant().atZone(header.definition().zone()).toLocalDate();
            s.append("<p class=\"claim\">Claim window: ").append(r.claim().map(c -> "claims open <strong>" + c.opensOn()
                    + "</strong> and close <strong>" + c.closesOn() + "</strong>; business days counted by " + esc(c.calendar()) + ". On "
                    + today + " the window is " + state(c, today)).orElse(esc(PerResourceClaims.NONE))).append(".</p>\n");
        }
        Charts charts = new Charts(r, input, peers, replay);
        for (MetricResult m : r.metrics()) {
            s.append(charts.chart(m)).append('\n');
        }
        s.append(charts.evidence());
        s.append("</section>");
        return s.toString();
    }

    /** The charts and evidence of one resource: its month replayed up to each day's end, each outage and window alone. */
    private final class Charts {
        private final ResourceReport report;
        private final ResourceMonth input;
        private final List<ResourceMonth> peers;
        private final Replay replay;
        private final ServiceMonth month;
        private final int days;
        private List<ResourceReport> toDate;
        private String replayFailure;

        Charts(ResourceReport report, ResourceMonth input, List<ResourceMonth> peers, Replay replay) {
            this.report = report;
            this.input = input;
            this.peers = peers;
            this.replay = replay;
            this.month = report.serviceMonth();
            this.days = (int) month.days();
        }

        /** The report of the month cut at the end of each day; the last is the verdict. */
        private List<ResourceReport> toDate() {
            if (toDate == null) {
                toDate = new ArrayList<>();
                for (int day = 0; day < days - 1; day++) {
                    Instant end = month.firstDay().plusDays(day + 1).atStartOfDay(month.zone()).toInstant();
                    ResourceReport partial = replay(end);
                    if (partial == null) {
                        toDate = null;
                        return null;
                    }
                    toDate.add(partial);
                }
                toDate.add(report);
            }
            return toDate;
        }

        private ResourceReport replay(Instant end) {
            if (replay == null) {
                replayFailure = "no replay was given";
                return null;
            }
            try {
                CutFleet fleet = cutPeers(peers, end);
                ResourceMonth self = fleet.byOriginal().get(input);
                if (self == null) {
                    self = HtmlReportWriter.cut(input, end);
                    return replay.evaluate(self, List.of(self));
                }
                return replay.evaluate(self, fleet.ordered());
            } catch (RuntimeException e) {
                replayFailure = e.getMessage();
                return null;
            }
        }

        String chart(MetricResult m) {
            Optional<Metric> def = edition.metric(m.metric());
            boolean overTime = def.map(x -> x.measurement().readsIncidents() || x.measurement().window().isPresent()).orElse(false);
            boolean minutes = m.unavailableMinutes().isPresent();
            String unit = minutes ? "counted unavailable minutes" : "availability (%)";
            List<Threshold> thresholds = thresholds(m, def, minutes);
            double[] values;
            if (overTime && toDate() != null) {
                values = new double[days];
                for (int day = 0; day < days; day++) {
                    values[day] = value(toDate.get(day).metric(m.metric()).orElse(m), minutes);
                }
            } else {
                values = new double[] {value(m, minutes)};
            }
            String caption = "<b>" + esc(m.metric()) + "</b> <span lang=\"zh\">" + esc(m.name()) + "</span>: "
                    + (values.length > 1 ? esc(unit) + " to the end of each day, as the verdict counts them (" + esc(m.rule()) + ")"
                    : esc(unit) + " for the month as a whole" + (overTime ? " (the month could not be replayed day by day: "
                    + esc(String.valueOf(replayFailure)) + ")" : " (a monthly figure, not a time series)") + ".")
                    + (values.length > 1 ? ". The last point is the verdict: " + esc(verdict(m, minutes)) + "." : " Verdict: " + esc(verdict(m, minutes)) + ".");
            List<Shade> shades = overTime ? shades(m) : List.of();
            String svg = values.length > 1 ? timeline(m, values, minutes, thresholds, shades) : bar(m, values[0], minutes, thresholds);
            StringBuilder legend = new StringBuilder("<ul class=\"legend\">");
            legend.append("<li><span class=\"swatch line\"></span>").append(values.length > 1 ? esc(unit) + " to date" : esc(unit)).append("</li>");
            if (values.length > 1 && minutes) {
                legend.append("<li><span class=\"swatch bar\"></span>counted minutes added that day</li>");
            }
            for (Threshold t : thresholds) {
                legend.append("<li><span class=\"swatch ").append(t.commitment() ? "commitment" : "tier").append("\"></span>").append(esc(t.label()))
                        .append(t.offScale() ? " (beyond the chart's scale)" : "").append("</li>");
            }
            for (Shade sh : shades) {
                legend.append("<li><span class=\"swatch excluded\"></span>excluded: ").append(esc(sh.label())).append("</li>");
            }
            legend.append("</ul>");
            return "<figure class=\"chart\" data-metric=\"" + esc(m.metric()) + "\">" + svg + "<figcaption>" + caption + legend
                    + "</figcaption></figure>";
        }

        private String timeline(MetricResult m, double[] values, boolean minutes, List<Threshold> thresholds, List<Shade> shades) {
            double plotW = WIDTH - LEFT - RIGHT;
            double plotH = HEIGHT - TOP - BOTTOM;
            Scale scale = scale(values, minutes, thresholds);
            double dayW = plotW / days;
            StringBuilder svg = svgOpen(m.metric() + ": " + (minutes ? "counted unavailable minutes" : "availability") + " by day");
            svg.append(rect(LEFT, TOP, plotW, plotH, "#fafafa", "#bbb"));
            long monthStart = month.start().toEpochMilli();
            double msPerPx = (month.end().toEpochMilli() - monthStart) / plotW;
            for (Shade sh : shades) {
                double x1 = LEFT + (sh.from().toEpochMilli() - monthStart) / msPerPx;
                double x2 = Math.max(x1 + 2, LEFT + (sh.to().toEpochMilli() - monthStart) / msPerPx);
                svg.append("<rect class=\"excluded\" x=\"").append(fmt(x1)).append("\" y=\"").append(TOP).append("\" width=\"").append(fmt(x2 - x1))
                        .append("\" height=\"").append(fmt(plotH)).append("\" fill=\"#9e9e9e\" fill-opacity=\"0.35\"><title>")
                        .append(esc("excluded: " + sh.label())).append("</title></rect>");
                boolean right = x1 > LEFT + plotW - 140;
                svg.append(text(right ? x2 - 2 : x1 + 3, TOP + 12, right ? "end" : "start", "excluded: " + sh.code()));
            }
            for (Threshold t : thresholds) {
                if (t.offScale()) {
                    continue;
                }
                svg.append(thresholdLine(t, scale, plotW));
            }
            StringBuilder path = new StringBuilder();
            double previous = minutes ? 0 : 100;
            path.append('M').append(LEFT).append(',').append(fmt(scale.y(previous)));
            for (int day = 0; day < days; day++) {
                double x = LEFT + (day + 1) * dayW;
                double added = values[day] - previous;
                if (minutes && added > 0) {
                    double top = scale.y(added);
                    svg.append("<rect class=\"added\" x=\"").append(fmt(x - dayW + 1)).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                            .append(fmt(Math.max(1, dayW - 2))).append("\" height=\"").append(fmt(TOP + plotH - top))
                            .append("\" fill=\"#ef9a9a\"><title>").append(month.firstDay().plusDays(day)).append(": ")
                            .append(fmt(added)).append(" counted min added</title></rect>");
                }
                path.append(" L").append(fmt(x)).append(',').append(fmt(scale.y(values[day])));
                previous = values[day];
            }
            svg.append("<path class=\"to-date\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#b00020\" stroke-width=\"2\"/>");
            for (int day = 0; day < days; day++) {
                if (day == days - 1 || values[day] != (day == 0 ? (minutes ? 0 : 100) : values[day - 1])) {
                    double x = LEFT + (day + 1) * dayW;
                    svg.append("<circle class=\"point\" data-day=\"").append(month.firstDay().plusDays(day)).append("\" data-value=\"")
                            .append(fmt(values[day])).append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(scale.y(values[day])))
                            .append("\" r=\"3\" fill=\"#b00020\"><title>").append(month.firstDay().plusDays(day)).append(" 24:00: ")
                            .append(fmt(values[day])).append(minutes ? " counted min" : " %").append(" to date</title></circle>");
                }
            }
            // the x axis: a tick at the start of the first day and of every fifth day
            for (int day = 0; day < days; day++) {
                int dom = month.firstDay().plusDays(day).getDayOfMonth();
                if (day == 0 || dom % 5 == 0) {
                    double x = LEFT + day * dayW;
                    svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(fmt(TOP + plotH))
                            .append("\" y2=\"").append(fmt(TOP + plotH + 4)).append("\" stroke=\"#555\"/>");
                    svg.append(text(x, TOP + plotH + 16, "middle", String.valueOf(dom)));
                }
            }
            String monthName = month.firstDay().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.firstDay().getYear();
            svg.append(text(LEFT + plotW / 2, HEIGHT - 8, "middle", "Day of " + monthName + " (" + month.zone().getId() + ")"));
            svg.append(yAxis(scale));
            svg.append(yTitle(minutes ? "Counted minutes" : "Availability (%)"));
            return svg.append("</svg>").toString();
        }

        private String bar(MetricResult m, double value, boolean minutes, List<Threshold> thresholds) {
            double plotW = WIDTH - LEFT - RIGHT;
            double plotH = HEIGHT - TOP - BOTTOM;
            Scale scale = scale(new double[] {value}, minutes, thresholds);
            StringBuilder svg = svgOpen(m.metric() + ": the month's value against the thresholds");
            svg.append(rect(LEFT, TOP, plotW, plotH, "#fafafa", "#bbb"));
            for (Threshold t : thresholds) {
                if (!t.offScale()) {
                    svg.append(thresholdLine(t, scale, plotW));
                }
            }
            double top = scale.y(value);
            double base = scale.y(minutes ? 0 : scale.low());
            svg.append("<rect class=\"value\" data-value=\"").append(fmt(value)).append("\" x=\"").append(fmt(LEFT + plotW / 2 - 40))
                    .append("\" y=\"").append(fmt(Math.min(top, base))).append("\" width=\"80\" height=\"").append(fmt(Math.abs(base - top)))
                    .append("\" fill=\"#b00020\" fill-opacity=\"0.7\"><title>").append(esc(verdict(m, minutes))).append("</title></rect>");
            svg.append(text(LEFT + plotW / 2, TOP + plotH + 16, "middle", "the month " + month.firstDay() + " to " + month.lastDay()));
            svg.append(yAxis(scale));
            svg.append(yTitle(minutes ? "Counted minutes" : "Availability (%)"));
            return svg.append("</svg>").toString();
        }

        private List<Shade> shades(MetricResult m) {
            List<Shade> shades = new ArrayList<>();
            for (Incident i : input.incidents()) {
                Optional<String> code = i.attribution().exclusionCode();
                if (code.isEmpty() || !m.excludedMinutes().containsKey(code.get())) {
                    continue;
                }
                Instant from = max(i.startInclusive(), month.start());
                Instant to = min(i.endExclusive(), month.end());
                if (!to.isAfter(from)) {
                    continue;
                }
                shades.add(new Shade(code.get(), from, to, clauseLabel(code.get()) + ", " + local(from, month.zone()) + " to " + local(to, month.zone())
                        + ", " + Texts.plain(minutes(from, to)) + " min; " + Texts.plain(m.excludedMinutes().get(code.get()))
                        + " min excluded under it this month"));
            }
            return shades;
        }

        /** Every outage (with its counted minutes under each rule that counts it alone) and every run of bad windows. */
        String evidence() {
            StringBuilder s = new StringBuilder();
            List<Incident> incidents = input.incidents().stream().sorted(Comparator.comparing(Incident::startInclusive)).toList();
            if (!incidents.isEmpty()) {
                // metrics whose count of this resource does not depend on its peers: an outage's own count is meaningful there
                List<MetricResult> alone = new ArrayList<>();
                ResourceReport self = evaluateAlone(input);
                for (MetricResult m : report.metrics()) {
                    boolean reads = edition.metric(m.metric()).map(x -> x.measurement().readsIncidents()).orElse(false);
                    if (reads && m.unavailableMinutes().isPresent() && self != null
                            && self.metric(m.metric()).flatMap(MetricResult::unavailableMinutes).equals(m.unavailableMinutes())) {
                        alone.add(m);
                    }
                }
                s.append("<h3>Outages (").append(incidents.size()).append(")</h3><div class=\"scroll\"><table class=\"evidence incidents\"><tr><th>#</th>"
                        + "<th>Start (").append(esc(month.zone().getId())).append(")</th><th>End</th><th>Duration min</th>");
                alone.forEach(m -> s.append("<th>Counted min (").append(esc(m.metric())).append(")</th>"));
                s.append("<th>Excluded under</th><th>Scope</th></tr>\n");
                int n = 0;
                for (Incident i : incidents) {
                    n++;
                    s.append("<tr><td class=\"n\">").append(n).append("</td><td>").append(local(i.startInclusive(), month.zone())).append("</td><td>")
                            .append(local(i.endExclusive(), month.zone())).append("</td><td class=\"n\">")
                            .append(Texts.plain(minutes(i.startInclusive(), i.endExclusive()))).append("</td>");
                    ResourceReport one = alone.isEmpty() ? null : evaluateAlone(only(input, List.of(i), List.of()));
                    for (MetricResult m : alone) {
                        s.append("<td class=\"n\">").append(one == null ? "-" : one.metric(m.metric()).flatMap(MetricResult::unavailableMinutes)
                                .map(Texts::plain).orElse("-")).append("</td>");
                    }
                    s.append("<td>").append(i.attribution().exclusionCode().map(HtmlReportWriter.this::clauseName).orElse("-")).append("</td><td>")
                            .append(i.scope().isEmpty() && i.signal().isEmpty() ? "-" : esc(i.scope() + i.signal().map(x -> ", signal " + x).orElse(""))).append("</td></tr>\n");
                }
                s.append("</table></div>");
                if (!alone.isEmpty()) {
                    s.append("<p class=\"note\">Counted minutes are each outage alone under the rule; overlapping outages count once in the total.</p>");
                }
            }
            for (MetricResult m : report.metrics()) {
                Optional<Duration> window = edition.metric(m.metric()).flatMap(x -> x.measurement().window());
                if (window.isEmpty() || input.windows().isEmpty()) {
                    continue;
                }
                s.append(badWindows(m, window.get()));
            }
            return s.toString();
        }

        private String badWindows(MetricResult m, Duration window) {
            List<WindowSample> bad = new ArrayList<>();
            for (WindowSample w : input.windows().stream().sorted(Comparator.comparing(WindowSample::start)).toList()) {
                if (w.failed() == 0) {
                    continue; // no failed request: no rule counts the window against the provider
                }
                ResourceReport one = evaluateAlone(only(input, List.of(), List.of(w)));
                if (one != null && one.metric(m.metric()).map(x -> x.availability().compareTo(Percent.HUNDRED) < 0).orElse(false)) {
                    bad.add(w);
                }
            }
            StringBuilder s = new StringBuilder("<h3>Bad windows (" + esc(m.metric()) + "): " + bad.size() + " of " + input.windows().size()
                    + " window(s) of " + window.toMinutes() + " min</h3>");
            if (bad.isEmpty()) {
                return s.toString();
            }
            s.append("<div class=\"scroll\"><table class=\"evidence windows\"><tr><th>#</th><th>Start (").append(esc(month.zone().getId()))
                    .append(")</th><th>End</th><th>Windows</th><th>Minutes</th><th>Requests</th><th>Failed</th><th>Error rate</th></tr>\n");
            int n = 0;
            int i = 0;
            while (i < bad.size()) {
                int j = i;
                long total = bad.get(i).total();
                long failed = bad.get(i).failed();
                while (j + 1 < bad.size() && bad.get(j + 1).start().equals(bad.get(j).start().plus(window))) {
                    j++;
                    total += bad.get(j).total();
                    failed += bad.get(j).failed();
                }
                n++;
                Instant end = bad.get(j).start().plus(window);
                s.append("<tr><td class=\"n\">").append(n).append("</td><td>").append(local(bad.get(i).start(), month.zone())).append("</td><td>")
                        .append(local(end, month.zone())).append("</td><td class=\"n\">").append(j - i + 1).append("</td><td class=\"n\">")
                        .append((j - i + 1) * window.toMinutes()).append("</td><td class=\"n\">").append(total).append("</td><td class=\"n\">")
                        .append(failed).append("</td><td class=\"n\">").append(total == 0 ? "-"
                                : Texts.plain(BigDecimal.valueOf(failed * 100L).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN)) + "%")
                        .append("</td></tr>\n");
                i = j + 1;
            }
            return s.append("</table></div>").toString();
        }

        /** The resource evaluated by itself (no peers), or null when it cannot be. */
        private ResourceReport evaluateAlone(ResourceMonth r) {
            if (replay == null) {
                return null;
            }
            try {
                return replay.evaluate(r, List.of(r));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    record Threshold(double value, String label, boolean commitment, boolean offScale) {
        Threshold offScale(boolean off) {
            return new Threshold(value, label, commitment, off);
        }
    }

    record Shade(String code, Instant from, Instant to, String label) {
    }

    /** A linear y scale from {@code low} (bottom) to {@code high} (top) with round ticks. */
    record Scale(double low, double high, double step) {
        double y(double value) {
            double plotH = HEIGHT - TOP - BOTTOM;
            return TOP + plotH - (value - low) / (high - low) * plotH;
        }
    }

    /** The commitment's and each tier's edge, in the chart's unit, labelled. */
    private static List<Threshold> thresholds(MetricResult m, Optional<Metric> def, boolean minutes) {
        List<Threshold> list = new ArrayList<>();
        BigDecimal total = m.totalMinutes();
        Map<BigDecimal, Threshold> byValue = new TreeMap<>();
        BigDecimal commitment = minutes ? m.allowedMinutes().orElse(SlaEngine.allowedMinutes(total, m.commitment())) : m.commitment().value();
        byValue.put(commitment.stripTrailingZeros(), new Threshold(commitment.doubleValue(), "commitment " + m.commitment() + "%"
                + (minutes ? ": " + Texts.plain(commitment) + " min allowed" : ""), true, false));
        for (CreditTier t : def.map(x -> x.credit().tiers()).orElse(List.of())) {
            Percent upper = t.band().upper();
            if (upper.value().compareTo(BigDecimal.valueOf(100)) >= 0) {
                continue;
            }
            BigDecimal v = minutes ? SlaEngine.allowedMinutes(total, upper) : upper.value();
            String label = minutes ? upper + "%: " + Texts.plain(v) + " min; more earns " + Texts.plain(t.credit()) + "%"
                    : upper + "%: lower earns " + Texts.plain(t.credit()) + "%";
            byValue.merge(v.stripTrailingZeros(), new Threshold(v.doubleValue(), label, false, false),
                    (a, b) -> new Threshold(a.value(), a.label() + "; " + (minutes ? "more" : "lower") + " earns " + Texts.plain(t.credit()) + "%",
                            a.commitment(), false));
        }
        list.addAll(byValue.values());
        return list;
    }

    private static Scale scale(double[] values, boolean minutes, List<Threshold> thresholds) {
        double last = values[values.length - 1];
        if (minutes) {
            double max = Math.max(1, last);
            for (Threshold t : thresholds) {
                if (t.commitment()) {
                    max = Math.max(max, t.value());
                }
            }
            max *= 1.2;
            double step = niceStep(max / 5);
            double high = Math.ceil(max / step) * step;
            mark(thresholds, 0, high);
            return new Scale(0, high, step);
        }
        double low = last;
        for (Threshold t : thresholds) {
            if (t.commitment()) {
                low = Math.min(low, t.value());
            }
        }
        double span = Math.max(0.001, (100 - low) * 1.25);
        double step = niceStep(span / 5);
        double bottom = Math.max(0, 100 - Math.ceil(span / step) * step);
        mark(thresholds, bottom, 100);
        return new Scale(bottom, 100, step);
    }

    private static void mark(List<Threshold> thresholds, double low, double high) {
        thresholds.replaceAll(t -> t.offScale(t.value() < low || t.value() > high));
    }

    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * power >= raw) {
                return f * power;
            }
        }
        return 10 * power;
    }

    private static String thresholdLine(Threshold t, Scale scale, double plotW) {
        double y = scale.y(t.value());
        StringBuilder s = new StringBuilder();
        s.append("<line class=\"threshold\" x1=\"").append(LEFT).append("\" x2=\"").append(fmt(LEFT + plotW)).append("\" y1=\"").append(fmt(y))
                .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(t.commitment() ? "#1565c0" : "#555")
                .append("\" stroke-dasharray=\"").append(t.commitment() ? "6 3" : "3 3").append("\"/>");
        double labelY = y - 3 < TOP + 11 ? y + 12 : y - 3;
        s.append(text(LEFT + plotW - 4, labelY, "end", t.label()));
        return s.toString();
    }

    private static String yAxis(Scale scale) {
        StringBuilder s = new StringBuilder();
        for (double v = scale.low(); v <= scale.high() + scale.step() / 1000; v += scale.step()) {
            double y = scale.y(v);
            s.append("<line x1=\"").append(LEFT - 4).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" y2=\"")
                    .append(fmt(y)).append("\" stroke=\"#555\"/>");
            s.append(text(LEFT - 6, y + 4, "end", fmt(v)));
        }
        return s.toString();
    }

    private static String yTitle(String title) {
        double plotH = HEIGHT - TOP - BOTTOM;
        double cy = TOP + plotH / 2;
        return "<text class=\"label\" x=\"14\" y=\"" + fmt(cy) + "\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 14 "
                + fmt(cy) + ")\">" + esc(title) + "</text>";
    }

    private static StringBuilder svgOpen(String label) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"" + esc(label) + "\">");
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w) + "\" height=\"" + fmt(h) + "\" fill=\"" + fill + "\" stroke=\""
                + stroke + "\"/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text class=\"label\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"11\" text-anchor=\"" + anchor + "\">" + esc(text) + "</text>";
    }

    private static double value(MetricResult m, boolean minutes) {
        return minutes ? m.unavailableMinutes().orElse(BigDecimal.ZERO).doubleValue() : m.availability().percent(MathContext.DECIMAL64).doubleValue();
    }

    private static String verdict(MetricResult m, boolean minutes) {
        return (minutes ? Texts.plain(m.unavailableMinutes().orElse(BigDecimal.ZERO)) + " counted min, " : "")
                + m.availability().display(6).toPlainString() + "% against " + m.commitment() + "%, " + (m.met() ? "met" : "missed")
                + m.tier().map(t -> ", tier " + t.band() + " earns " + Texts.plain(t.credit()) + "%").orElse("");
    }

    // ---------------------------------------------------------------- month cuts

    /** The resource as known at {@code end}: outages cut there, windows that start before it. */
    static ResourceMonth cut(ResourceMonth r, Instant end) {
        List<Incident> incidents = new ArrayList<>();
        for (Incident i : r.incidents()) {
            if (i.startInclusive().isBefore(end)) {
                incidents.add(i.endExclusive().isAfter(end)
                        ? new Incident(i.startInclusive(), end, i.scope(), i.attribution(), i.requestShare(), i.signal()) : i);
            }
        }
        List<WindowSample> windows = r.windows().stream().filter(w -> w.start().isBefore(end)).toList();
        return only(r, incidents, windows);
    }

    private static ResourceMonth only(ResourceMonth r, List<Incident> incidents, List<WindowSample> windows) {
        return new ResourceMonth(r.id(), r.region(), r.zone(), r.fee(), r.otherFees(), r.units(), r.activeFrom(), r.activeUntil(), incidents,
                r.priorIncidents(), windows, r.durability(), r.tickets(), r.deliveries());
    }

    /** The fleet cut at one instant: each peer's cut by identity, and the cuts in the peers' order. */
    private record CutFleet(Map<ResourceMonth, ResourceMonth> byOriginal, List<ResourceMonth> ordered) {
    }

    /** Every peer cut at {@code end}; kept for the fleet the last resource came from (its peers are shared). */
    private CutFleet cutPeers(List<ResourceMonth> peers, Instant end) {
        if (peers != lastPeers) {
            lastPeers = peers;
            cutPeers.clear();
        }
        return cutPeers.computeIfAbsent(end, e -> {
            Map<ResourceMonth, ResourceMonth> byOriginal = new IdentityHashMap<>();
            List<ResourceMonth> ordered = new ArrayList<>();
            for (ResourceMonth p : peers) {
                ResourceMonth c = cut(p, e);
                byOriginal.put(p, c);
                ordered.add(c);
            }
            return new CutFleet(byOriginal, List.copyOf(ordered));
        });
    }

    // ---------------------------------------------------------------- provenance

    private void provenance(ZonedDateTime now) {
        SlaDefinition d = header.definition();
        var p = d.provenance();
        out.println("<section id=\"provenance\"><h2>Where the numbers come from</h2>");
        out.println("<p>Contract: <span lang=\"zh\" class=\"title\">" + esc(p.title()) + "</span> (" + cite(p.titleLine()) + "), version updated "
                + p.updated().toLocalDate() + ", effective <strong>" + p.effective() + "</strong>.</p>");
        out.println("<table class=\"provenance\"><tr><th>Metric</th><th>Commitment</th><th>Credit table</th></tr>");
        for (Metric m : edition.metrics()) {
            out.println("<tr><td>" + esc(m.id()) + " <span lang=\"zh\">" + esc(m.name()) + "</span></td><td>" + m.commitment() + "%, "
                    + cite(m.commitmentSource()) + "</td><td>" + m.creditSource().map(this::cite).orElse("-") + "</td></tr>");
        }
        out.println("</table>");
        if (!d.exclusions().isEmpty()) {
            out.println("<table class=\"provenance\"><tr><th>Exclusion code</th><th>Clause</th><th>Summary</th><th>Source</th></tr>");
            for (ExclusionClause c : d.exclusions()) {
                out.println("<tr><td><code>" + esc(c.code()) + "</code></td><td>" + esc(c.clause()) + "</td><td>" + esc(c.summary()) + "</td><td>"
                        + cite(c.source()) + "</td></tr>");
            }
            out.println("</table>");
        }
        out.println("<p class=\"generated\">Generated by " + esc(new Main.Version().getVersion()[0]) + " at <time datetime=\""
                + now.toInstant().truncatedTo(ChronoUnit.SECONDS) + "\">" + now.format(TIME)
                + " " + esc(now.getZone().getId()) + "</time>. Hover a cited line for its text.</p></section>");
    }

    /** "seed 002, line 1285", the line's text on hover. */
    private String cite(SeedRef ref) {
        String text = citedText.get(ref);
        return "<span class=\"cite\" title=\"" + esc(text == null ? "the line's text is not in this build" : text) + "\">seed " + esc(ref.seed())
                + ", line " + ref.line() + "</span>";
    }

    private static List<SeedRef> cited(SlaDefinition d) {
        List<SeedRef> refs = new ArrayList<>();
        refs.add(d.provenance().titleLine());
        d.editions().forEach(e -> e.metrics().forEach(m -> {
            refs.add(m.commitmentSource());
            m.creditSource().ifPresent(refs::add);
        }));
        d.exclusions().forEach(c -> refs.add(c.source()));
        d.claimPolicy().flatMap(io.slakit.api.ClaimPolicy::source).ifPresent(refs::add);
        return refs;
    }

    private String clauseName(String code) {
        return header.definition().exclusions().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> "<code>" + esc(code) + "</code> (clause " + esc(c.clause()) + ", " + cite(c.source()) + ")").orElse("<code>" + esc(code) + "</code>");
    }

    private String clauseLabel(String code) {
        return header.definition().exclusions().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> code + " (clause " + c.clause() + ": " + c.summary() + ")").orElse(code);
    }

    // ---------------------------------------------------------------- small helpers

    private static BigDecimal minutes(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMillis()).divide(BigDecimal.valueOf(60_000), 3, RoundingMode.HALF_EVEN);
    }

    private static String local(Instant t, ZoneId zone) {
        return t.atZone(zone).format(TIME);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String anchor(String id) {
        StringBuilder s = new StringBuilder("r-");
        id.codePoints().forEach(c -> s.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? Character.toString(c) : "_" + Integer.toHexString(c)));
        return esc(s.toString());
    }

    private static String fmt(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** The one escape of this page: text and attribute values alike (&amp; &lt; &gt; &quot; &#39;). */
    static String esc(String s) {
        return Escapes.html(s);
    }

    private static final String STYLE = "body{font-family:system-ui,'Noto Sans CJK SC','Noto Sans SC',sans-serif;margin:2em auto;max-width:1200px;"
            + "padding:0 1em;color:#222}[lang=zh]{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',sans-serif}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
            + "td.n{text-align:right}.missed{color:#b00020;font-weight:bold}.ok{color:#1b7f3b}"
            + "section{margin:2em 0;border-top:1px solid #ddd}.warn{background:#fff4ce;padding:.5em}.scroll{overflow-x:auto;max-width:100%}"
            + "td.how{font-size:90%}table.metrics{font-size:95%;table-layout:fixed;width:100%}table.metrics td{overflow-wrap:anywhere}table.metrics td.n{white-space:nowrap}table.metrics th{font-size:85%}"
            + "table.metrics td.n.wrap{white-space:normal}.note{font-style:italic}.cite{border-bottom:1px dotted #555;cursor:help}"
            + "figure{margin:1em 0}svg{max-width:100%;height:auto;display:block}svg text{font-family:system-ui,sans-serif}figcaption{font-size:90%;max-width:760px}"
            + ".legend{list-style:none;padding:0;margin:.4em 0}.legend li{margin:.15em 0}"
            + ".swatch{display:inline-block;width:1.4em;height:.8em;margin-right:.4em;vertical-align:middle}"
            + ".swatch.line{border-top:2px solid #b00020;height:0}.swatch.bar{background:#ef9a9a}"
            + ".swatch.commitment{border-top:2px dashed #1565c0;height:0}.swatch.tier{border-top:2px dotted #555;height:0}"
            + ".swatch.excluded{background:rgba(158,158,158,.35)}.generated{color:#555;font-size:90%}";
}
