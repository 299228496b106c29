package io.slakit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slakit.api.Edition;
import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.fleet.FleetPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code slakit products}: every product in the catalogue with the version in force today. */
@Command(name = "products", mixinStandardHelpOptions = true, description = "List every product in the catalogue.")
final class ProductsCommand implements Callable<Integer> {
    enum Format { table, json }

    /**
     * The month the fast-path flag is decided for: a typical month (30 days, no clock change in
     * Asia/Shanghai), fixed so the listing does not change with the day it is run.
     */
    static final YearMonth FAST_PATH_MONTH = YearMonth.of(2024, 4);

    @Option(names = "--family", description = "Only this family (compute, database, network, media, ...).")
    String family;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SlaCatalog catalog = Catalogs.get();
        Family wanted = family == null ? null : Family.of(family.trim().toLowerCase(java.util.Locale.ROOT));
        if (wanted != null && !catalog.families().contains(wanted)) {
            throw new io.slakit.api.InvalidInputException("--family", family, "is not a family on the class path (one of " + catalog.families() + ")");
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Map<String, SlaDefinition> inForce = new LinkedHashMap<>();
        for (SlaDefinition d : catalog.definitions()) {
            if (wanted != null && !d.family().equals(wanted)) {
                continue;
            }
            String key = d.product() + "@" + d.site();
            if (!inForce.containsKey(key) || !d.provenance().effective().isAfter(today)) {
                inForce.put(key, d);
            }
        }
        List<SlaDefinition> rows = new ArrayList<>(inForce.values());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (SlaDefinition d : rows) {
                ObjectNode node = array.addObject();
                node.put("id", d.product().value());
                node.put("site", d.site().code());
                node.put("family", d.family().id());
                node.put("nameZh", d.nameZh());
                node.put("nameEn", d.nameEn());
                node.put("commitments", Texts.commitments(d));
                node.put("version", d.provenance().effective().toString());
                node.put("versions", catalog.versions(d.product(), d.site()).size());
                node.put("creditDefined", d.definesCredit());
                ArrayNode editions = node.putArray("editions");
                for (Edition edition : d.editions()) {
                    ObjectNode entry = editions.addObject();
                    entry.put("id", edition.id());
                    FleetPlan.Compilation plan = FleetPlan.compile(d, edition, FAST_PATH_MONTH);
                    entry.put("fastPath", plan.plan().isPresent());
                    if (plan.plan().isEmpty()) {
                        entry.put("fastPathReason", plan.unsupportedReason());
                    }
                }
            }
            out.println(array.toPrettyString());
            return Main.OK;
        }
        // The commitments come last: an edition list (cdb, css, dc) is longer than any fixed column.
        int idWidth = Math.max(22, rows.stream().mapToInt(d -> d.product().value().length() + 2).max().orElse(0));
        int nameWidth = rows.stream().mapToInt(d -> Texts.displayWidth(name(d)) + 2).max().orElse(6);
        out.println(Texts.pad("ID", idWidth) + Texts.pad("SITE", 6) + Texts.pad("FAMILY", 15) + Texts.pad("VERSION", 12)
                + Texts.pad("NAME", nameWidth) + "COMMITMENTS");
        for (SlaDefinition d : rows) {
            out.println(Texts.pad(d.product().value(), idWidth) + Texts.pad(d.site().code(), 6) + Texts.pad(d.family().id(), 15)
                    + Texts.pad(d.provenance().effective().toString(), 12) + Texts.pad(name(d), nameWidth) + Texts.commitments(d)
                    + (d.definesCredit() || !d.statesCommitment() ? "" : " (no credit)"));
        }
        out.println(rows.size() + " product(s).");
        return Main.OK;
    }

    private static String name(SlaDefinition d) {
        return d.nameEn() + " / " + d.nameZh();
    }
}
