package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.time.DayListCalendar;

import java.nio.file.Files;
import java.nio.file.Path;

/** The engine a command counts business days with: the definition's site's calendar, or the user's {@code --calendar FILE}. */
final class Calendars {
    static final String OPTION_HELP = "Count business days by this calendar file instead of the site's (cn: mainland China's State "
            + "Council schedule; intl: Monday to Friday). Lines: name TEXT, year YYYY [source], off DATE[..DATE], work DATE.";

    private Calendars() {
    }

    static SlaEngine engine(Path calendarFile) {
        if (calendarFile == null) {
            return SlaEngine.standard();
        }
        if (!Files.isRegularFile(calendarFile)) {
            throw new InvalidInputException("--calendar", calendarFile, Files.exists(calendarFile) ? "is not a regular file" : "does not exist");
        }
        return new SlaEngine(DayListCalendar.read(calendarFile));
    }
}
