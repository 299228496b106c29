package io.slakit.core.engine;

import io.slakit.api.Edition;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.core.time.ServiceMonths;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one place that turns the earlier months of a {@link MonthSeries} into the history a rule
 * reads. Today that is prior incidents ({@link io.slakit.core.rules.ServiceYearMinutes}: CME's
 * service year); a rule reading other history (prior windows) takes it from here the same way.
 *
 * <p>A resource's prior incidents in a month are the first month's own {@code priorIncidents} (the
 * history before the months given) and the incidents of every earlier month given, each cut to its
 * service month, kept only back to the earliest instant the month's rules read. A product whose
 * rules read no history is given none, exactly as a single month. A later month that states its
 * own {@code priorIncidents} is refused: the months before it already say what they were.
 */
final class MonthHistory {
    private MonthHistory() {
    }

    /**
     * {@code month} with each resource's history from {@code earlier} (in month order; the first
     * given month first). {@code source} names the month's input for errors.
     */
    static EvaluationRequest withHistory(SlaDefinition definition, EvaluationRequest month, List<EvaluationRequest> earlier, String source) {
        if (earlier.isEmpty()) {
            return month;
        }
        Edition edition = SlaEngine.edition(definition, month.edition());
        List<ResourceMonth> resources = new ArrayList<>(month.resources().size());
        for (int i = 0; i < month.resources().size(); i++) {
            ResourceMonth resource = month.resources().get(i);
            if (!resource.priorIncidents().isEmpty()) {
                throw new InvalidInputException(source + ": resources[" + i + "].priorIncidents", resource.priorIncidents().size()
                        + " incident(s)", "are given in a month after the first of several: the earlier months' incidents are its prior "
                        + "incidents; give priorIncidents only in the first month");
            }
            resources.add(priorIncidents(definition, edition, month, resource, earlier)
                    .map(resource::withPriorIncidents).orElse(resource));
        }
        return new EvaluationRequest(month.product(), month.site(), month.month(), month.serviceStart(), month.edition(), month.currency(),
                resources);
    }

    /** The outages before the month the edition's rules read, or empty when they read none. */
    private static Optional<List<Incident>> priorIncidents(SlaDefinition definition, Edition edition, EvaluationRequest month,
                                                           ResourceMonth resource, List<EvaluationRequest> earlier) {
        Optional<ServiceMonth> cut = serviceMonth(definition, month, resource);
        if (cut.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> from = edition.metrics().stream()
                .map(m -> m.measurement().readsPriorIncidentsFrom(cut.get(), resource))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        List<Incident> prior = new ArrayList<>();
        for (int k = 0; k < earlier.size(); k++) {
            EvaluationRequest before = earlier.get(k);
            Optional<ResourceMonth> same = before.resources().stream().filter(r -> r.id().equals(resource.id())).findFirst();
            if (same.isEmpty()) {
                continue;
            }
            if (k == 0) {
                same.get().priorIncidents().stream().filter(x -> x.endExclusive().isAfter(from.get())).forEach(prior::add);
            }
            Optional<ServiceMonth> itsMonth = serviceMonth(definition, before, same.get());
            if (itsMonth.isEmpty()) {
                continue;
            }
            for (Incident incident : same.get().incidents()) {
                clip(incident, itsMonth.get().start(), min(itsMonth.get().end(), cut.get().start()))
                        .filter(x -> x.endExclusive().isAfter(from.get()))
                        .ifPresent(prior::add);
            }
        }
        return Optional.of(prior);
    }

    private static Optional<ServiceMonth> serviceMonth(SlaDefinition definition, EvaluationRequest month, ResourceMonth resource) {
        return ServiceMonths.forResource(definition.monthRule(), month.month(), month.serviceStart(), definition.zone(),
                resource.activeFrom(), resource.activeUntil());
    }

    /** The part of {@code incident} inside {@code [from, to)}, if any. */
    private static Optional<Incident> clip(Incident incident, Instant from, Instant to) {
        Instant start = incident.startInclusive().isBefore(from) ? from : incident.startInclusive();
        Instant end = min(incident.endExclusive(), to);
        if (!end.isAfter(start)) {
            return Optional.empty();
        }
        if (start.equals(incident.startInclusive()) && end.equals(incident.endExclusive())) {
            return Optional.of(incident);
        }
        return Optional.of(new Incident(start, end, incident.scope(), incident.attribution(), incident.requestShare(), incident.signal()));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
