package io.slakit.api;

import java.util.Objects;

/**
 * Where a number comes from: a seed document and a line in it, written {@code 002:1476}. Every
 * number a definition encodes carries one, so a reader can check it against the text.
 */
public record SeedRef(String seed, int line) {

    public SeedRef {
        Objects.requireNonNull(seed, "seed");
        if (!seed.matches("\\d{3}")) {
            throw new InvalidInputException("seed", seed, "is not a seed number like \"002\"");
        }
        if (line < 1) {
            throw new InvalidInputException("line", line, "must be at least 1");
        }
    }

    public static SeedRef of(String seed, int line) {
        return new SeedRef(seed, line);
    }

    /** Parses {@code "002:1476"}. */
    public static SeedRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidInputException("source", text, "is not a seed reference like \"002:1476\"");
        }
        try {
            return new SeedRef(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("source", text, "is not a seed reference like \"002:1476\"");
        }
    }

    @Override
    public String toString() {
        return seed + ":" + line;
    }
}
