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
    record Source(MonthFileReader.Header header, boolean wholeFleet, ResourceStream resources) {
    }

    @FunctionalInterface
    interface ResourceStream {
        /** Feeds each resource in input order; field paths of errors name the resource's position. */
        void forEach(Consumer<ResourceMonth> consumer) throws IOException;
    }

    static Source json(String text, String name) {
        JsonNode root = MonthFileReader.parse(text, name);
        var request = MonthFileReader.read(root);
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
     * The CSV pair. {@code resources.csv}: {@code id,region,zone,fee,activeFrom,activeUntil,units};
     * {@code incidents.csv}: {@code resource,start,end,exclusion,scope} and, optionally,
     * {@code chargedRequests,totalRequests} (HTTPDNS's request weighting) and {@code prior} ({@code true}
     * for an outage before the month, CME's service year). Incidents are grouped by
     * resource in memory (bounded by the incidents file), resources are streamed.
     */
    static Source csv(Path resources, Path incidents, Path windows, MonthFileReader.Header header) throws IOException {
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
                        java.util.Set.of("resource", "start", "end", "exclusion", "scope", "chargedRequests", "totalRequests", "prior"));
                for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
                    Csv.Row r = row;
                    try {
                        Incident incident = new Incident(MonthFileReader.instant(r.get("start"), "start"),
                                MonthFileReader.instant(r.get("end"), "end"), r.getOrEmpty("scope"),
                                Attribution.ofNullable(r.getOrEmpty("exclusion").isEmpty() ? null : r.get("exclusion")));
                        incident = MonthFileReader.withRequestCounts(incident, r.getOrEmpty("chargedRequests"), r.getOrEmpty("totalRequests"));
                        held((prior(r) ? priorByResource : byResource).computeIfAbsent(r.get("resource"), k -> new ArrayList<>()),
                                ResourceMonth.MAX_INCIDENTS, "incidents", ++rows[0]).add(incident);
                    } catch (InvalidInputException e) {
                        throw e.under(r.where());
                    }
                }
            }
        }
        Currency currency = header.currency();
        return new Source(header, true, consumer -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (BufferedReader in = InputLimits.DEFAULT.csv(InputLimits.open(resources, resources.toString()), resources.getFileName().toString())) {
                Csv csv = Csv.open(in, resources.getFileName().toString(), List.of("id", "fee"),
                        java.util.Set.of("id", "region", "zone", "fee", "activeFrom", "activeUntil", "units"));
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
                                .windows(windowsByResource.getOrDefault(id, List.of()));
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
                        consumer.accept(b.build());
                    } catch (InvalidInputException e) {
                        throw e.under(row.where());
                    }
                }
            }
            requireKnown(byResource.keySet(), seen, incidents, resources);
            requireKnown(priorByResource.keySet(), seen, incidents, resources);
            requireKnown(windowsByResource.keySet(), seen, windows, resources);
        });
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
