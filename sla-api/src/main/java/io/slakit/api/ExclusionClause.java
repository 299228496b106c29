package io.slakit.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One numbered exclusion clause (免责条款): time attributed to it is not downtime.
 *
 * @param code    stable code users put in their month files, e.g. {@code third-party-network}
 * @param clause  the clause's number in the text, e.g. {@code 5.1}
 * @param summary a one-line English summary
 * @param source  the line the clause stands on
 */
public record ExclusionClause(String code, String clause, String summary, SeedRef source) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    public ExclusionClause {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", code, "is not a clause code (lowercase letters, digits, '-')");
        }
    }
}
