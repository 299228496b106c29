package io.slakit.cli;

import io.slakit.api.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bounds on what {@code evaluate} reads, so that no input exhausts memory: each is far above
 * what a real month needs, and what exceeds one is bad input naming it. SECURITY.md lists them; a
 * test pins these values to it. The per-resource bounds on incidents and windows are the library's
 * ({@link io.slakit.api.ResourceMonth#MAX_WINDOWS}); JSON's own bounds are in {@link io.slakit.core.json.SlaJson}.
 */
record InputLimits(long monthFileBytes, int jsonLineChars, int csvLineBytes, long engineCsvDetailRows) {
    /**
     * A JSON month file, read whole (from a file or standard input): 16 MiB, which evaluates in a
     * 256 MiB heap. Larger fleets stream as JSON Lines or CSV.
     */
    static final long MONTH_FILE_BYTES = 16L << 20;
    /**
     * One JSON Lines record (a resource with its incidents and windows): 32 Mi characters, room for a
     * year of per-minute windows (527,040, about 28 MB); the largest record needs about a 512 MiB heap.
     */
    static final int JSON_LINE_CHARS = 32 << 20;
    /** One CSV line, on every CSV path: 1 MiB (an id or a fee longer than that is bad input, not an OutOfMemoryError). */
    static final int CSV_LINE_BYTES = 1 << 20;
    /** Incident and window rows the engine's CSV path holds at once (it groups them in memory): 2,000,000. */
    static final long ENGINE_CSV_DETAIL_ROWS = 2_000_000;

    static final InputLimits DEFAULT = new InputLimits(MONTH_FILE_BYTES, JSON_LINE_CHARS, CSV_LINE_BYTES, ENGINE_CSV_DETAIL_ROWS);

    /** A month file's text, strictly UTF-8 and within {@link #monthFileBytes}. */
    Utf8Reader monthFile(InputStream in, String name) {
        return new Utf8Reader(in, name, monthFileBytes, "a JSON month file has at most " + mib(monthFileBytes)
                + "; give a larger fleet as JSON Lines (.jsonl) or CSV, which stream");
    }

    /** JSON Lines text: UTF-8, any size (it streams), each line within {@link #jsonLineChars}. */
    LineReader jsonLines(InputStream in, String name) {
        return new LineReader(new Utf8Reader(in, name, Long.MAX_VALUE, ""), name, jsonLineChars,
                "a JSON Lines record has at most " + characters(jsonLineChars));
    }

    /** CSV text for the engine's reader: UTF-8, each line within {@link #csvLineBytes} characters. */
    LineReader csv(InputStream in, String name) {
        return new LineReader(new Utf8Reader(in, name, Long.MAX_VALUE, ""), name, csvLineBytes, csvBound());
    }

    String csvBound() {
        return "a CSV line has at most " + mib(csvLineBytes);
    }

    /** Opens an input file, an unreadable one being bad input by name rather than an internal error. */
    static InputStream open(Path file, String name) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name, file, "cannot be read: permission denied");
        }
    }

    /** A month file's size, checked before it is read. */
    void requireMonthFileSize(Path file, String name) throws IOException {
        long size = Files.size(file);
        if (size > monthFileBytes) {
            throw new InvalidInputException(name, size + " bytes", "is too large: a JSON month file has at most " + mib(monthFileBytes)
                    + " (" + monthFileBytes + " bytes); give a larger fleet as JSON Lines (.jsonl) or CSV, which stream");
        }
    }

    static String characters(long chars) {
        return chars % (1 << 20) == 0 ? (chars >> 20) + " Mi characters" : chars + " characters";
    }

    static String mib(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
