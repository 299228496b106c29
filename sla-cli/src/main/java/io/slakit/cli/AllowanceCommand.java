package io.slakit.cli;

import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.Metric;
import io.slakit.api.Percent;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.engine.SlaEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code slakit allowance PRODUCT --month YYYY-MM}: downtime allowed before each tier; with {@code --so-far FILE}, a
 * month in progress: what the incidents (or windows) so far used, what is left before the commitment and each tier,
 * and the credit owed if nothing more happens (issue 24).
 */
@Command(name = "allowance", mixinStandardHelpOptions = true,
        description = {"For each metric: the month's minutes and the downtime allowed before the commitment and each tier.",
                "With --so-far FILE (a month file of the incidents or windows so far): per resource and metric, what is used, "
                        + "what is left before the commitment and each tier, and the credit owed if nothing more happens."})
final class AllowanceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PRODUCT", description = "The product id, as `slakit products` lists it (e.g. cvm).")
    String product;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The service month, e.g. 2024-04.")
    String month;

    @Option(names = "--edition", description = "The edition, as `slakit show PRODUCT` lists them (default: the product's default edition).")
    String edition;

    @Option(names = "--site", defaultValue = "cn", description = "cn (default) or intl.")
    String site;

    @Option(names = "--so-far", paramLabel = "FILE", description = "A month file (JSON or JSON Lines) of the month so far: "
            + "what is used and left, per resource and metric.")
    String soFar;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = {"With --so-far: the instant the file runs to, ISO-8601 with an "
            + "offset (default: now, or the month's end once it is over).", "No incident or window of the file may end after it."})
    String asOf;

    @Option(names = "--calendar", paramLabel = "FILE", description = "With --so-far: " + Calendars.OPTION_HELP)
    java.nio.file.Path calendar;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        YearMonth ym = Args.month(month, "--month");
        if (soFar != null) {
            new MonthSoFar(product, ym, edition, spec).print(soFar, asOf, Calendars.engine(calendar));
            return Main.OK;
        }
        if (asOf != null || calendar != null) {
            throw new io.slakit.api.InvalidInputException(asOf != null ? "--as-of" : "--calendar", asOf != null ? asOf : calendar.toString(),
                    "applies with --so-far FILE only");
        }
        Resolution resolution = Catalogs.get().resolve(product, Args.site(site), ym);
        SlaDefinition d = resolution.definition();
        Edition e = SlaEngine.edition(d, Optional.ofNullable(edition));
        PrintWriter out = spec.commandLine().getOut();
        resolution.warnings().forEach(w -> out.println("warning: " + w));
        ServiceMonth serviceMonth = ServiceMonth.calendar(ym, d.zone());
        BigDecimal total = BigDecimal.valueOf(serviceMonth.totalMinutes());
        out.println(d.product() + " " + ym + " (version " + d.provenance().effective() + ", edition " + e.id() + "): "
                + serviceMonth.days() + " days, " + total + " minutes");
        if (e.metrics().isEmpty()) {
            out.println("No service level is stated: nothing is allowed or owed.");
        }
        for (Metric m : e.metrics()) {
            out.println();
            out.println(m.id() + " (" + m.name() + ")");
            if (!m.measurement().countsMinutes()) {
                out.println("  not measured in minutes (" + m.measurement().rule() + "): the commitment is " + m.commitment() + "%");
                continue;
            }
            BigDecimal period = total;
            String measuredOver = m.measurement().parameters().getOrDefault("period", "");
            if ("service-year".equals(measuredOver) || "calendar-year".equals(measuredOver)) {
                // The month's minutes mean nothing here (CME, TAF, weda): the allowance is the year's, shown for a 365-day year.
                period = BigDecimal.valueOf(365L * 24 * 60);
                out.println("  measured per " + measuredOver.replace('-', ' ') + " (" + m.measurement().rule() + "): downtime of the year to date; "
                        + "allowances for a 365-day year of " + period + " minutes (366 days: " + 366L * 24 * 60 + ")");
            }
            line(out, "meets the commitment " + m.commitment() + "%", period, m.commitment(), true);
            for (CreditTier t : m.credit().tiers()) {
                if (t.band().lower().value().signum() > 0) {
                    line(out, "stays in " + t.band() + " (" + Texts.plain(t.credit()) + "%)", period, t.band().lower(), t.band().lowerInclusive());
                }
            }
        }
        return Main.OK;
    }

    private static void line(PrintWriter out, String label, BigDecimal total, Percent bound, boolean inclusive) {
        BigDecimal allowed = SlaEngine.allowedMinutes(total, bound);
        out.println("  " + Texts.pad(label, 44) + (inclusive ? "up to " : "under ") + Texts.plain(allowed) + " minutes down");
    }
}
