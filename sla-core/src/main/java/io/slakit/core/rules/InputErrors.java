package io.slakit.core.rules;

import io.slakit.api.InvalidInputException;
import io.slakit.api.ServiceMonth;

import java.util.Set;

/**
 * The input errors the engine and the fleet path both raise, worded once: whichever path reads an
 * incident or a window, the user sees the same rule broken.
 */
public final class InputErrors {
    private InputErrors() {
    }

    /** An incident that ends before the month starts or starts after it ends. */
    public static InvalidInputException incidentOutsideMonth(String field, Object start, Object end, ServiceMonth month) {
        return new InvalidInputException(field, start, "starts an incident wholly outside the service month " + month.firstDay() + ".."
                + month.lastDay() + " (ends " + end + ")");
    }

    /** An incident whose end is not after its start. */
    public static InvalidInputException incidentEndNotAfterStart(String field, Object end, Object start, boolean same) {
        return new InvalidInputException(field, end, same ? "equals start \"" + start + "\"; an incident must last"
                : "is before start \"" + start + "\"");
    }

    /** An exclusion code the product's text does not have. */
    public static InvalidInputException unknownExclusion(String field, String code, Set<String> codes) {
        return new InvalidInputException(field, code, "is not an exclusion clause of this product (one of " + codes.stream().sorted().toList() + ")");
    }

    /** A window sample that does not start on the window grid. */
    public static InvalidInputException windowNotAligned(String field, Object start, long windowMinutes, ServiceMonth month) {
        return new InvalidInputException(field, start, "is not aligned to a " + windowMinutes + "-minute window starting at 00:00:00 "
                + month.zone());
    }

    /** A window sample outside the service month. */
    public static InvalidInputException windowOutsideMonth(String field, Object start, ServiceMonth month) {
        return new InvalidInputException(field, start, "is outside the service month " + month.firstDay() + ".." + month.lastDay());
    }

    /** A second sample for one window. */
    public static InvalidInputException windowTwice(String field, Object start) {
        return new InvalidInputException(field, start, "appears twice: one sample per window");
    }
}
