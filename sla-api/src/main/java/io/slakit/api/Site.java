package io.slakit.api;

import java.util.Objects;
import java.util.Locale;

/**
 * Which site's terms apply. The mainland site publishes the Chinese texts (seed 002); the
 * international site the English ones (seeds 000 and 003). One product may differ between them.
 */
public enum Site {
    CN("cn"),
    INTL("intl");

    private final String code;

    Site(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses {@code cn} or {@code intl}, in any case. */
    public static Site parse(String text) {
        Objects.requireNonNull(text, "text");
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Site site : values()) {
            if (site.code.equals(wanted)) {
                return site;
            }
        }
        throw new InvalidInputException("site", text, "is not a site (expected \"cn\" or \"intl\")");
    }

    @Override
    public String toString() {
        return code;
    }
}
