package io.slakit.cli;

import io.slakit.api.Band;
import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measurement;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.json.MonthFileReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code allowance --so-far FILE}: a month in progress. The file is evaluated as {@code evaluate} does
 * (exclusions and thresholds as the contract says), so "used" is what the engine counted so far and
 * excluded time uses nothing; the credit is what the month owes if nothing more happens. Allowances
 * are the engine's own: the commitment's allowed minutes of the resource's service month, and each
 * tier's from its bound. Window rules count bad windows; rules that count neither have no allowance.
 */
final class MonthSoFar {
    private final String product;
    private final YearMonth month;
    private final String edition;
    private final picocli.CommandLine.Model.CommandSpec spec;

    MonthSoFar(String product, YearMonth month, String edition, picocli.CommandLine.Model.CommandSpec spec) {
        this.product = product;
        this.month = month;
        this.edition = edition;
        this.spec = spec;
    }

    /** {@code engine} counts business days for the evaluation's claim window (December's is counted in the next year). */
    void print(String file, String asOfText, SlaEngine engine) throws IOException {
        MonthResults results = new MonthResults();
        MonthFileReader.Header h = EvaluateCommand.evaluate(file, engine, results).header();
        SlaDefinition d = results.header().definition();
        if (!h.product().value().equals(product) || !h.month().equals(month)) {
            throw new InvalidInputException("--so-far", file, "is a month file of " + h.product() + " " + h.month() + ", not " + product + " " + month);
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--site") && !d.site().code().equals(spec.commandLine().getParseResult()
                .matchedOptionValue("--site", ""))) {
            throw new InvalidInputException("--site", spec.commandLine().getParseResult().matchedOptionValue("--site", ""),
                    "contradicts the --so-far file's site " + d.site().code());
        }
        if (edition != null && !edition.equals(results.header().edition())) {
            throw new InvalidInputException("--edition", edition, "contradicts the --so-far file's edition " + results.header().edition());
        }
        // The month the file runs in: the calendar month, or the anniversary month from the file's service start.
        ServiceMonth calendarMonth = h.serviceStart().map(start -> io.slakit.core.time.ServiceMonths.anniversary(start, d.zone()))
                .orElseGet(() -> ServiceMonth.calendar(month, d.zone()));
        Instant asOf = asOf(asOfText, calendarMonth);
        checkNothingAfter(results.inputs(), asOf);
        Edition e = d.edition(results.header().edition()).orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        results.header().warnings().forEach(w -> out.println("warning: " + w));
        long elapsed = Duration.between(calendarMonth.start(), asOf).toMinutes();
        out.println(d.product() + " " + month + " (version " + d.provenance().effective() + ", edition " + e.id() + ") so far, as of "
                + asOf.atZone(d.zone()).toOffsetDateTime() + ": " + elapsed + " of the month's " + calendarMonth.totalMinutes() + " minutes gone");
        Money total = Money.zero(results.header().currency());
        for (MonthResults.Evaluated r : results.resources()) {
            out.println();
            ResourceReport report = r.report();
            out.println(report.id() + ": credit owed if nothing more happens: " + credit(report));
            total = total.plus(report.credit());
            for (MetricResult m : report.metrics()) {
                metric(out, e.metric(m.metric()).orElseThrow(), m);
            }
            report.notes().forEach(note -> out.println("  note: " + note));
        }
        out.println();
        out.println("TOTAL " + results.resources().size() + " resource(s): credit owed if nothing more happens " + total.rounded().amount()
                .toPlainString() + " " + total.currency() + " (" + d.creditForm() + ")");
    }

    private static String credit(ResourceReport r) {
        String money = r.credit().rounded().amount().toPlainString() + " " + r.credit().currency();
        String units = r.usageCredits().stream().filter(u -> u.amount().signum() > 0).map(u -> ", " + u.plainAmount() + " " + u.unit().description())
                .collect(Collectors.joining());
        return money + units + r.otherForms().stream().map(f -> ", " + f).collect(Collectors.joining());
    }

    private static void metric(PrintWriter out, Metric metric, MetricResult m) {
        Measurement rule = metric.measurement();
        String head = "  " + m.metric() + " (" + m.name() + ")";
        if (!rule.countsMinutes() || m.unavailableMinutes().isEmpty() || m.allowedMinutes().isEmpty()) {
            out.println(head + ": the rule " + rule.rule() + " has no allowance (" + rule.describe().replaceAll("\\.$", "") + "); availability so far "
                    + m.availability().display(6).toPlainString() + "% against " + m.commitment() + "%");
            return;
        }
        Unit unit = rule.window().map(w -> Unit.windows(w.toMinutes())).orElse(Unit.MINUTES);
        BigDecimal usedMinutes = m.unavailableMinutes().get();
        BigDecimal used = unit.of(usedMinutes);
        String excluded = m.totalExcludedMinutes().signum() > 0 ? " (" + Texts.plain(m.totalExcludedMinutes()) + " minutes excluded use none)" : "";
        out.println(head + ": " + Texts.plain(used) + " " + unit.name() + " used so far of the service month's "
                + Texts.plain(m.totalMinutes()) + " minutes" + excluded);
        List<CreditTier> tiers = metric.credit().tiers();
        // The first tier below the commitment is reached when the commitment is missed: one line says both.
        Optional<CreditTier> first = tiers.stream().filter(t -> t.band().upper().compareTo(m.commitment()) == 0).findFirst();
        line(out, "before missing " + m.commitment() + "%" + first.map(t -> ", " + tierName(t)).orElse(""), unit, used,
                unit.allowed(m.allowedMinutes().get(), true));
        for (CreditTier t : tiers) {
            Band band = t.band();
            if (band.upper().compareTo(m.commitment()) >= 0 || band.upper().compareTo(Percent.HUNDRED) >= 0) {
                continue;
            }
            // A band [a, b) is entered below b: the downtime b allows may be used whole; [a, b] is entered at b.
            BigDecimal allowed = SlaEngine.allowedMinutes(m.totalMinutes(), band.upper());
            line(out, "before " + tierName(t), unit, used, unit.allowed(allowed, !band.upperInclusive()));
        }
    }

    private static String tierName(CreditTier t) {
        return t.band() + ": " + Texts.plain(t.credit()) + "%";
    }

    private static void line(PrintWriter out, String label, Unit unit, BigDecimal used, BigDecimal allowed) {
        BigDecimal left = allowed.subtract(used);
        String state = left.signum() >= 0 ? Texts.plain(left) + " " + unit.name() + " left" : "reached (" + Texts.plain(left.negate()) + " over)";
        out.println("    " + Texts.cell(label, 44) + state + " (allows " + Texts.plain(allowed) + ")");
    }

    /** What a rule's allowance counts: minutes, or bad windows of a length. */
    private record Unit(String name, long windowMinutes) {
        static final Unit MINUTES = new Unit("minutes", 0);

        static Unit windows(long minutes) {
            return new Unit("bad " + minutes + "-minute windows", minutes);
        }

        BigDecimal of(BigDecimal minutes) {
            return windowMinutes == 0 ? minutes : minutes.divide(BigDecimal.valueOf(windowMinutes), 0, RoundingMode.UNNECESSARY);
        }

        /**
         * The most a bound allows: its minutes, or the whole windows that fit (at most the minutes when the bound
         * may be reached, fewer than them when it may not: 10 minutes allow one 5-minute window under, two at most).
         */
        BigDecimal allowed(BigDecimal minutes, boolean inclusive) {
            if (windowMinutes == 0) {
                return minutes;
            }
            BigDecimal[] whole = minutes.divideAndRemainder(BigDecimal.valueOf(windowMinutes));
            return !inclusive && whole[1].signum() == 0 ? whole[0].subtract(BigDecimal.ONE).max(BigDecimal.ZERO) : whole[0];
        }
    }

    private static Instant asOf(String text, ServiceMonth month) {
        if (text == null) {
            Instant now = Instant.now();
            if (now.isBefore(month.start())) {
                throw new InvalidInputException("--month", month.label(), "has not begun; there is nothing so far");
            }
            return now.isAfter(month.end()) ? month.end() : now;
        }
        Instant asOf;
        try {
            asOf = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--as-of", text, "is not an instant with an offset like \"2024-04-15T12:00:00+08:00\"");
        }
        if (asOf.isBefore(month.start()) || asOf.isAfter(month.end())) {
            throw new InvalidInputException("--as-of", text, "is outside the month " + month.label() + " (" + month.start() + " to "
                    + month.end() + ")");
        }
        return asOf;
    }

    /** The file runs to --as-of: an incident or window after it has not happened yet. */
    private static void checkNothingAfter(List<ResourceMonth> resources, Instant asOf) {
        for (int i = 0; i < resources.size(); i++) {
            ResourceMonth r = resources.get(i);
            for (int k = 0; k < r.incidents().size(); k++) {
                Incident incident = r.incidents().get(k);
                if (incident.endExclusive().isAfter(asOf)) {
                    throw new InvalidInputException("resources[" + i + "].incidents[" + k + "].end", incident.endExclusive(),
                            "is after --as-of " + asOf + "; a month so far holds what has happened (end an ongoing outage at --as-of)");
                }
            }
            for (int k = 0; k < r.windows().size(); k++) {
                WindowSample w = r.windows().get(k);
                if (!w.start().isBefore(asOf)) {
                    throw new InvalidInputException("resources[" + i + "].windows[" + k + "].start", w.start(), "is not before --as-of " + asOf);
                }
            }
        }
    }
}
