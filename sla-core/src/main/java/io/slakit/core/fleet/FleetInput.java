package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.core.rules.InputErrors;

import java.util.Collection;
import java.util.Set;

/** What the fleet path accepts and the checks it makes on its input, in one place. */
final class FleetInput {
    private FleetInput() {
    }

    /**
     * Whether a plan of {@code kind} decides {@code resource} as the engine would: a fee in whole
     * minor units and nothing else (no region or zone, other fees, units, active span, durability or
     * earlier incidents), unscoped and unweighted incidents, and only the input the plan's kernel
     * reads (incidents, or windows without incidents). Any other resource goes to the engine.
     */
    static boolean accepts(ResourceMonth resource, FleetPlan.Kind kind) {
        if (!resource.region().isEmpty() || !resource.zone().isEmpty() || !resource.otherFees().isEmpty() || resource.units() != 1
                || resource.activeFrom().isPresent() || resource.activeUntil().isPresent() || resource.durability().isPresent()
                || !resource.priorIncidents().isEmpty()) {
            return false;
        }
        if (Fees.minorUnits(resource.fee()).isEmpty()) {
            return false;
        }
        for (var incident : resource.incidents()) {
            if (!incident.scope().isEmpty() || incident.requestShare().isPresent()) {
                return false;
            }
        }
        return kind == FleetPlan.Kind.INCIDENT_MINUTES ? resource.windows().isEmpty() : resource.incidents().isEmpty();
    }

    /** The fee of an {@link #accepts accepted} resource in minor units. */
    static long feeMinor(ResourceMonth resource) {
        return Fees.minorUnits(resource.fee()).orElseThrow(() -> new IllegalArgumentException(resource.id() + " is not accepted"));
    }

    /** Every code of a batch names an exclusion clause of the definition. */
    static void checkExclusionCodes(Collection<String> codes, Set<String> known) {
        for (String code : codes) {
            if (!known.contains(code)) {
                throw InputErrors.unknownExclusion("exclusion", code, known);
            }
        }
    }

    /** Request counts a columnar window holds: {@code 0 <= failed <= total <= 2,147,483,647}. */
    static boolean validWindowCounts(long total, long failed) {
        return total >= 0 && total <= Integer.MAX_VALUE && failed >= 0 && failed <= total;
    }

    /** Throws the bad input {@link #validWindowCounts} rejects, on {@code path + "total"} or {@code path + "failed"}. */
    static void checkWindowCounts(String path, long total, long failed) {
        if (total < 0 || total > Integer.MAX_VALUE) {
            throw new InvalidInputException(path + "total", total, total < 0 ? "is negative" : "exceeds 2,147,483,647 requests in one window");
        }
        if (failed < 0 || failed > total) {
            throw new InvalidInputException(path + "failed", failed, failed < 0 ? "is negative" : "is greater than total \"" + total + "\"");
        }
    }
}
