package io.slakit.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first and last day on which a claim for a service month may be filed, both inclusive, and the
 * business calendar the days were counted by (e.g. {@code Monday to Friday}), for reports to name.
 */
public record ClaimWindow(LocalDate opensOn, LocalDate closesOn, String calendar) {

    /** What {@link #calendar()} says when the window was made without naming its calendar. */
    public static final String UNNAMED_CALENDAR = "unnamed calendar";

    public ClaimWindow {
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(closesOn, "closesOn");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** A window whose calendar is not named. */
    public ClaimWindow(LocalDate opensOn, LocalDate closesOn) {
        this(opensOn, closesOn, UNNAMED_CALENDAR);
    }

    /** Where a claim stands on a given day: before the window, inside it, or after it. */
    public enum State {
        NOT_YET_OPEN, OPEN, CLOSED
    }

    public boolean isOpenOn(LocalDate day) {
        return stateOn(day) == State.OPEN;
    }

    /** The window's state on {@code day}: {@code NOT_YET_OPEN} before {@link #opensOn()}, {@code CLOSED} after {@link #closesOn()}. */
    public State stateOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(opensOn)) {
            return State.NOT_YET_OPEN;
        }
        return day.isAfter(closesOn) ? State.CLOSED : State.OPEN;
    }
}
