package io.slakit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.slakit.api.Attribution;
import io.slakit.api.Incident;
import io.slakit.api.WindowSample;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ProductId;
import io.slakit.api.ResourceMonth;
import io.slakit.core.json.MonthFileReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The three input shapes of {@code evaluate}: a JSON month file, JSON Lines (a header line, then
 * one resource per line, streamed), and a CSV pair ({@code resources.csv} + {@code incidents.csv}).
 */
final class Inputs {
    private Inputs() {
    }

    /** A month's header and a way to stream its resources; {@code wholeFleet} when all resources are known together. */
    record Source(MonthFileReader.Header header, boolean wholeFleet, ResourceStream resources, Locator locator) {
        Source(MonthFileReader.Header header, boolean wholeFleet, ResourceStream resources) {
            this(header, wholeFleet, resources, Locator.NONE);
        }
    }

    /**
     * Places an error the engine found in a resource's input ({@code resources[3].tickets[1].kind}) at the line of the file it
     * came from ({@code tickets.csv line 7.kind}); month files keep the field path.
     */
    @FunctionalInterface
    interface Locator {
        Locator NONE = (id, e) -> e;

        InvalidInputException locate(String resourceId, InvalidInputException e);
    }

    @FunctionalInterface
    interface ResourceStream {
        /** Feeds each resource in input order; field paths of errors name the resource's position. */
        void forEach(Consumer<ResourceMonth> consumer) throws IOException;
    }

    static Source json(String text, String name) {
        JsonNode root = MonthFileReader.parse(text, name);
        return of(MonthFileReader.read(root));
    }

    /** A month already read whole (a month file, or the one month of a stream of months). */
    static Source of(io.slakit.api.EvaluationRequest request) {
        MonthFileReader.Header header = new MonthFileReader.Header(request.product(), request.site(), request.month(),
                request.serviceStart(), request.edition(), request.currency());
        return new Source(header, true, consumer -> request.resources().forEach(consumer));
    }

    /** JSON Lines: the first non-blank line is the header (no "resources"), each further line one resource. */
    static Source jsonLines(BufferedReader reader, String name) throws IOException {
        String first = nextNonBlank(reader);
        if (first == null) {
            throw new InvalidInputException(name, "", "is empty; expected a header line and one resource per line");
        }
        MonthFileReader.Header header;
        try {
            header = MonthFileReader.header(MonthFileReader.parse(first, "line 1"), false);
        } catch (InvalidInputException e) {
            throw e.under("line 1");
        }
        return new Source(header, false, consumer -> {
            String line;
            long number = 1;
            long index = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String path = "line " + number + " (resources[" + index++ + "])";
                consumer.accept(MonthFileReader.resource(MonthFileReader.parse(line, path), header.currency(), path));
            }
        });
    }

    /**
     * A stream of months: JSON Lines whose every non-blank line is a whole month file (header and
     * {@code "resources"} on one line). Each month's errors name its line.
     */
    static List<io.slakit.core.engine.MonthSeries.Given> monthStream(BufferedReader reader, String name) throws IOException {
        List<io.slakit.core.engine.MonthSeries.Given> months = new ArrayList<>();
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + " line " + number;
            JsonNode node = MonthFileReader.parse(line, where);
            if (!MonthFileReader.isWholeMonth(node)) {
                throw new InvalidInputException(where, line.length() > 60 ? line.substring(0, 57) + "..." : line,
                        "has no \"resources\": in a stream of months every line is a whole month (the first line has \"resources\")");
            }
            try {
                months.add(new io.slakit.core.engine.MonthSeries.Given(where, MonthFileReader.read(node)));
            } catch (InvalidInputException e) {
                throw e.under(where);
            }
        }
        return months;
    }

    /** Whether {@code line} (the first non-blank line of JSON Lines) starts a stream of months rather than a month's resources. */
    static boolean startsMonthStream(String line) {
        try {
            return line != null && MonthFileReader.isWholeMonth(MonthFileReader.parse(line, "line 1"));
        } catch (InvalidInputException e) {
            return false; // not one JSON object on the line: left to the reader that reports it
        }
    }

    private static String nextNonBlank(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /**
     * The CSV pair. {@code resources.csv}: {@code id,region,zone,fee,activeFrom,activeUntil,units,unitPrice};
     * {@code incidents.csv}: {@code resource,start,end,exclusion,scope} and, optionally,
     * {@code chargedRequests,totalRequests} (HTTPDNS's request weighting), {@code signal} (the signal an
     * outage was seen on, for composite rules) and {@code prior} ({@code true}
     * for an outage before the month, CME's service year). Incidents are grouped by
     * resource in memory (bounded by the incidents file), resources are streamed.
     */
    static Source csv(Path resources, Path incidents, Path windows, MonthFileReader.Header header) throws IOException {
        return csv(resources, incidents, windows, null, null, header);
    }

    /** The columns of {@code tickets.csv}: a ticket's fields in a month file, and the resource it belongs to. */
    static final List<String> TICKET_COLUMNS = List.of("resource", "id", "kind", "severity", "opened", "responded", "delivered");
    /** The columns of {@code deliveries.csv}: a resource's {@code deliveries} in a month file, {@code excluded} as {@code code=count;...}. */
    static final List<String> DELIVERY_COLUMNS = List.of("resource", "sent", "delivered", "excluded", "unitPrice");

    /**
     * The CSV files of a month: {@code resources.csv} and its detail files, any of them null when absent:
     * {@code tickets.csv} ({@link #TICKET_COLUMNS}, one row per ticket) and {@code deliveries.csv}
     * ({@link #DELIVERY_COLUMNS}, one row per resource) mirror a month file's {@code tickets} and {@code deliveries}.
     */
    static Source csv(Path resources, Path incidents, Path windows, Path tickets, Path deliveries, MonthFileReader.Header header)
            throws IOException {
        Map<String, List<Incident>> byResource = new HashMap<>();
        Map<String, List<Incident>> priorByResource = new HashMap<>();
        Map<String, List<WindowSample>> windowsByResource = new HashMap<>();
        long[] rows = {0};
        if (windows != null) {
            try (BufferedReader in = InputLimits.DEFAULT.csv(InputLimits.open(windows, windows.toString()), windows.getFileName().toString())) {
                Csv csv = Csv.open(in, windows.getFileName().toString(), List.of("resource", "start", "total", "failed"),
                        java.util.Set.of("resource", "start", "total", "failed"));
                for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
                    try {
                        WindowSample sample = WindowSample.of(MonthFileReader.instant(row.get("start"), "start"),
                                wholeNumber(row, "total"), wholeNumber(row, "failed"));
                        held(windowsByResource.computeIfAbsent(row.get("resource"), k -> new ArrayList<>()), ResourceMonth.MAX_WINDOWS,
                                "windows", ++rows[0]).add(sample);
                    } catch (InvalidInputException e) {
                        throw e.under(row.where());
                    }
                }
            }
        }
        if (incidents != null) {
            try (BufferedReader in = InputLimits.DEFAULT.csv(InputLimits.open(incidents, incidents.toString()), incidents.getFileName().toString())) {
                Csv csv = Csv.open(in, incidents.getFileName().toString(), List.of("resource", "start", "end"),
                        java.util.Set.of("resource", "start", "end", "exclusion", "scope", "chargedRequests", "totalRequests", "prior", "signal"));
                for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
                    Csv.Row r = row;
                    try {
                        Incident incident = new Incident(MonthFileReader.instant(r.get("start"), "start"),
                                MonthFileReader.instant(r.get("end"), "end"), r.getOrEmpty("scope"),
                                Attribution.ofNullable(r.getOrEmpty("exclusion").isEmpty() ? null : r.get("exclusion")));
                        incident = MonthFileReader.withRequestCounts(incident, r.getOrEmpty("chargedRequests"), r.getOrEmpty("totalRequests"));
                        if (!r.getOrEmpty("signal").isEmpty()) {
                            incident = incident.onSignal(r.get("signal")); // a composite rule's signal, as a month file's "signal"
                        }
                        held((prior(r) ? priorByResource : byResource).computeIfAbsent(r.get("resource"), k -> new ArrayList<>()),
                                ResourceMonth.MAX_INCIDENTS, "incidents", ++rows[0]).add(incident);
                    } catch (InvalidInputException e) {
                        throw e.under(r.where());
                    }
                }
            }
        }
        Map<String, List<io.slakit.api.Ticket>> ticketsByResource = new HashMap<>();
        Map<String, List<String>> ticketLines = new HashMap<>();
        if (tickets != null) {
            try (BufferedReader in = InputLimits.DEFAULT.csv(InputLimits.open(tickets, tickets.toString()), tickets.getFileName().toString())) {
                Csv csv = Csv.open(in, tickets.getFileName().toString(), List.of("resource", "id", "kind", "opened"),
                        java.util.Set.copyOf(TICKET_COLUMNS));
                for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
                    try {
                        io.slakit.api.Ticket ticket = new io.slakit.api.Ticket(row.get("id"), row.get("kind"), optional(row, "severity"),
                                MonthFileReader.instant(row.get("opened"), "opened"),
                                optional(row, "responded").map(t -> MonthFileReader.instant(t, "responded")),
                                optional(row, "delivered").map(t -> MonthFileReader.instant(t, "delivered")));
                        ticketsByResource.computeIfAbsent(row.get("resource"), k -> new ArrayList<>()).add(ticket);
                        ticketLines.computeIfAbsent(row.get("resource"), k -> new ArrayList<>()).add(row.where());
                    } catch (InvalidInputException e) {
                        throw e.under(row.where());
                    }
                }
            }
        }
        Map<String, io.slakit.api.DeliveryCounts> deliveriesByResource = new HashMap<>();
        Map<String, String> deliveryLines = new HashMap<>();
        if (deliveries != null) {
            try (BufferedReader in = InputLimits.DEFAULT.csv(InputLimits.open(deliveries, deliveries.toString()), deliveries.getFileName().toString())) {
                Csv csv = Csv.open(in, deliveries.getFileName().toString(), List.of("resource", "sent", "delivered"),
                        java.util.Set.copyOf(DELIVERY_COLUMNS));
                for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
                    try {
                        String id = row.get("resource");
                        if (deliveryLines.putIfAbsent(id, row.where()) != null) {
                            throw new InvalidInputException("resource", id, "appears twice in " + deliveries.getFileName()
                                    + " (also at " + deliveryLines.get(id) + "): one row of counts per resource");
                        }
                        deliveriesByResource.put(id, deliveryCounts(row));
                    } catch (InvalidInputException e) {
                        throw e.under(row.where());
                    }
                }
            }
        }
        Currency currency = header.currency();
        Locator locator = (id, e) -> locate(e, ticketLines.getOrDefault(id, List.of()), deliveryLines.get(id));
        return new Source(header, true, consumer -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (BufferedReader in = InputLimits.DEFAULT.csv(InputLimits.open(resources, resources.toString()), resources.getFileName().toString())) {
                Csv csv = Csv.open(in, resources.getFileName().toString(), List.of("id", "fee"),
                        java.util.Set.of("id", "region", "zone", "fee", "activeFrom", "activeUntil", "units", "unitPrice"));
                for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
                    try {
                        String id = row.get("id");
                        if (!seen.add(id)) {
                            throw new InvalidInputException("id", id, "appears twice in " + resources.getFileName());
                        }
                        ResourceMonth.Builder b = ResourceMonth.builder(id, Money.fee(row.get("fee"), currency, "fee"))
                                .region(row.getOrEmpty("region")).zone(row.getOrEmpty("zone"))
                                .incidents(byResource.getOrDefault(id, List.of()))
                                .priorIncidents(priorByResource.getOrDefault(id, List.of()))
                                .windows(windowsByResource.getOrDefault(id, List.of()))
                                .tickets(ticketsByResource.getOrDefault(id, List.of()));
                        if (deliveriesByResource.containsKey(id)) {
                            b.deliveries(deliveriesByResource.get(id));
                        }
                        if (!row.getOrEmpty("activeFrom").isEmpty()) {
                            b.activeFrom(MonthFileReader.instant(row.get("activeFrom"), "activeFrom"));
                        }
                        if (!row.getOrEmpty("activeUntil").isEmpty()) {
                            b.activeUntil(MonthFileReader.instant(row.get("activeUntil"), "activeUntil"));
                        }
                        if (!row.getOrEmpty("units").isEmpty()) {
                            try {
                                b.units(Long.parseLong(row.get("units")));
                            } catch (NumberFormatException e) {
                                throw new InvalidInputException("units", row.get("units"), "is not a whole number");
                            }
                        }
                        if (!row.getOrEmpty("unitPrice").isEmpty()) {
                            // The list price of one credit unit (Qidian's page view), exact; the engine rejects it where no credit reads it.
                            try {
                                b.unitPrice(new java.math.BigDecimal(row.get("unitPrice")));
                            } catch (NumberFormatException e) {
                                throw new InvalidInputException("unitPrice", row.get("unitPrice"), "is not a decimal number, like \"0.03\"");
                            }
                        }
                        consumer.accept(b.build());
                    } catch (InvalidInputException e) {
                        throw e.under(row.where());
                    }
                }
            }
            requireKnown(byResource.keySet(), seen, incidents, resources);
            requireKnown(priorByResource.keySet(), seen, incidents, resources);
            requireKnown(windowsByResource.keySet(), seen, windows, resources);
            requireKnown(ticketsByResource.keySet(), seen, tickets, resources);
            requireKnown(deliveriesByResource.keySet(), seen, deliveries, resources);
        }, locator);
    }

    private static Optional<String> optional(Csv.Row row, String column) {
        String value = row.getOrEmpty(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A deliveries.csv row: {@code sent}, {@code delivered}, {@code excluded} ({@code force-majeure=300;other=5}) and {@code unitPrice}. */
    private static io.slakit.api.DeliveryCounts deliveryCounts(Csv.Row row) {
        Map<String, Long> excluded = new java.util.TreeMap<>();
        String cell = row.getOrEmpty("excluded");
        if (!cell.isEmpty()) {
            for (String part : cell.split(";", -1)) {
                int equals = part.indexOf('=');
                if (equals < 1) {
                    throw new InvalidInputException("excluded", cell, "is not clause=count pairs separated by ';', like \"force-majeure=300\"");
                }
                String code = part.substring(0, equals).trim();
                if (excluded.put(code, wholeNumber(part.substring(equals + 1), "excluded." + code)) != null) {
                    throw new InvalidInputException("excluded", cell, "names the clause \"" + code + "\" twice");
                }
            }
        }
        Optional<java.math.BigDecimal> price = Optional.empty();
        if (!row.getOrEmpty("unitPrice").isEmpty()) {
            try {
                price = Optional.of(new java.math.BigDecimal(row.get("unitPrice")));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("unitPrice", row.get("unitPrice"), "is not a decimal number, like \"0.045\"");
            }
        }
        return new io.slakit.api.DeliveryCounts(wholeNumber(row, "sent"), wholeNumber(row, "delivered"), excluded, price);
    }

    private static long wholeNumber(String text, String field) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "is not a whole number");
        }
    }

    private static final java.util.regex.Pattern TICKET_FIELD = java.util.regex.Pattern.compile("resources\\[\\d+]\\.tickets(?:\\[(\\d+)])?(?:\\.(.*))?");
    private static final java.util.regex.Pattern DELIVERY_FIELD = java.util.regex.Pattern.compile("resources\\[\\d+]\\.deliveries(?:\\.(.*))?");

    /** An engine error about a resource's tickets or deliveries, placed at the CSV line (and column) they came from. */
    private static InvalidInputException locate(InvalidInputException e, List<String> ticketLines, String deliveryLine) {
        java.util.regex.Matcher t = TICKET_FIELD.matcher(e.field());
        if (t.matches() && !ticketLines.isEmpty()) {
            int index = t.group(1) == null ? 0 : Integer.parseInt(t.group(1));
            String line = index < ticketLines.size() ? ticketLines.get(index) : ticketLines.get(0);
            String column = t.group(2) != null ? t.group(2) : t.group(1) == null ? "resource" : null;
            return moved(e, column == null ? line : line + "." + column);
        }
        java.util.regex.Matcher d = DELIVERY_FIELD.matcher(e.field());
        if (d.matches() && deliveryLine != null) {
            return moved(e, deliveryLine + "." + (d.group(1) != null ? d.group(1) : "resource"));
        }
        return e;
    }

    private static InvalidInputException moved(InvalidInputException e, String field) {
        boolean missing = e.getMessage().equals(e.field() + " " + e.rule()); // a missing value reads "x is required", not "x: \"null\""
        InvalidInputException moved = new InvalidInputException(field, missing ? null : e.value(), e.rule());
        moved.initCause(e);
        return moved;
    }

    /**
     * {@code list}, one resource's rows, checked before it takes one more: within the resource's bound
     * and, with {@code rows} held in all, within what this path holds in memory.
     */
    private static <T> List<T> held(List<T> list, int max, String field, long rows) {
        if (list.size() >= max) {
            throw ResourceMonth.tooMany(field, list.size() + 1L, max);
        }
        if (rows > InputLimits.ENGINE_CSV_DETAIL_ROWS) {
            throw new InvalidInputException("rows", rows, "are too many for this report: the engine holds at most "
                    + InputLimits.ENGINE_CSV_DETAIL_ROWS + " incident and window rows in memory; --format csv takes the fleet path, which streams");
        }
        return list;
    }

    /** Every resource a detail file names is in resources.csv. */
    private static void requireKnown(java.util.Set<String> named, java.util.Set<String> known, Path detailFile, Path resources) {
        for (String id : named) {
            if (!known.contains(id)) {
                throw new InvalidInputException(detailFile.getFileName() + ".resource", id, "names no resource of " + resources.getFileName());
            }
        }
    }

    /** The optional {@code prior} column: true puts the row among the outages before the month (CME's service year). */
    private static boolean prior(Csv.Row row) {
        String value = row.getOrEmpty("prior");
        if (value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException("prior", value, "is not true or false");
    }

    private static long wholeNumber(Csv.Row row, String column) {
        try {
            return Long.parseLong(row.get(column));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, row.get(column), "is not a whole number");
        }
    }

    static MonthFileReader.Header csvHeader(String product, String site, String month, String edition, String currency) {
        if (product == null || month == null) {
            throw new InvalidInputException(product == null ? "--product" : "--month", null,
                    "is required with CSV input (the CSV pair carries no header)");
        }
        return new MonthFileReader.Header(ProductId.of(product), Args.site(site), Args.month(month, "--month"), Optional.empty(),
                Optional.ofNullable(edition), Money.currency(currency));
    }

    /** A month file's text: strictly UTF-8 (a bad byte is bad input by offset and line), within the month file's bound. */
    static String read(Path path, String name) throws IOException {
        try (java.io.Reader in = InputLimits.DEFAULT.monthFile(InputLimits.open(path, name), name)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
