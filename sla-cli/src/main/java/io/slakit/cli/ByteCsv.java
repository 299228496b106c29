package io.slakit.cli;

import io.slakit.api.InvalidInputException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file a row at a time from a byte buffer: a header row naming the columns, then rows
 * handed out as a reused {@link CsvRow}. Blank lines are skipped; CRLF and a UTF-8 BOM are accepted.
 * Memory: the buffer (1 MiB, or the longest line).
 */
final class ByteCsv implements Closeable {
    private final InputStream in;
    private final String name;
    private final Map<String, Integer> columns = new HashMap<>();
    private final CsvRow row;
    private final String header;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean eof;
    private long line;
    private long bytesRead;
    private final long headerEnd;

    private final int maxLineBytes;

    private ByteCsv(InputStream in, String name, List<String> required) throws IOException {
        this(in, name, required, InputLimits.CSV_LINE_BYTES);
    }

    /** {@code maxLineBytes}: the longest line accepted (a smaller bound than the default in tests). */
    ByteCsv(InputStream in, String name, List<String> required, int maxLineBytes) throws IOException {
        this.in = in;
        this.name = name;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[Math.min(1 << 20, maxLineBytes + 2)];
        this.row = new CsvRow(name);
        CsvRow first = nextRaw();
        if (first == null) {
            throw new InvalidInputException(name, "", "is empty; expected a header row with " + required);
        }
        String text = new String(buffer, first.lineStart(), first.lineEnd() - first.lineStart(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        this.header = text;
        this.headerEnd = bytesRead - limit + position;
        List<String> names = Csv.split(text, name, 1);
        for (int i = 0; i < names.size(); i++) {
            if (columns.put(names.get(i).trim(), i) != null) {
                throw new InvalidInputException(name + " column " + (i + 1), names.get(i).trim(), "is named twice in the header");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new InvalidInputException(name, text, "has no column \"" + column + "\" (required: " + required + ")");
            }
        }
    }

    static ByteCsv open(Path file, List<String> required) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new ByteCsv(in, file.getFileName().toString(), required);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    static ByteCsv open(InputStream in, String name, List<String> required) throws IOException {
        return new ByteCsv(in, name, required);
    }

    String name() {
        return name;
    }

    String header() {
        return header;
    }

    /** The column's index, or -1 when the header does not name it. */
    int column(String column) {
        return columns.getOrDefault(column, -1);
    }

    /** How many columns the header names. */
    int columnCount() {
        return columns.size();
    }

    /** Column names the header has beyond {@code known}. */
    List<String> columnsBeyond(java.util.Set<String> known) {
        return columns.keySet().stream().filter(c -> !known.contains(c)).sorted().toList();
    }

    /** Where the first row after the header starts, in bytes from the start of the stream. */
    long headerEnd() {
        return headerEnd;
    }

    /** Where {@code row}, the row just returned, starts in the stream. */
    long offsetOf(CsvRow row) {
        return bytesRead - limit + row.lineStart();
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The next non-blank row, or null at the end. */
    CsvRow next() throws IOException {
        CsvRow next;
        do {
            next = nextRaw();
        } while (next != null && next.lineEnd() == next.lineStart());
        if (next != null && next.fieldCount() > columns.size()) {
            // A cell the header does not name would be ignored: bad input, by file and line.
            throw new InvalidInputException(name + " line " + line, next.fieldCount() + " cells",
                    "is more than the " + columns.size() + " columns the header names");
        }
        return next;
    }

    private CsvRow nextRaw() throws IOException {
        while (true) {
            boolean ascii = true;
            for (int i = position; i < limit; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    int start = position;
                    position = i + 1;
                    int end = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                    return checked(start, end, ascii);
                }
                ascii &= b >= 0;
            }
            if (eof) {
                if (position < limit) {
                    int start = position;
                    position = limit;
                    return checked(start, limit, ascii);
                }
                return null;
            }
            if (limit - position > maxLineBytes + 1) {
                throw lineTooLong(line + 1);
            }
            fill();
        }
    }

    /** The line {@code buffer[start, end)} as the next row, once its length and (when not ASCII) its UTF-8 are checked. */
    private CsvRow checked(int start, int end, boolean ascii) {
        ++line;
        if (end - start > maxLineBytes) {
            throw lineTooLong(line);
        }
        if (!ascii) {
            requireUtf8(name, buffer, start, end, line, bytesRead - limit);
        }
        return row.parse(buffer, start, end, line);
    }

    private InvalidInputException lineTooLong(long number) {
        return lineTooLong(name, number, maxLineBytes);
    }

    static InvalidInputException lineTooLong(String name, long number, int maxLineBytes) {
        return new InvalidInputException(name + " line " + number, "more than " + maxLineBytes + " bytes",
                "is too long: a CSV line has at most " + InputLimits.mib(maxLineBytes));
    }

    /** Invalid UTF-8 is bad input by byte offset and line, never replaced by U+FFFD (which would change an id). */
    static void requireUtf8(String name, byte[] buffer, int start, int end, long line, long bufferOffset) {
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(buffer, start, end - start);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(end - start);
        java.nio.charset.CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            int at = bytes.position();
            StringBuilder hex = new StringBuilder();
            for (int i = at; i < Math.min(end, at + Math.max(1, result.length())); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", buffer[i] & 0xFF));
            }
            throw new InvalidInputException(name + " byte " + (bufferOffset + at) + " (line " + line + ")", hex,
                    "is not valid UTF-8; slakit reads UTF-8 text: save the file as UTF-8");
        }
    }

    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length + 1, Math.min(buffer.length * 2, maxLineBytes + 2)));
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
            bytesRead += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
