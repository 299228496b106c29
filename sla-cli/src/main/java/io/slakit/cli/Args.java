package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Parsing of option values into typed values with slakit's error messages. */
final class Args {
    private Args() {
    }

    static YearMonth month(String text, String option) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(option, text, "is not a month like \"2024-04\"");
        }
    }

    static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(option, text, "is not a date like \"2024-04-01\"");
        }
    }

    static Site site(String text) {
        try {
            return Site.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--site", text, e.rule());
        }
    }
}
