package io.slakit.core.engine;

import io.slakit.api.Edition;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Metric;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.rules.InputErrors;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a resource's windows before the service month ({@link ResourceMonth#priorWindows()}) and its
 * {@link ResourceMonth#dailyCalls() daily calls}. Only a rule that reads a period longer than the month
 * may be given prior windows, and only back to the period's first day; each lies on the rule's window
 * grid, ends by the month's start (a window of the month is one of the month's windows) and is given
 * once. Daily calls reach only a credit that reads them. Every other product rejects both, so its
 * months stay exactly as they were.
 */
final class PriorWindows {
    private PriorWindows() {
    }

    static void check(SlaDefinition definition, Edition edition, ResourceMonth resource, ServiceMonth month) {
        if (edition.metrics().isEmpty()) {
            return; // an edition without a service level reads nothing and answers "no credit defined" whatever it is given
        }
        if (!resource.dailyCalls().isEmpty() && edition.metrics().stream().noneMatch(m -> m.credit().readsDailyCalls())) {
            throw new InvalidInputException("dailyCalls", resource.dailyCalls().size() + " day(s)", "were given, but " + definition.product()
                    + " (edition " + edition.id() + ") has no credit capped by daily calls");
        }
        List<WindowSample> prior = resource.priorWindows();
        if (prior.isEmpty()) {
            return;
        }
        Optional<Metric> reader = edition.metrics().stream()
                .filter(m -> m.measurement().readsPriorWindowsFrom(month, resource).isPresent())
                .min(Comparator.comparing(m -> m.measurement().readsPriorWindowsFrom(month, resource).orElseThrow()));
        if (reader.isEmpty()) {
            throw new InvalidInputException("priorWindows", prior.size() + " window(s)", "were given, but " + definition.product()
                    + " (edition " + edition.id() + ") measures each service month alone and reads no windows before it");
        }
        Instant earliest = reader.get().measurement().readsPriorWindowsFrom(month, resource).orElseThrow();
        Duration window = reader.get().measurement().window().orElseThrow();
        TreeMap<Instant, Integer> seen = new TreeMap<>();
        for (int i = 0; i < prior.size(); i++) {
            Instant start = prior.get(i).start();
            String field = "priorWindows[" + i + "].start";
            ZonedDateTime local = start.atZone(month.zone());
            if (Duration.between(local.toLocalDate().atStartOfDay(month.zone()), local).toNanos() % window.toNanos() != 0) {
                throw InputErrors.windowNotAligned(field, start, window.toMinutes(), month);
            }
            if (start.plus(window).isAfter(month.start())) {
                throw new InvalidInputException(field, start, "is inside the service month " + month.firstDay() + ".." + month.lastDay()
                        + ": give the month's windows under windows");
            }
            if (start.isBefore(earliest)) {
                throw new InvalidInputException(field, start, "is before " + earliest + ", the first day of the period " + definition.product()
                        + " measures for the service month " + month.firstDay() + ".." + month.lastDay());
            }
            Integer twice = seen.put(start, i);
            if (twice != null) {
                throw InputErrors.windowTwice(field, start);
            }
        }
    }
}
