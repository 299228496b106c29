package io.slakit.cli;

/**
 * Untrusted text (ids, ticket ids, anything a month file says) as each report format needs it, one
 * function a format, so that an id cannot break a table, inject markup or a spreadsheet formula, or
 * send escape codes to a terminal (issue 26). JSON needs none here: Jackson escapes every control
 * character.
 */
final class Escapes {
    private Escapes() {
    }

    /**
     * Plain text for a terminal: control characters (C0, DEL, C1: ESC, CR, LF, BEL...) and the
     * bidirectional overrides that can reorder what a terminal shows are written as {@code \}{@code uXXXX};
     * a backslash is doubled, so the escaped text reads back unambiguously. Everything else is as given.
     */
    static String text(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = c == '\\' ? "\\\\" : hidden(c) ? String.format("\\u%04x", (int) c) : null;
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * An error message on one line: control characters and bidi overrides as {@code \}{@code uXXXX},
     * backslashes kept (the message quotes values as given, a {@code \ud800} escape among them).
     */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (hidden(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * A Markdown table cell: {@link #text} (so a newline cannot end the row), then {@code |} and the
     * characters that start emphasis, code or a link backslash-escaped, and HTML's {@code < > &} as
     * entities, so an id renders as the literal text it is.
     */
    static String markdown(String s) {
        String visible = text(s);
        StringBuilder out = new StringBuilder(visible.length() + 8);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '|', '*', '_', '`', '[', ']', '~', '#' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** HTML text or a quoted attribute value: {@code & < > " '} as entities. */
    static String html(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * A CSV text cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
     * A cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
     * return) gets a leading apostrophe, as OWASP advises: the report is opened in spreadsheets, and an
     * id is never a formula. Numbers are not text cells and never pass through here.
     */
    static String csv(String s) {
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
