package io.slakit.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slakit.api.ClaimPolicy;
import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.EvaluationReport;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WorkedExample;

import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON for definitions and reports. The shapes are explicit (no reflection on value types), so
 * the output is a stable interface: amounts and percents are strings, minutes are numbers.
 */
public final class SlaJson {
    /** Bounds on what a month file may hold: nothing a real month needs comes near them. */
    public static final int MAX_NESTING = 32;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_STRING_LENGTH = 1 << 20;
    /**
     * The longest JSON document read: 32 MiB, enough for a JSON Lines record with a year of per-minute
     * windows (the command line bounds a whole month file lower, at 16 MiB).
     */
    public static final long MAX_DOCUMENT_LENGTH = 32L << 20;

    // Reading is strict: a key given twice, anything after the document, or a number read through
    // double would each change an answer silently. No default typing is ever enabled.
    private static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING).maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private SlaJson() {
    }

    /** Pretty-printed JSON text of a tree. */
    public static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A report as {@code slakit evaluate --format json} prints it. */
    public static ObjectNode report(EvaluationReport report) {
        return report(report, false);
    }

    /**
     * The report; where {@code claimsPerResource} (the text counts claim windows from each resource's service-year end),
     * its {@code claim} is null with {@code "claimWindows": "per-resource"} beside it, and each resource has its own
     * {@code claim} (null when its service year does not end in the month).
     */
    public static ObjectNode report(EvaluationReport report, boolean claimsPerResource) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("product", report.product().value());
        root.put("site", report.site().code());
        root.put("version", report.version().toString());
        root.put("edition", report.edition());
        root.put("month", report.month().toString());
        root.put("currency", report.currency().getCurrencyCode());
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ArrayNode resources = root.putArray("resources");
        report.resources().forEach(r -> resources.add(resource(r, claimsPerResource)));
        root.put("totalCredit", amount(report.totalCredit()));
        root.put("creditForm", report.creditForm().code());
        if (!report.totalUsageCredits().isEmpty()) {
            ObjectNode usage = root.putObject("totalUsageCredits");
            report.totalUsageCredits().forEach(u -> usage.put(u.unit().code(), u.plainAmount()));
        }
        root.put("creditDefined", report.creditDefined());
        report.claim().ifPresentOrElse(claim -> {
            ObjectNode node = root.putObject("claim");
            node.put("opensOn", claim.opensOn().toString());
            node.put("closesOn", claim.closesOn().toString());
            node.put("calendar", claim.calendar());
        }, () -> root.putNull("claim"));
        if (claimsPerResource) {
            root.put("claimWindows", "per-resource");
        }
        return root;
    }

    public static ObjectNode resource(ResourceReport r) {
        return resource(r, false);
    }

    /** The resource; its own {@code claim} where it has one, or always (null when none) where {@code claimsPerResource}. */
    public static ObjectNode resource(ResourceReport r, boolean claimsPerResource) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", r.id());
        node.put("fee", amount(r.fee()));
        node.put("serviceMonthStart", r.serviceMonth().firstDay().toString());
        node.put("serviceMonthEnd", r.serviceMonth().lastDay().toString());
        ArrayNode metrics = node.putArray("metrics");
        r.metrics().forEach(m -> metrics.add(metric(m)));
        if (r.creditPercent().isPresent()) {
            node.put("creditPercent", plain(r.creditPercent().get()));
        } else {
            node.putNull("creditPercent");
        }
        node.put("credit", amount(r.credit()));
        ArrayNode other = node.putArray("otherForms");
        r.otherForms().forEach(other::add);
        if (!r.usageCredits().isEmpty()) {
            // Only an edition paying in units other than money has the field: money-only reports are as they were.
            ObjectNode usage = node.putObject("usageCredits");
            r.usageCredits().forEach(u -> usage.put(u.unit().code(), u.plainAmount()));
        }
        if (r.claim().isPresent()) {
            ObjectNode claim = node.putObject("claim");
            claim.put("opensOn", r.claim().get().opensOn().toString());
            claim.put("closesOn", r.claim().get().closesOn().toString());
            claim.put("calendar", r.claim().get().calendar());
        } else if (claimsPerResource) {
            node.putNull("claim");
        }
        ArrayNode notes = node.putArray("notes");
        r.notes().forEach(notes::add);
        return node;
    }

    private static ObjectNode metric(MetricResult m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("metric", m.metric());
        node.put("name", m.name());
        node.put("totalMinutes", m.totalMinutes());
        if (m.unavailableMinutes().isPresent()) {
            node.put("unavailableMinutes", m.unavailableMinutes().get());
        } else {
            node.putNull("unavailableMinutes");
        }
        node.put("excludedMinutes", m.totalExcludedMinutes());
        ObjectNode byClause = node.putObject("excludedByClause");
        m.excludedMinutes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byClause.put(e.getKey(), e.getValue()));
        node.put("availability", m.availability().display(6).toPlainString());
        node.put("commitment", m.commitment().toString());
        node.put("met", m.met());
        m.allowedMinutes().ifPresent(a -> node.put("allowedMinutes", a));
        m.tier().ifPresent(t -> node.put("tier", t.band().toString()));
        if (m.creditPercent().isPresent()) {
            node.put("creditPercent", plain(m.creditPercent().get()));
        } else {
            node.putNull("creditPercent");
        }
        node.put("credit", amount(m.credit().rounded()));
        m.otherForm().ifPresent(o -> node.put("otherForm", o));
        m.usageCredit().ifPresent(u -> node.put("usageCredit", u.plainAmount()).put("usageUnit", u.unit().code()));
        m.lateItems().ifPresent(items -> {
            // Only rules that check deadlines have the field: every other metric's JSON is as it was.
            ArrayNode late = node.putArray("lateItems");
            for (io.slakit.api.LateItem item : items) {
                ObjectNode i = late.addObject();
                i.put("ticket", item.ticket());
                i.put("kind", item.kind());
                item.severity().ifPresentOrElse(sev -> i.put("severity", sev), () -> i.putNull("severity"));
                i.put("milestone", item.milestone());
                i.put("deadline", item.deadline().toString());
                item.actual().ifPresentOrElse(a -> i.put("actual", a.toString()), () -> i.putNull("actual"));
                i.put("lateness", item.lateness());
                i.put("unit", item.latenessUnit());
                i.put("commitment", item.commitment());
            }
        });
        node.put("rule", m.rule());
        node.put("explanation", m.explanation());
        return node;
    }

    /** A definition as {@code slakit show --format json} prints it. */
    public static ObjectNode definition(SlaDefinition d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("product", d.product().value());
        root.put("site", d.site().code());
        root.put("family", d.family().id());
        root.put("nameZh", d.nameZh());
        root.put("nameEn", d.nameEn());
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("seedFile", d.provenance().seedFile());
        provenance.put("line", d.provenance().titleLine().line());
        provenance.put("title", d.provenance().title());
        provenance.put("updated", d.provenance().updated().toString());
        provenance.put("effective", d.provenance().effective().toString());
        provenance.put("effectiveSource", d.provenance().effectiveSource());
        root.put("zone", d.zone().getId());
        root.put("monthRule", d.monthRule().name());
        root.put("creditDefined", d.definesCredit());
        root.put("statesCommitment", d.statesCommitment());
        d.defaultEdition().ifPresent(e -> root.put("defaultEdition", e));
        ArrayNode editions = root.putArray("editions");
        d.editions().forEach(e -> editions.add(edition(e)));
        root.put("combination", d.combination().name());
        root.put("cap", d.cap().name());
        d.liabilityCap().ifPresent(c -> {
            // only for texts that state one, so every other definition prints as before
            ObjectNode cap = root.putObject("liabilityCap");
            cap.put("months", c.months());
            cap.put("rule", c.describe());
            cap.put("source", c.source().toString());
        });
        root.put("creditForm", d.definesCredit() ? d.creditForm().code() : "none");
        d.claimPolicy().ifPresentOrElse(p -> {
            ObjectNode claim = root.putObject("claimPolicy");
            if (p instanceof ClaimPolicy.NextMonthWindow next) {
                claim.put("kind", "next-month-window");
                claim.put("opensAfterBusinessDays", next.opensAfterBusinessDays());
                claim.put("closesAfterCalendarDays", next.closesAfterCalendarDays());
            } else if (p instanceof ClaimPolicy.WithinMonths months) {
                claim.put("kind", "within-months");
                claim.put("opensAfterBusinessDays", months.opensAfterBusinessDays());
                claim.put("closesAfterMonths", months.closesAfterMonths());
            } else if (p instanceof ClaimPolicy.WithinBusinessDays within) {
                claim.put("kind", "within-business-days");
                claim.put("businessDays", within.businessDays());
            } else if (p instanceof ClaimPolicy.AfterServiceYear year) {
                claim.put("kind", "after-service-year");
                claim.put("opensAfterBusinessDays", year.opensAfterBusinessDays());
                claim.put("closesAfterCalendarDays", year.closesAfterCalendarDays());
            }
            claim.put("rule", p.describe());
            p.source().ifPresent(s -> claim.put("source", s.toString()));
        }, () -> root.putNull("claimPolicy"));
        ArrayNode exclusions = root.putArray("exclusions");
        for (ExclusionClause clause : d.exclusions()) {
            ObjectNode node = exclusions.addObject();
            node.put("code", clause.code());
            node.put("clause", clause.clause());
            node.put("summary", clause.summary());
            node.put("source", clause.source().toString());
        }
        ArrayNode notes = root.putArray("notes");
        d.notes().forEach(notes::add);
        ArrayNode examples = root.putArray("examples");
        for (WorkedExample example : d.examples()) {
            ObjectNode node = examples.addObject();
            node.put("description", example.description());
            node.put("source", example.source().toString());
        }
        return root;
    }

    private static ObjectNode edition(Edition e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", e.id());
        node.put("name", e.name());
        ArrayNode metrics = node.putArray("metrics");
        for (Metric m : e.metrics()) {
            ObjectNode metric = metrics.addObject();
            metric.put("id", m.id());
            metric.put("name", m.name());
            metric.put("rule", m.measurement().rule());
            metric.put("measurement", m.measurement().describe());
            ObjectNode parameters = metric.putObject("parameters");
            m.measurement().parameters().forEach(parameters::put);
            metric.put("commitment", m.commitment().toString());
            metric.put("commitmentSource", m.commitmentSource().toString());
            metric.put("creditBasis", m.basis());
            metric.put("creditDefined", m.credit().definesCredit());
            metric.put("credit", m.credit().describe());
            m.creditSource().ifPresent(s -> metric.put("creditSource", s.toString()));
            ArrayNode tiers = metric.putArray("tiers");
            for (CreditTier tier : m.credit().tiers()) {
                ObjectNode t = tiers.addObject();
                t.put("band", tier.band().toString());
                t.put("credit", plain(tier.credit()));
                t.put("reads", tier.band().describe());
            }
        }
        return node;
    }

    static String amount(Money money) {
        return money.rounded().amount().toPlainString();
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
