package io.slakit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slakit.api.ClaimWindow;
import io.slakit.api.EvaluationReport;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.LiabilityLedger;
import io.slakit.core.engine.MonthSeries;
import io.slakit.core.json.SlaJson;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Several months in the table or JSON format: each month's report as {@code evaluate} prints it
 * alone, then what applies across them (the liability cap, what each month owes, each claim window
 * and, with {@code --as-of}, what can still be claimed).
 */
final class MonthSeriesWriter {
    private MonthSeriesWriter() {
    }

    static void table(PrintWriter out, MonthSeries series, MonthSeries.Result result, Function<EvaluationReport, SlaDefinition> definitions) {
        List<EvaluationReport> reports = result.reports();
        for (int i = 0; i < reports.size(); i++) {
            EvaluationReport report = reports.get(i);
            TextReportWriter writer = new TextReportWriter(out, false);
            writer.start(header(report, definitions.apply(report)));
            List<ResourceMonth> inputs = series.months().get(i).request().resources();
            for (int k = 0; k < report.resources().size(); k++) {
                writer.resource(report.resources().get(k), inputs.get(k));
            }
            writer.finish(report.totalCredit(), report.resources().size());
            out.println();
        }
        EvaluationReport first = reports.get(0);
        String currency = first.currency().getCurrencyCode();
        out.println("ACROSS " + reports.size() + " MONTHS " + first.month() + ".." + reports.get(reports.size() - 1).month() + " ("
                + first.product() + ", site " + first.site() + ", edition " + first.edition() + ", " + currency + ")");
        out.println(result.liabilityCap().map(c -> "Liability cap: " + c.describe() + " (" + c.source() + ").")
                .orElse("Liability cap: the text declares none across months; each month owes its own credit."));
        out.println(Texts.pad("MONTH", 10) + Texts.pad("FEES", 14) + Texts.pad("CREDIT", 14) + Texts.pad("CAP BASE", 14)
                + Texts.pad("PAID BEFORE", 14) + Texts.pad("OWED", 18) + "CLAIM WINDOW" + result.asOf().map(d -> " (AS OF " + d + ")").orElse(""));
        for (int i = 0; i < reports.size(); i++) {
            EvaluationReport report = reports.get(i);
            Optional<LiabilityLedger.Month> ledger = result.ledger().isEmpty() ? Optional.empty() : Optional.of(result.ledger().get(i));
            MonthSeries.Claim claim = result.claims().get(i);
            out.println(Texts.cell(report.month().toString(), 10) + Texts.cell(plain(LiabilityLedger.fees(report)), 14)
                    + Texts.cell(plain(report.totalCredit()), 14) + Texts.cell(ledger.map(m -> plain(m.base())).orElse("-"), 14)
                    + Texts.cell(ledger.map(m -> plain(m.paidBefore())).orElse("-"), 14)
                    + Texts.cell(plain(result.owed(i)) + (ledger.isPresent() && ledger.get().capped() ? " capped" : ""), 18)
                    + (PerResourceClaims.applies(definitions.apply(report)) ? perResource(report, result.asOf())
                    : claim.window().map(w -> w.opensOn() + ".." + w.closesOn()).orElse("no claim window stated")
                    + claim.state().map(s -> " " + state(s)).orElse("")));
        }
        out.println("TOTAL " + reports.size() + " month(s): owed " + plain(result.totalOwed()) + " " + currency + ".");
        result.asOf().ifPresent(day -> out.println(asOf(result, day.toString(), currency, definitions)));
        out.flush();
    }

    /** "per resource: a 2024-03-23..2024-05-15 open; b none": each resource's own window (and its state --as-of). */
    private static String perResource(EvaluationReport report, Optional<java.time.LocalDate> asOf) {
        StringBuilder cell = new StringBuilder("per resource:");
        for (io.slakit.api.ResourceReport r : report.resources()) {
            cell.append(cell.length() == "per resource:".length() ? " " : "; ").append(Escapes.text(r.id())).append(' ')
                    .append(r.claim().map(w -> w.opensOn() + ".." + w.closesOn() + asOf.map(d -> " " + state(w.stateOn(d))).orElse(""))
                            .orElse("none this month"));
        }
        return cell.toString();
    }

    /** "As of D: 1 month(s) can still be claimed (280.00 CNY): 2024-03 until 2024-05-30; 2 not yet open (...); 0 closed (...)." */
    private static String asOf(MonthSeries.Result result, String day, String currency, Function<EvaluationReport, SlaDefinition> definitions) {
        StringBuilder open = new StringBuilder();
        Money[] sums = {zero(result), zero(result), zero(result)};
        int[] counts = new int[3];
        long perResource = result.reports().stream().filter(r -> PerResourceClaims.applies(definitions.apply(r))).count();
        for (MonthSeries.Claim c : result.claims()) {
            if (c.state().isEmpty()) {
                continue;
            }
            int k = c.state().get().ordinal();
            counts[k]++;
            sums[k] = sums[k].plus(c.owed());
            if (c.state().get() == ClaimWindow.State.OPEN) {
                open.append(open.length() == 0 ? ": " : ", ").append(c.month()).append(" until ").append(c.window().get().closesOn());
            }
        }
        long unstated = result.claims().stream().filter(c -> c.window().isEmpty()).count() - perResource;
        return "As of " + day + ": " + counts[ClaimWindow.State.OPEN.ordinal()] + " month(s) can still be claimed ("
                + plain(sums[ClaimWindow.State.OPEN.ordinal()]) + " " + currency + ")" + open + "; "
                + counts[ClaimWindow.State.NOT_YET_OPEN.ordinal()] + " not yet open (" + plain(sums[ClaimWindow.State.NOT_YET_OPEN.ordinal()])
                + " " + currency + "); " + counts[ClaimWindow.State.CLOSED.ordinal()] + " closed, no longer claimable ("
                + plain(sums[ClaimWindow.State.CLOSED.ordinal()]) + " " + currency + ")"
                + (unstated == 0 ? "" : "; " + unstated + " without a claim window stated")
                + (perResource == 0 ? "" : "; " + perResource + " with claim windows per resource (each resource's in the table above)") + ".";
    }

    static void json(PrintWriter out, MonthSeries.Result result, Function<EvaluationReport, SlaDefinition> definitions) {
        EvaluationReport first = result.reports().get(0);
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.put("product", first.product().value());
        root.put("site", first.site().code());
        root.put("edition", first.edition());
        root.put("currency", first.currency().getCurrencyCode());
        ArrayNode months = root.putArray("months");
        result.reports().forEach(r -> months.add(SlaJson.report(r, PerResourceClaims.applies(definitions.apply(r)))));
        result.liabilityCap().ifPresentOrElse(c -> {
            ObjectNode cap = root.putObject("liabilityCap");
            cap.put("months", c.months());
            cap.put("rule", c.describe());
            cap.put("source", c.source().toString());
        }, () -> root.putNull("liabilityCap"));
        ArrayNode ledger = root.putArray("ledger");
        for (int i = 0; i < result.reports().size(); i++) {
            EvaluationReport report = result.reports().get(i);
            ObjectNode m = ledger.addObject();
            m.put("month", report.month().toString());
            m.put("fees", plain(LiabilityLedger.fees(report)));
            m.put("credit", plain(report.totalCredit()));
            if (!result.ledger().isEmpty()) {
                LiabilityLedger.Month l = result.ledger().get(i);
                m.put("capBase", plain(l.base()));
                m.put("paidBefore", plain(l.paidBefore()));
                m.put("capped", l.capped());
            }
            m.put("owed", plain(result.owed(i)));
            MonthSeries.Claim claim = result.claims().get(i);
            claim.window().ifPresentOrElse(w -> {
                m.put("claimOpensOn", w.opensOn().toString());
                m.put("claimClosesOn", w.closesOn().toString());
            }, () -> m.putNull("claimOpensOn"));
            claim.state().ifPresent(s -> m.put("claimState", stateCode(s)));
            if (PerResourceClaims.applies(definitions.apply(report))) {
                m.put("claimWindows", "per-resource");
                ArrayNode claims = m.putArray("claims");
                for (io.slakit.api.ResourceReport r : report.resources()) {
                    r.claim().ifPresent(w -> {
                        ObjectNode c = claims.addObject();
                        c.put("id", r.id());
                        c.put("claimOpensOn", w.opensOn().toString());
                        c.put("claimClosesOn", w.closesOn().toString());
                        result.asOf().ifPresent(d -> c.put("claimState", stateCode(w.stateOn(d))));
                    });
                }
            }
        }
        root.put("totalOwed", plain(result.totalOwed()));
        result.asOf().ifPresentOrElse(d -> {
            root.put("asOf", d.toString());
            Money claimable = zero(result);
            int count = 0;
            for (MonthSeries.Claim c : result.claims()) {
                if (c.state().filter(s -> s == ClaimWindow.State.OPEN).isPresent()) {
                    claimable = claimable.plus(c.owed());
                    count++;
                }
            }
            ObjectNode still = root.putObject("claimable");
            still.put("months", count);
            still.put("owed", plain(claimable));
        }, () -> root.putNull("asOf"));
        out.println(SlaJson.write(root));
        out.flush();
    }

    private static ReportWriter.Header header(EvaluationReport report, SlaDefinition definition) {
        return new ReportWriter.Header(definition, report.edition(), report.month(), report.currency(), report.warnings(),
                definition.creditForm(), definition.definesCredit(), report.claim());
    }

    private static String stateCode(ClaimWindow.State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String state(ClaimWindow.State state) {
        return switch (state) {
            case NOT_YET_OPEN -> "not yet open";
            case OPEN -> "open";
            case CLOSED -> "closed";
        };
    }

    private static Money zero(MonthSeries.Result result) {
        return Money.zero(result.reports().get(0).currency());
    }

    private static String plain(Money money) {
        return money.rounded().amount().toPlainString();
    }
}
