package io.slakit.api;

import java.util.Objects;

/**
 * Bad input: names the field (as a path), the offending value and the rule it breaks.
 *
 * <p>Factories of value types know only their own field names; readers that build them from a
 * document prefix the path with {@link #under(String)}, so the user sees
 * {@code resources[3].incidents[0].end: "..." is before start "..."}.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String rule;
    private final boolean missing;

    public InvalidInputException(String field, Object value, String rule) {
        super(format(field, value, rule));
        this.field = Objects.requireNonNull(field, "field");
        this.value = String.valueOf(value);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.missing = value == null;
    }

    private static String format(String field, Object value, String rule) {
        // A missing value reads "edition is required: ...", not "edition: \"null\" is required".
        return value == null ? field + " " + rule : field + ": \"" + value + "\" " + rule;
    }

    /** The field path, e.g. {@code resources[3].fee}. */
    public String field() {
        return field;
    }

    /** The rejected value as text. */
    public String value() {
        return value;
    }

    /** The rule the value breaks, phrased to follow the value. */
    public String rule() {
        return rule;
    }

    /** The same error with its field placed under {@code parentPath}. */
    public InvalidInputException under(String parentPath) {
        if (parentPath == null || parentPath.isEmpty()) {
            return this;
        }
        InvalidInputException moved = new InvalidInputException(parentPath + "." + field, missing ? null : value, rule);
        moved.initCause(this);
        return moved;
    }

    /** Checks a required argument, reporting a missing value as bad input rather than an NPE. */
    public static <T> T require(T value, String field) {
        Objects.requireNonNull(field, "field");
        if (value == null) {
            throw new InvalidInputException(field, null, "is required");
        }
        return value;
    }
}
