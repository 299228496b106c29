package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.time.IsoInstants;
import io.slakit.core.json.MonthFileReader;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV row as byte ranges of a buffer, parsed without building strings: the fast path of CSV
 * input. A row with quotes goes through {@link Csv#split} and is re-encoded, so both read alike.
 * Reused from row to row; nothing read from it survives the next {@link #parse}.
 */
final class CsvRow {
    private final String file;
    private byte[] buffer;
    private byte[] raw;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;
    private int lineStart;
    private int lineEnd;
    private long line;

    CsvRow(String file) {
        this.file = file;
    }

    /** How many cells the row has. */
    int fieldCount() {
        return fields;
    }

    /** Parses {@code buffer[from, to)} (no line terminator) as row number {@code line}. */
    CsvRow parse(byte[] buffer, int from, int to, long line) {
        this.line = line;
        this.raw = buffer;
        this.lineStart = from;
        this.lineEnd = to;
        this.buffer = buffer;
        fields = 0;
        int start = from;
        // One pass: commas split; a quote anywhere sends the row to the quoting reader.
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b == ',') {
                add(start, i);
                start = i + 1;
            } else if (b == '"') {
                return parseQuoted(buffer, from, to);
            }
        }
        add(start, to);
        return this;
    }

    private CsvRow parseQuoted(byte[] source, int from, int to) {
        List<String> cells = Csv.split(new String(source, from, to - from, StandardCharsets.UTF_8), file, line);
        StringBuilder joined = new StringBuilder();
        int[] bounds = new int[cells.size() * 2];
        int position = 0;
        for (int i = 0; i < cells.size(); i++) {
            byte[] bytes = cells.get(i).getBytes(StandardCharsets.UTF_8);
            bounds[2 * i] = position;
            position += bytes.length;
            bounds[2 * i + 1] = position;
            joined.append(cells.get(i));
        }
        this.buffer = joined.toString().getBytes(StandardCharsets.UTF_8);
        fields = 0;
        for (int i = 0; i < cells.size(); i++) {
            add(bounds[2 * i], bounds[2 * i + 1]);
        }
        return this;
    }

    private void add(int start, int end) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        // Cells are trimmed, as the String reader trims them; a trailing CR (CRLF files) goes too.
        while (start < end && (buffer[start] == ' ' || buffer[start] == '\t')) {
            start++;
        }
        while (end > start && (buffer[end - 1] == ' ' || buffer[end - 1] == '\t' || buffer[end - 1] == '\r')) {
            end--;
        }
        starts[fields] = start;
        ends[fields++] = end;
    }

    String where() {
        return file + " line " + line;
    }

    long line() {
        return line;
    }

    /** The buffer {@link #lineStart()}..{@link #lineEnd()} index (the raw line, before any unquoting). */
    byte[] rawBuffer() {
        return raw;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    boolean isEmpty(int column) {
        return column < 0 || column >= fields || starts[column] == ends[column];
    }

    String string(int column) {
        return isEmpty(column) ? "" : new String(buffer, starts[column], ends[column] - starts[column], StandardCharsets.UTF_8);
    }

    String required(int column, String name) {
        if (isEmpty(column)) {
            throw new InvalidInputException(name, "", "is required");
        }
        return string(column);
    }

    /** Whether the cell holds exactly {@code key}'s bytes. */
    boolean cellEquals(int column, byte[] key) {
        if (isEmpty(column)) {
            return key.length == 0;
        }
        return Arrays.equals(buffer, starts[column], ends[column], key, 0, key.length);
    }

    byte[] cellBytes(int column) {
        return isEmpty(column) ? new byte[0] : Arrays.copyOfRange(buffer, starts[column], ends[column]);
    }

    int cellHash(int column) {
        int h = 1;
        if (!isEmpty(column)) {
            for (int i = starts[column]; i < ends[column]; i++) {
                h = 31 * h + buffer[i];
            }
        }
        return h;
    }

    /** A whole number, digits only (an optional minus). */
    long wholeNumber(int column, String name) {
        if (isEmpty(column)) {
            throw new InvalidInputException(name, "", "is required");
        }
        int i = starts[column];
        int end = ends[column];
        boolean negative = buffer[i] == '-';
        if (negative) {
            i++;
        }
        if (i == end || end - i > 18) {
            return slowWholeNumber(column, name);
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = buffer[i] - '0';
            if (digit < 0 || digit > 9) {
                return slowWholeNumber(column, name);
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    private long slowWholeNumber(int column, String name) {
        try {
            return Long.parseLong(string(column));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, string(column), "is not a whole number");
        }
    }

    /**
     * An instant as epoch nanoseconds. {@code 2024-05-03T02:15:30Z} and {@code ...+08:00} (with
     * optional fractions of a second) are read directly; anything else goes through the month
     * file's parser, which also words the error.
     */
    long instantNanos(int column, String name) {
        if (isEmpty(column)) {
            throw new InvalidInputException(name, "", "is required");
        }
        long fast = cachedInstant(buffer, starts[column], ends[column]);
        return fast != Long.MIN_VALUE ? fast : TimeSet.nanos(MonthFileReader.instant(string(column), name));
    }

    private final byte[] cachedDate = new byte[10];
    private long cachedEpochDay = Long.MIN_VALUE;

    /**
     * {@link #fastInstant} with the date's day number remembered: rows of one file mostly share a
     * date with the row before, and then only the time of day and offset are read.
     */
    private long cachedInstant(byte[] b, int i, int end) {
        if (cachedEpochDay != Long.MIN_VALUE && end - i == 20 && b[i + 19] == 'Z' && b[i + 10] == 'T' && b[i + 13] == ':'
                && b[i + 16] == ':' && Arrays.equals(b, i, i + 10, cachedDate, 0, 10)) {
            int hour = IsoInstants.digits(b, i + 11, 2);
            int minute = IsoInstants.digits(b, i + 14, 2);
            int second = IsoInstants.digits(b, i + 17, 2);
            if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                return (cachedEpochDay * 86_400 + hour * 3600L + minute * 60L + second) * 1_000_000_000L;
            }
        }
        long nanos = IsoInstants.epochNanos(b, i, end);
        if (nanos != Long.MIN_VALUE) {
            System.arraycopy(b, i, cachedDate, 0, 10);
            cachedEpochDay = IsoInstants.epochDay(IsoInstants.digits(b, i, 4), IsoInstants.digits(b, i + 5, 2), IsoInstants.digits(b, i + 8, 2));
        }
        return nanos;
    }




    /**
     * A plain decimal ({@code 123}, {@code 123.4}, {@code 123.45}) in units of 10^-{@code digits},
     * or -1 when the cell is anything else (more decimals, a sign, an exponent): the caller then
     * reads it as a BigDecimal.
     */
    long plainMinorUnits(int column, int digits) {
        if (isEmpty(column) || ends[column] - starts[column] > 17) {
            return -1;
        }
        long units = 0;
        int decimals = -1;
        for (int i = starts[column]; i < ends[column]; i++) {
            byte b = buffer[i];
            if (b == '.' && decimals < 0) {
                decimals = 0;
            } else if (b >= '0' && b <= '9') {
                units = units * 10 + (b - '0');
                if (decimals >= 0 && ++decimals > digits) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        if (decimals == 0 || (decimals < 0 && ends[column] - starts[column] == 0)) {
            return -1; // "12." is left to the BigDecimal reader and its error
        }
        for (int k = Math.max(decimals, 0); k < digits; k++) {
            units *= 10;
        }
        return units;
    }

}
