package io.slakit.cli;

import io.slakit.api.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader: a header row naming the columns, quoted fields with "" escapes, no multi-line fields. */
final class Csv {
    private final BufferedReader in;
    private final String name;
    private final Map<String, Integer> columns;
    private long line = 1;

    private Csv(BufferedReader in, String name, Map<String, Integer> columns) {
        this.in = in;
        this.name = name;
        this.columns = columns;
    }

    /**
     * Opens a CSV file with its header: every {@code required} column must be there, and every column
     * must be one of {@code known} (a misspelt "exclusoin" would otherwise be ignored and an excluded
     * outage credited), named once.
     */
    static Csv open(BufferedReader in, String name, List<String> required, java.util.Set<String> known) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new InvalidInputException(name, "", "is empty; expected a header row with " + required);
        }
        List<String> names = split(header.replace("\uFEFF", ""), name, 1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i).trim();
            if (!known.contains(column)) {
                throw new InvalidInputException(name + " column " + (i + 1), column, "is not a column of this file (known: "
                        + new java.util.TreeSet<>(known) + ")");
            }
            if (columns.put(column, i) != null) {
                throw new InvalidInputException(name + " column " + (i + 1), column, "is named twice in the header");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new InvalidInputException(name, header, "has no column \"" + column + "\" (required: " + required + ")");
            }
        }
        return new Csv(in, name, columns);
    }

    /** The next row, or null at the end. */
    Row next() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        List<String> cells = split(text, name, line);
        if (cells.size() > columns.size()) {
            throw new InvalidInputException(name + " line " + line, text.length() > 80 ? text.substring(0, 80) + "..." : text,
                    "has " + cells.size() + " cells; the header names " + columns.size());
        }
        return new Row(cells, line);
    }

    final class Row {
        private final List<String> cells;
        private final long number;

        Row(List<String> cells, long number) {
            this.cells = cells;
            this.number = number;
        }

        String where() {
            return name + " line " + number;
        }

        String get(String column) {
            String value = getOrEmpty(column);
            if (value.isEmpty()) {
                throw new InvalidInputException(column, "", "is required");
            }
            return value;
        }

        String getOrEmpty(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.size() ? "" : cells.get(i).trim();
        }
    }

    static List<String> split(String text, String name, long line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(name + " line " + line, text, "has an unterminated quote");
        }
        cells.add(cell.toString());
        return cells;
    }
}
