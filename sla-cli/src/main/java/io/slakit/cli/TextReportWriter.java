package io.slakit.cli;

import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The table and Markdown formats: one line per resource and a total. */
final class TextReportWriter implements ReportWriter {
    private final PrintWriter out;
    private final boolean markdown;
    private Header header;
    /** Units other than money the edition pays in: each gets its own column; none for money-only products (their layout is unchanged). */
    private java.util.List<io.slakit.api.CreditUnit> units = java.util.List.of();
    private java.util.List<io.slakit.api.UsageCredit> unitTotals = java.util.List.of();

    TextReportWriter(PrintWriter out, boolean markdown) {
        this.out = out;
        this.markdown = markdown;
    }

    @Override
    public void start(Header h) {
        this.header = h;
        var d = h.definition();
        this.units = d.edition(h.edition()).map(io.slakit.core.engine.SlaEngine::creditUnits).orElse(java.util.List.of());
        this.unitTotals = units.stream().map(io.slakit.api.UsageCredit::zero).toList();
        String unitHeads = units.stream().map(u -> markdown ? " " + u.code() + " |" : "  " + u.code().toUpperCase()).collect(Collectors.joining());
        String unitRule = units.stream().map(u -> "---:|").collect(Collectors.joining());
        if (markdown) {
            out.println("# " + d.nameEn() + " (" + d.product() + ") - " + h.month());
            out.println();
            out.println("Site " + d.site() + ", version effective " + d.provenance().effective() + " (" + d.provenance().seedFile()
                    + " line " + d.provenance().titleLine().line() + "), edition " + h.edition() + ", amounts in " + h.currency() + ".");
            out.println();
            h.warnings().forEach(w -> out.println("> Warning: " + w));
            if (!h.warnings().isEmpty()) {
                out.println();
            }
            out.println("| Resource | Fee | Availability | Unavailable min | Excluded min | Missed | Credit % | Credit |" + unitHeads);
            out.println("|---|---:|---|---:|---:|---|---:|---:|" + unitRule);
        } else {
            out.println(d.nameEn() + " / " + d.nameZh() + " (" + d.product() + ", site " + d.site() + ") " + h.month()
                    + " - version " + d.provenance().effective() + ", edition " + h.edition() + ", " + h.currency());
            h.warnings().forEach(w -> out.println("warning: " + w));
            out.println(Texts.pad("RESOURCE", 20) + Texts.pad("FEE", 12) + Texts.pad("AVAILABILITY", 32) + Texts.pad("DOWN MIN", 10)
                    + Texts.pad("EXCL MIN", 10) + Texts.pad("MISSED", 28) + Texts.pad("CREDIT%", 9) + "CREDIT" + unitHeads);
        }
    }

    @Override
    public void resource(ResourceReport r, ResourceMonth input) {
        MetricResult first = r.metrics().isEmpty() ? null : r.metrics().get(0);
        String availability = first == null ? "-" : first.availability().display(6).toPlainString() + "% (" + first.metric() + ")";
        String down = first == null ? "-" : first.unavailableMinutes().map(Texts::plain).orElse("-");
        String excluded = r.metrics().stream().map(MetricResult::totalExcludedMinutes).max(java.math.BigDecimal::compareTo)
                .map(Texts::plain).orElse("0");
        String missed = r.metrics().stream().filter(m -> !m.met()).map(MetricResult::metric).collect(Collectors.joining(","));
        String percent = r.creditPercent().map(Texts::plain).orElse("-");
        String credit = r.credit().amount().toPlainString();
        String unitCells = units.stream().map(u -> r.usageCredit(u).map(io.slakit.api.UsageCredit::plainAmount).orElse("0"))
                .map(a -> markdown ? " " + a + " |" : "  " + a).collect(Collectors.joining());
        unitTotals = io.slakit.core.engine.SlaEngine.addUsage(unitTotals, r.usageCredits());
        if (markdown) {
            out.println("| " + Escapes.markdown(r.id()) + " | " + r.fee().rounded().amount().toPlainString() + " | " + availability + " | " + down
                    + " | " + excluded + " | " + (missed.isEmpty() ? "none" : missed) + " | " + percent + " | " + credit + " |" + unitCells);
        } else {
            out.println(Texts.cell(Escapes.text(r.id()), 20) + Texts.cell(r.fee().rounded().amount().toPlainString(), 12) + Texts.cell(availability, 32)
                    + Texts.cell(down, 10) + Texts.cell(excluded, 10) + Texts.cell(missed.isEmpty() ? "none" : missed, 28)
                    + Texts.cell(percent, 9) + credit + unitCells);
        }
        for (String note : r.notes()) {
            out.println(markdown ? "| | | *" + Escapes.text(note) + "* | | | | | |" : "    note: " + Escapes.text(note));
        }
        if (PerResourceClaims.applies(header.definition())) {
            String line = "claim window: " + PerResourceClaims.describe(r);
            out.println(markdown ? "| | | *" + Escapes.markdown(line) + "* | | | | | |" : "    " + line);
        }
        for (MetricResult m : r.metrics()) {
            for (io.slakit.api.LateItem item : m.lateItems().orElse(java.util.List.of())) {
                String line = "late (" + m.metric() + "): " + item.describe();
                out.println(markdown ? "| | | *" + Escapes.markdown(line) + "* | | | | | |" : "    " + Escapes.text(line));
            }
        }
    }

    @Override
    public void finish(Money total, long resources) {
        String claim = header.claim().map(c -> "claims open " + c.opensOn() + ", close " + c.closesOn())
                .orElse(PerResourceClaims.applies(header.definition()) ? PerResourceClaims.TOTAL : "no claim window stated");
        String calendar = header.claim().map(c -> "Business days: " + c.calendar() + ".").orElse("");
        String form = header.creditDefined() ? header.creditForm().code() : "no credit defined";
        String inUnits = unitTotals.stream().map(u -> ", " + u.plainAmount() + " " + u.unit().description()).collect(Collectors.joining());
        if (markdown) {
            out.println("| **Total** (" + resources + " resources) | | | | | | | **" + total.rounded().amount().toPlainString() + "** |"
                    + unitTotals.stream().map(u -> " **" + u.plainAmount() + "** |").collect(Collectors.joining()));
            out.println();
            out.println("Credit form: " + form + ". " + capitalise(claim) + "." + (calendar.isEmpty() ? "" : " " + calendar));
        } else {
            out.println("TOTAL " + resources + " resource(s): credit " + total.rounded().amount().toPlainString() + " " + total.currency()
                    + inUnits + " (" + form + "); " + claim + ".");
            if (!calendar.isEmpty()) {
                out.println(calendar);
            }
        }
        out.flush();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
