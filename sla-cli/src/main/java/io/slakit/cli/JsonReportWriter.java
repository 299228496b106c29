package io.slakit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.core.json.SlaJson;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The JSON report, streamed: the same shape as {@link SlaJson#report}, written one resource at a time. */
final class JsonReportWriter implements ReportWriter {
    private final JsonGenerator json;
    private final PrintWriter out;
    private Header header;
    private java.util.List<io.slakit.api.UsageCredit> unitTotals = java.util.List.of();

    JsonReportWriter(PrintWriter out) {
        this.out = out;
        try {
            this.json = new JsonFactory(new ObjectMapper()).createGenerator(out);
            json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            json.useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start(Header h) {
        this.header = h;
        this.unitTotals = h.definition().edition(h.edition()).map(io.slakit.core.engine.SlaEngine::creditUnits).orElse(java.util.List.of())
                .stream().map(io.slakit.api.UsageCredit::zero).toList();
        try {
            json.writeStartObject();
            json.writeStringField("product", h.definition().product().value());
            json.writeStringField("site", h.definition().site().code());
            json.writeStringField("version", h.definition().provenance().effective().toString());
            json.writeStringField("edition", h.edition());
            json.writeStringField("month", h.month().toString());
            json.writeStringField("currency", h.currency().getCurrencyCode());
            json.writeArrayFieldStart("warnings");
            for (String w : h.warnings()) {
                json.writeString(w);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("resources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void resource(ResourceReport report, ResourceMonth input) {
        try {
            json.writeTree(SlaJson.resource(report, PerResourceClaims.applies(header.definition())));
            unitTotals = io.slakit.core.engine.SlaEngine.addUsage(unitTotals, report.usageCredits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(Money total, long resources) {
        try {
            json.writeEndArray();
            json.writeStringField("totalCredit", total.rounded().amount().toPlainString());
            json.writeStringField("creditForm", header.creditDefined() ? header.creditForm().code() : "none");
            if (!unitTotals.isEmpty()) {
                // Each unit on its own, never added to totalCredit; absent for money-only products.
                json.writeObjectFieldStart("totalUsageCredits");
                for (io.slakit.api.UsageCredit u : unitTotals) {
                    json.writeStringField(u.unit().code(), u.plainAmount());
                }
                json.writeEndObject();
            }
            json.writeBooleanField("creditDefined", header.creditDefined());
            if (header.claim().isPresent()) {
                json.writeObjectFieldStart("claim");
                json.writeStringField("opensOn", header.claim().get().opensOn().toString());
                json.writeStringField("closesOn", header.claim().get().closesOn().toString());
                json.writeStringField("calendar", header.claim().get().calendar());
                json.writeEndObject();
            } else {
                json.writeNullField("claim");
                if (PerResourceClaims.applies(header.definition())) {
                    json.writeStringField("claimWindows", "per-resource");
                }
            }
            json.writeEndObject();
            json.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
