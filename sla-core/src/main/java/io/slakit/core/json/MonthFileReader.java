package io.slakit.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.slakit.api.Attribution;
import io.slakit.api.DeliveryCounts;
import io.slakit.api.DurabilityCounts;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ProductId;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.Ticket;
import io.slakit.api.WindowSample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the month file (JSON): a header (product, site, month, edition, currency) and resources.
 * Every error names its field path, e.g. {@code resources[3].incidents[0].end}. Unknown fields are
 * errors too: a misspelt {@code "exclusoin"} must not silently count an excluded outage.
 */
public final class MonthFileReader {
    /**
     * The currency of a month file that names none: the file format's documented default (fees on
     * Tencent Cloud's China site are in yuan), named here rather than guessed where it is read.
     */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("CNY");
    private static final Set<String> HEADER_FIELDS = Set.of("product", "site", "month", "serviceStart", "edition", "currency", "resources");
    private static final Set<String> RESOURCE_FIELDS = Set.of("id", "region", "zone", "fee", "fees", "units", "activeFrom",
            "activeUntil", "incidents", "priorIncidents", "windows", "durability", "tickets", "deliveries", "priorWindows", "dailyCalls",
            "unitPrice");
    private static final Set<String> INCIDENT_FIELDS = Set.of("start", "end", "exclusion", "scope", "chargedRequests", "totalRequests",
            "signal");
    private static final Set<String> WINDOW_FIELDS = Set.of("start", "total", "failed");
    private static final Set<String> TICKET_FIELDS = Set.of("id", "kind", "severity", "opened", "responded", "delivered");
    private static final Set<String> DELIVERY_FIELDS = Set.of("sent", "delivered", "excluded", "unitPrice");
    private static final Set<String> DURABILITY_FIELDS = Set.of("units", "lost");

    private MonthFileReader() {
    }

    /** The header of a month file: everything but the resources. */
    public record Header(ProductId product, Site site, YearMonth month, Optional<LocalDate> serviceStart,
                         Optional<String> edition, Currency currency) {
        public EvaluationRequest with(List<ResourceMonth> resources) {
            return new EvaluationRequest(product, site, month, serviceStart, edition, currency, resources);
        }
    }

    /** Parses JSON text; malformed JSON is bad input, located by line and column. */
    public static JsonNode parse(String text, String source) {
        try {
            JsonNode node = SlaJson.mapper().readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException(source, "", "is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(source, abbreviate(text), "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /** A whole month file. */
    public static EvaluationRequest read(JsonNode root) {
        Header header = header(root, true);
        JsonNode resources = root.get("resources");
        if (resources == null || !resources.isArray()) {
            throw new InvalidInputException("resources", resources == null ? null : resources.toString(), "must be an array of resources");
        }
        List<ResourceMonth> list = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            list.add(resource(resources.get(i), header.currency(), "resources[" + i + "]"));
        }
        return header.with(list);
    }

    /**
     * Whether a JSON Lines line is a whole month (it has {@code "resources"}): the lines of a stream of
     * months, one month file per line, as opposed to the header line of a month's resources.
     */
    public static boolean isWholeMonth(JsonNode line) {
        return line != null && line.isObject() && line.has("resources");
    }

    /** The header fields of a month file or of a JSON Lines header line. */
    public static Header header(JsonNode root, boolean resourcesAllowed) {
        requireObject(root, "(root)");
        checkFields(root, resourcesAllowed ? HEADER_FIELDS : without(HEADER_FIELDS, "resources"), "");
        ProductId product = ProductId.of(text(root, "product", "", true));
        Site site = root.hasNonNull("site") ? Site.parse(text(root, "site", "", true)) : Site.CN;
        Optional<LocalDate> serviceStart = Optional.ofNullable(text(root, "serviceStart", "", false)).map(s -> date(s, "serviceStart"));
        String monthText = text(root, "month", "", false);
        YearMonth month;
        if (monthText != null) {
            try {
                month = YearMonth.parse(monthText);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("month", monthText, "is not a month like \"2024-04\"");
            }
        } else if (serviceStart.isPresent()) {
            month = YearMonth.from(serviceStart.get());
        } else {
            throw new InvalidInputException("month", null, "is required (YYYY-MM), or serviceStart (YYYY-MM-DD) for anniversary months");
        }
        Optional<String> edition = Optional.ofNullable(text(root, "edition", "", false));
        String currencyText = text(root, "currency", "", false);
        Currency currency = currencyText == null ? DEFAULT_CURRENCY : Money.currency(currencyText);
        return new Header(product, site, month, serviceStart, edition, currency);
    }

    /** One resource object, its errors placed under {@code path}. */
    public static ResourceMonth resource(JsonNode node, Currency currency, String path) {
        try {
            return resource(node, currency);
        } catch (InvalidInputException e) {
            throw e.under(path);
        }
    }

    private static ResourceMonth resource(JsonNode node, Currency currency) {
        requireObject(node, "(resource)");
        checkFields(node, RESOURCE_FIELDS, "");
        String id = text(node, "id", "", true);
        String feeText = text(node, "fee", "", true);
        ResourceMonth.Builder builder = ResourceMonth.builder(id, Money.fee(feeText, currency, "fee"))
                .region(java.util.Objects.requireNonNullElse(text(node, "region", "", false), ResourceMonth.NO_LOCATION))
                .zone(java.util.Objects.requireNonNullElse(text(node, "zone", "", false), ResourceMonth.NO_LOCATION));
        JsonNode fees = node.get("fees");
        if (fees != null && !fees.isNull()) {
            requireObject(fees, "fees");
            for (Map.Entry<String, JsonNode> e : fees.properties()) {
                builder.otherFee(e.getKey(), Money.fee(e.getValue().asText(), currency, "fees." + e.getKey()));
            }
        }
        if (node.hasNonNull("units")) {
            builder.units(wholeNumber(node.get("units"), "units"));
        }
        String from = text(node, "activeFrom", "", false);
        if (from != null) {
            builder.activeFrom(instant(from, "activeFrom"));
        }
        String until = text(node, "activeUntil", "", false);
        if (until != null) {
            builder.activeUntil(instant(until, "activeUntil"));
        }
        JsonNode incidents = array(node, "incidents");
        for (int i = 0; i < incidents.size(); i++) {
            builder.incident(incident(incidents.get(i), "incidents[" + i + "]"));
        }
        // Outages before the month, for the rules that read a service year to date (CME); the engine rejects them elsewhere.
        JsonNode prior = array(node, "priorIncidents");
        for (int i = 0; i < prior.size(); i++) {
            builder.priorIncident(incident(prior.get(i), "priorIncidents[" + i + "]"));
        }
        JsonNode windows = array(node, "windows");
        for (int i = 0; i < windows.size(); i++) {
            builder.window(window(windows.get(i), "windows[" + i + "]"));
        }
        // Windows before the month and calls per day, for the rules that measure a year to date (TAF, weda); the engine rejects them elsewhere.
        JsonNode priorWindows = array(node, "priorWindows");
        for (int i = 0; i < priorWindows.size(); i++) {
            builder.priorWindow(window(priorWindows.get(i), "priorWindows[" + i + "]"));
        }
        JsonNode dailyCalls = node.get("dailyCalls");
        if (dailyCalls != null && !dailyCalls.isNull()) {
            requireObject(dailyCalls, "dailyCalls");
            for (Map.Entry<String, JsonNode> e : dailyCalls.properties()) {
                LocalDate day;
                try {
                    day = LocalDate.parse(e.getKey());
                } catch (java.time.format.DateTimeParseException bad) {
                    throw new InvalidInputException("dailyCalls", e.getKey(), "is not a date (YYYY-MM-DD)");
                }
                builder.dailyCalls(day, wholeNumber(e.getValue(), "dailyCalls." + e.getKey()));
            }
        }
        // Tickets and requests, for deadline commitments; the engine rejects them for a product that checks none.
        JsonNode tickets = array(node, "tickets");
        for (int i = 0; i < tickets.size(); i++) {
            builder.ticket(ticket(tickets.get(i), "tickets[" + i + "]"));
        }
        // The list price of one credit unit (Qidian's page view), exact; the engine rejects it for a credit that reads no price.
        String price = text(node, "unitPrice", "", false);
        if (price != null) {
            try {
                builder.unitPrice(new java.math.BigDecimal(price));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("unitPrice", price, "is not a decimal number, like \"0.03\"");
            }
        }
        JsonNode deliveries = node.get("deliveries");
        if (deliveries != null && !deliveries.isNull()) {
            requireObject(deliveries, "deliveries");
            checkFields(deliveries, DELIVERY_FIELDS, "deliveries.");
            try {
                builder.deliveries(deliveries(deliveries));
            } catch (InvalidInputException e) {
                throw e.under("deliveries");
            }
        }
        JsonNode durability = node.get("durability");
        if (durability != null && !durability.isNull()) {
            requireObject(durability, "durability");
            checkFields(durability, DURABILITY_FIELDS, "durability.");
            try {
                builder.durability(DurabilityCounts.of(wholeNumber(durability.get("units"), "units"), wholeNumber(durability.get("lost"), "lost")));
            } catch (InvalidInputException e) {
                throw e.under("durability");
            }
        }
        return builder.build();
    }

    /**
     * {@code {"sent": 10000, "delivered": 9400, "excluded": {"force-majeure": 300}, "unitPrice": "0.045"}}: the counts,
     * the undelivered messages each exclusion clause caused (optional), and the list price of one credit unit
     * (optional; read exactly, best as a string).
     */
    private static DeliveryCounts deliveries(JsonNode node) {
        java.util.Map<String, Long> excluded = new java.util.TreeMap<>();
        JsonNode byClause = node.get("excluded");
        if (byClause != null && !byClause.isNull()) {
            requireObject(byClause, "excluded");
            for (Map.Entry<String, JsonNode> e : byClause.properties()) {
                excluded.put(e.getKey(), wholeNumber(e.getValue(), "excluded." + e.getKey()));
            }
        }
        java.util.Optional<java.math.BigDecimal> price = java.util.Optional.empty();
        String priceText = text(node, "unitPrice", "", false);
        if (priceText != null) {
            try {
                price = java.util.Optional.of(new java.math.BigDecimal(priceText.trim()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("unitPrice", priceText, "is not a decimal number, like \"0.045\"");
            }
        }
        return new DeliveryCounts(wholeNumber(node.get("sent"), "sent"), wholeNumber(node.get("delivered"), "delivered"), excluded, price);
    }

    private static Incident incident(JsonNode node, String path) {
        try {
            requireObject(node, "(incident)");
            checkFields(node, INCIDENT_FIELDS, "");
            Instant start = instant(text(node, "start", "", true), "start");
            Instant end = instant(text(node, "end", "", true), "end");
            String scope = text(node, "scope", "", false);
            Incident incident = new Incident(start, end, scope == null ? "" : scope, Attribution.ofNullable(text(node, "exclusion", "", false)));
            String signal = text(node, "signal", "", false);
            if (signal != null) {
                incident = incident.onSignal(signal);
            }
            requireBoth(node.hasNonNull("chargedRequests"), node.hasNonNull("totalRequests"));
            return node.hasNonNull("chargedRequests") ? incident.weightedBy(wholeNumber(node.get("chargedRequests"), "chargedRequests"),
                    wholeNumber(node.get("totalRequests"), "totalRequests")) : incident;
        } catch (InvalidInputException e) {
            throw e.under(path);
        }
    }

    private static Ticket ticket(JsonNode node, String path) {
        try {
            requireObject(node, "(ticket)");
            checkFields(node, TICKET_FIELDS, "");
            String id = text(node, "id", "", true);
            String kind = text(node, "kind", "", true);
            Optional<String> severity = Optional.ofNullable(text(node, "severity", "", false));
            Instant opened = instant(text(node, "opened", "", true), "opened");
            Optional<Instant> responded = Optional.ofNullable(text(node, "responded", "", false)).map(t -> instant(t, "responded"));
            Optional<Instant> delivered = Optional.ofNullable(text(node, "delivered", "", false)).map(t -> instant(t, "delivered"));
            return new Ticket(id, kind, severity, opened, responded, delivered);
        } catch (InvalidInputException e) {
            throw e.under(path);
        }
    }

    /**
     * {@code incident} with the request counts given as text (a CSV row's cells), or unchanged when
     * both are empty. One without the other is an error: the missing count would have to be guessed.
     */
    public static Incident withRequestCounts(Incident incident, String chargedRequests, String totalRequests) {
        boolean charged = chargedRequests != null && !chargedRequests.isBlank();
        boolean total = totalRequests != null && !totalRequests.isBlank();
        requireBoth(charged, total);
        return charged ? incident.weightedBy(wholeNumber(chargedRequests, "chargedRequests"), wholeNumber(totalRequests, "totalRequests"))
                : incident;
    }

    private static void requireBoth(boolean charged, boolean total) {
        if (charged != total) {
            throw new InvalidInputException(charged ? "totalRequests" : "chargedRequests", null,
                    "is required when " + (charged ? "chargedRequests" : "totalRequests") + " is given");
        }
    }

    private static long wholeNumber(String text, String field) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "is not a whole number");
        }
    }

    private static WindowSample window(JsonNode node, String path) {
        try {
            requireObject(node, "(window)");
            checkFields(node, WINDOW_FIELDS, "");
            return WindowSample.of(instant(text(node, "start", "", true), "start"),
                    wholeNumber(node.get("total"), "total"), wholeNumber(node.get("failed"), "failed"));
        } catch (InvalidInputException e) {
            throw e.under(path);
        }
    }

    /** An ISO-8601 instant with an offset, e.g. {@code 2024-04-05T10:00:00+08:00}. */
    public static Instant instant(String text, String field) {
        Instant strict = text == null ? null : io.slakit.core.time.IsoInstants.parseOrNull(text);
        if (strict != null) {
            return strict;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, text, "is not an ISO-8601 date-time with an offset, like \"2024-04-05T10:00:00+08:00\"");
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, text, "is not a date like \"2024-03-17\"");
        }
    }

    private static long wholeNumber(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(field, null, "is required");
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new InvalidInputException(field, node.isTextual() ? node.asText() : node.toString(), "is not a whole number");
    }

    private static String text(JsonNode node, String field, String prefix, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidInputException(prefix + field, null, "is required");
            }
            return null;
        }
        if (value.isTextual()) {
            return unicode(value.asText(), prefix + field);
        }
        if (value.isNumber()) {
            return value.asText();
        }
        throw new InvalidInputException(prefix + field, value.toString(), "must be a string");
    }

    /**
     * {@code text}, refused when it holds half of a UTF-16 surrogate pair (JSON's {@code "\ud800"}
     * escape): it is no character, and a report would print it as {@code ?}.
     */
    static String unicode(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidInputException(field, String.format("\\u%04x at character %d", (int) c, i),
                            "is half of a UTF-16 surrogate pair, not a character; text must be valid Unicode");
                }
            }
        }
        return text;
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return SlaJson.mapper().createArrayNode();
        }
        if (!value.isArray()) {
            throw new InvalidInputException(field, value.toString(), "must be an array");
        }
        return value;
    }

    private static void requireObject(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(field, node == null ? null : abbreviate(node.toString()), "must be a JSON object");
        }
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(prefix + name, abbreviate(node.get(name).toString()),
                        "is not a known field (expected one of " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static Set<String> without(Set<String> set, String name) {
        Set<String> copy = new java.util.HashSet<>(set);
        copy.remove(name);
        return copy;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
