package io.slakit.api;

import java.time.LocalDate;
import java.util.Objects;

/** The first and last day on which a claim for a service month may be filed, both inclusive. */
public record ClaimWindow(LocalDate opensOn, LocalDate closesOn) {

    public ClaimWindow {
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(closesOn, "closesOn");
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
