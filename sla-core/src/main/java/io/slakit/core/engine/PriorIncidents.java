package io.slakit.core.engine;

import io.slakit.api.Edition;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a resource's incidents before the service month ({@link ResourceMonth#priorIncidents()}).
 * Only a rule that declares it reads history may be given them, and only back to the earliest
 * instant it reads (CME: the start of the service year); each must end by the month's start, an
 * outage that reaches into the month being one of the month's incidents. Every other product
 * rejects them, so its months stay exactly as they were.
 */
final class PriorIncidents {
    private PriorIncidents() {
    }

    static void check(SlaDefinition definition, Edition edition, ResourceMonth resource, ServiceMonth month, Set<String> codes) {
        List<Incident> prior = resource.priorIncidents();
        if (prior.isEmpty() || edition.metrics().isEmpty()) {
            return; // an edition without a service level reads nothing and answers "no credit defined" whatever it is given
        }
        Optional<Instant> earliest = edition.metrics().stream()
                .map(m -> m.measurement().readsPriorIncidentsFrom(month, resource))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        if (earliest.isEmpty()) {
            throw new InvalidInputException("priorIncidents", prior.size() + " incident(s)", "were given, but " + definition.product()
                    + " (edition " + edition.id() + ") measures each service month alone and reads no incidents before it");
        }
        for (int i = 0; i < prior.size(); i++) {
            Incident incident = prior.get(i);
            if (incident.endExclusive().isAfter(month.start())) {
                throw new InvalidInputException("priorIncidents[" + i + "].end", incident.endExclusive(),
                        "runs into the service month starting " + month.start() + ": give an outage that reaches the month under incidents");
            }
            if (!incident.endExclusive().isAfter(earliest.get())) {
                throw new InvalidInputException("priorIncidents[" + i + "].end", incident.endExclusive(),
                        "ends before " + earliest.get() + ", the earliest time " + definition.product()
                                + " reads for the service month " + month.firstDay() + ".." + month.lastDay());
            }
            Optional<String> code = incident.attribution().exclusionCode();
            if (code.isPresent() && !codes.contains(code.get())) {
                throw io.slakit.core.rules.InputErrors.unknownExclusion("priorIncidents[" + i + "].exclusion", code.get(), codes);
            }
            // A rule that reads earlier windows reads earlier incidents only for their exclusions, as it reads the month's.
            if (code.isEmpty() && edition.metrics().stream().noneMatch(m -> m.measurement().readsIncidents())) {
                throw new InvalidInputException("priorIncidents[" + i + "]", incident, "is the provider's, but this product measures no "
                        + "incident downtime (give windows; incidents here only carry exclusions)");
            }
        }
    }
}
