package io.slakit.core.time;

import io.slakit.api.InvalidInputException;

/**
 * A calendar file that does not read: names the file and the line ({@code holidays.days line 3:
 * "2024-13-01" is not a date like 2024-05-01}). {@link #line()} is 0 for what concerns the file as
 * a whole (no {@code year} line at all).
 */
public final class CalendarFileException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public CalendarFileException(String file, int line, Object value, String rule) {
        super(line > 0 ? file + " line " + line : file, value, rule);
        this.file = file;
        this.line = line;
    }

    /** The file's name as the user gave it. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
