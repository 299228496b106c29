package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.DeliveryCounts;
import io.slakit.api.ResourceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * A monthly delivery ratio (SMS, voice messages, email): availability = messages delivered /
 * messages sent to valid recipients in the month, read from the resource's monthly
 * {@link ResourceMonth#deliveries() delivery counts}. A month with nothing sent is 100 %; a resource
 * without counts is reported as not evaluated.
 *
 * <p>Undelivered messages the input attributes to exclusion clauses ({@link DeliveryCounts#excluded()})
 * are not failures: they count as delivered, so 9,400 of 10,000 delivered with 300 excluded by
 * force majeure is 97 %. Each such clause is named in the report's excluded-by-clause (with the
 * excluded incident minutes it may also have, else zero minutes) and its messages in the explanation.
 * A code the product's text does not have is rejected by name ({@code deliveries.excluded.<code>}).
 */
public final class DeliveryRatio implements Measurement {

    DeliveryRatio() {
    }

    @Override
    public String rule() {
        return "delivery-ratio";
    }

    @Override
    public String describe() {
        return "Availability is the messages delivered over the messages sent to valid recipients in the month "
                + "(monthly counts; nothing sent is 100%; undelivered messages attributed to an exclusion clause count as delivered).";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("input", "deliveries");
    }

    @Override
    public boolean countsMinutes() {
        return false;
    }

    @Override
    public boolean readsDeliveries() {
        return true;
    }

    @Override
    public boolean applicableTo(ResourceMonth resource) {
        return resource.deliveries().isPresent();
    }

    @Override
    public String notApplicableReason() {
        return "no delivery counts (deliveries.sent, deliveries.delivered) were given";
    }

    @Override
    public Measured measure(MeasurementContext context) {
        DeliveryCounts counts = context.resource().deliveries().orElseThrow();
        for (String code : counts.excluded().keySet()) {
            if (!context.exclusionCodes().contains(code)) {
                throw InputErrors.unknownExclusion("deliveries.excluded." + code, code, context.exclusionCodes());
            }
        }
        long counted = counts.delivered() + counts.excludedTotal();
        Availability availability = counts.sent() == 0 ? Availability.ofRatio(BigDecimal.ONE, BigDecimal.ONE)
                : Availability.ofRatio(BigDecimal.valueOf(counted), BigDecimal.valueOf(counts.sent()));
        Map<String, BigDecimal> excluded = new TreeMap<>(IncidentSets.of(context.resource(), context.month()).excludedMinutes());
        StringBuilder explanation = new StringBuilder(counts.delivered() + " of " + counts.sent() + " messages delivered in the month");
        if (counts.excludedTotal() > 0) {
            explanation.append("; ").append(counts.excludedTotal()).append(" undelivered excluded (");
            String sep = "";
            for (Map.Entry<String, Long> e : counts.excluded().entrySet()) {
                if (e.getValue() > 0) {
                    explanation.append(sep).append(e.getValue()).append(" by ").append(e.getKey());
                    sep = ", ";
                }
            }
            explanation.append(") and counted as delivered: ").append(counted).append(" of ").append(counts.sent());
        }
        for (Map.Entry<String, Long> e : counts.excluded().entrySet()) {
            if (e.getValue() > 0) {
                excluded.putIfAbsent(e.getKey(), BigDecimal.ZERO);
            }
        }
        return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(), excluded, availability,
                explanation.append('.').toString());
    }
}
