package io.slakit.core.dsl;

import io.slakit.api.InvalidInputException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of exclusion clause that many texts state in nearly the same words: a stable code and a
 * standard English summary. A definition cites it at its own clause number and line
 * ({@link SlaBuilder#exclusion(String, Clause, int)}); where a text really says something
 * different, {@link #worded(String)} gives the same code another summary. Immutable and
 * thread-safe.
 */
public final class Clause {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    private final String code;
    private final String summary;

    private Clause(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    /** A clause kind with its stable code and standard summary. */
    public static Clause of(String code, String summary) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(summary, "summary");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", code, "is not a clause code (lowercase letters, digits, '-')");
        }
        if (summary.isBlank()) {
            throw new InvalidInputException("summary", summary, "is blank");
        }
        return new Clause(code, summary);
    }

    /** The same code, summarised as this text words it. */
    public Clause worded(String textSummary) {
        return of(code, textSummary);
    }

    public String code() {
        return code;
    }

    public String summary() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clause c && c.code.equals(code) && c.summary.equals(summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, summary);
    }

    @Override
    public String toString() {
        return code + ": " + summary;
    }
}
