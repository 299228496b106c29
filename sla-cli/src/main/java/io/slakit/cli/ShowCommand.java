package io.slakit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Metric;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WorkedExample;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.json.SlaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code slakit show PRODUCT}: the SLA as the contract states it. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a product's SLA as the contract states it.")
final class ShowCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "PRODUCT", description = "Product id, e.g. cvm (any case).")
    String product;

    @Option(names = "--site", defaultValue = "cn", description = "cn (mainland, default) or intl.")
    String site;

    @Option(names = "--edition", description = "Only this edition.")
    String edition;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The version in force on this day (default: today).")
    String at;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day = at == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : Args.date(at, "--at");
        Resolution resolution = Catalogs.get().resolve(product, Args.site(site), day);
        SlaDefinition d = resolution.definition();
        List<Edition> editions = d.editions();
        if (edition != null) {
            editions = List.of(d.edition(edition).orElseThrow(() -> new InvalidInputException("--edition", edition,
                    "is not an edition of " + d.product() + " (one of " + d.editions().stream().map(Edition::id).toList() + ")")));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode node = SlaJson.definition(d);
            if (edition != null) {
                ArrayNode kept = node.putArray("editions");
                SlaJson.definition(d).withArray("editions").forEach(e -> {
                    if (e.get("id").asText().equals(edition)) {
                        kept.add(e);
                    }
                });
            }
            ArrayNode warnings = node.putArray("warnings");
            resolution.warnings().forEach(warnings::add);
            out.println(SlaJson.write(node));
            return Main.OK;
        }
        resolution.warnings().forEach(w -> out.println("warning: " + w));
        out.println(d.nameZh() + " / " + d.nameEn() + "  [" + d.product() + ", site " + d.site() + ", family " + d.family() + "]");
        out.println("Source:      " + d.provenance().seedFile() + " line " + d.provenance().titleLine().line() + " \"" + d.provenance().title() + "\"");
        out.println("Updated:     " + d.provenance().updated().toString().replace('T', ' '));
        out.println("Effective:   " + d.provenance().effective() + " (" + d.provenance().effectiveSource() + ")");
        int versions = Catalogs.get().versions(d.product(), d.site()).size();
        if (versions > 1) {
            out.println("Versions:    " + versions + " known; use --at to pick another");
        }
        out.println("Time zone:   " + d.zone() + "; service months: " + d.monthRule());
        if (!d.statesCommitment()) {
            out.println();
            out.println("No service level is stated: no commitment and no credit defined.");
        }
        printEditions(editions, out);
        out.println();
        out.println("Credit:      " + (d.definesCredit() ? d.creditForm() + "; combination " + d.combination() + "; cap " + d.cap() : "no credit defined"));
        d.liabilityCap().ifPresent(c -> out.println("Liability:   " + c.describe() + " (" + c.source() + "; applied when several months are evaluated together)"));
        out.println("Claims:      " + d.claimPolicy().map(p -> p.describe() + p.source().map(s -> " (" + s + ")").orElse("")).orElse("the text states no claim window"));
        if (!d.exclusions().isEmpty()) {
            out.println();
            out.println("Exclusions (use the code in a month file's \"exclusion\" field):");
            // Columns as wide as the longest clause number and code, so "1.3(2)" never runs into its code.
            int number = Math.max(6, d.exclusions().stream().mapToInt(c -> c.clause().length() + 1).max().orElse(0));
            int code = Math.max(34, d.exclusions().stream().mapToInt(c -> c.code().length()).max().orElse(0));
            for (ExclusionClause c : d.exclusions()) {
                out.println("  " + Texts.pad(c.clause(), number) + Texts.pad(c.code(), code) + " " + c.summary() + " (" + c.source() + ")");
            }
        }
        if (!d.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            d.notes().forEach(n -> out.println("  - " + n));
        }
        if (!d.examples().isEmpty()) {
            out.println();
            out.println("Worked examples from the text (replayed by the tests):");
            for (WorkedExample x : d.examples()) {
                out.println("  - " + x.description() + " (" + x.source() + ")");
            }
        }
        return Main.OK;
    }

    /** Each edition's metrics in words: commitment, measurement, credit and its table. */
    static void printEditions(List<Edition> editions, PrintWriter out) {
        for (Edition e : editions) {
            if (e.metrics().isEmpty()) {
                continue;
            }
            out.println();
            out.println("Edition " + e.id() + (e.name().equals(e.id()) ? "" : " (" + e.name() + ")") + ":");
            for (Metric m : e.metrics()) {
                out.println("  " + m.id() + " - " + m.name());
                out.println("    commitment " + m.commitment() + "% (" + m.commitmentSource() + ")");
                out.println("    measured:  " + m.measurement().describe());
                if (!(m.credit() instanceof io.slakit.core.rules.TieredCredit)) {
                    out.println("    credit:    " + m.credit().describe());
                }
                for (CreditTier t : m.credit().tiers()) {
                    out.println("    " + Texts.pad(t.band().toString(), 18) + " -> " + Texts.plain(t.credit()) + "% of "
                            + (m.basis().equals("fee") ? "the monthly fee" : "the \"" + m.basis() + "\" fee") + "   (" + t.band().describe() + ")");
                }
                m.creditSource().ifPresent(s -> out.println("    table at " + s));
            }
        }
    }
}
