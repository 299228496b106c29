package io.slakit.cli;

import io.slakit.api.ClaimWindow;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.Resolution;
import io.slakit.core.engine.SlaEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code slakit claim-window PRODUCT --month YYYY-MM}: the first and last day to file a claim. */
@Command(name = "claim-window", mixinStandardHelpOptions = true, description = "The first and last day to file a claim for a month.")
final class ClaimWindowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PRODUCT")
    String product;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
    String month;

    @Option(names = "--site", defaultValue = "cn", description = "cn (default) or intl.")
    String site;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        YearMonth ym = Args.month(month, "--month");
        Resolution resolution = Catalogs.get().resolve(product, Args.site(site), ym);
        SlaDefinition d = resolution.definition();
        PrintWriter out = spec.commandLine().getOut();
        resolution.warnings().forEach(w -> out.println("warning: " + w));
        Optional<ClaimWindow> window = SlaEngine.standard().claimWindow(d, ym, Optional.empty());
        if (window.isEmpty()) {
            out.println(d.product() + " " + ym + ": the text states no claim window" + (d.definesCredit() ? "." : " (no credit is defined)."));
            return Main.OK;
        }
        out.println(d.product() + " " + ym + ": claims open " + window.get().opensOn() + " and close " + window.get().closesOn()
                + " (" + d.claimPolicy().orElseThrow().describe() + "; business days: " + window.get().calendar() + ")");
        return Main.OK;
    }
}
