package io.slakit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slakit.api.ClaimWindow;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code slakit claim-window PRODUCT --month YYYY-MM}: the first and last day to file a claim, and the calendar counted by. */
@Command(name = "claim-window", mixinStandardHelpOptions = true, description = "The first and last day to file a claim for a month.")
final class ClaimWindowCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "PRODUCT", description = "The product id, as `slakit products` lists it (e.g. cvm).")
    String product;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The service month the claim is for, e.g. 2024-04.")
    String month;

    @Option(names = "--site", defaultValue = "cn", description = "cn (default) or intl.")
    String site;

    @Option(names = "--calendar", paramLabel = "FILE", description = Calendars.OPTION_HELP)
    Path calendar;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        YearMonth ym = Args.month(month, "--month");
        var engine = Calendars.engine(calendar);
        Resolution resolution = Catalogs.get().resolve(product, Args.site(site), ym);
        SlaDefinition d = resolution.definition();
        PrintWriter out = spec.commandLine().getOut();
        Optional<ClaimWindow> window = engine.claimWindow(d, ym, Optional.empty());
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("product", d.product().value());
            root.put("site", d.site().code());
            root.put("month", ym.toString());
            root.put("version", d.provenance().effective().toString());
            ArrayNode warnings = root.putArray("warnings");
            resolution.warnings().forEach(warnings::add);
            root.put("creditDefined", d.definesCredit());
            if (window.isPresent()) {
                ObjectNode claim = root.putObject("claim");
                claim.put("opensOn", window.get().opensOn().toString());
                claim.put("closesOn", window.get().closesOn().toString());
                claim.put("rule", d.claimPolicy().orElseThrow().describe());
                d.claimPolicy().orElseThrow().source().ifPresent(s -> claim.put("source", s.toString()));
                claim.put("calendar", window.get().calendar());
            } else {
                root.putNull("claim");
                if (PerResourceClaims.applies(d)) {
                    root.put("claimWindows", "per-resource");
                    root.put("rule", d.claimPolicy().orElseThrow().describe());
                }
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return Main.OK;
        }
        resolution.warnings().forEach(w -> out.println("warning: " + w));
        if (window.isEmpty() && PerResourceClaims.applies(d)) {
            out.println(d.product() + " " + ym + ": " + PerResourceClaims.TOTAL.replace("; see each resource", "") + ": "
                    + d.claimPolicy().orElseThrow().describe() + ". Evaluate a month file for each resource's window.");
            return Main.OK;
        }
        if (window.isEmpty()) {
            out.println(d.product() + " " + ym + ": the text states no claim window" + (d.definesCredit() ? "." : " (no credit is defined)."));
            return Main.OK;
        }
        out.println(d.product() + " " + ym + ": claims open " + window.get().opensOn() + " and close " + window.get().closesOn()
                + " (" + d.claimPolicy().orElseThrow().describe() + "; business days: " + window.get().calendar() + ")");
        return Main.OK;
    }
}
