package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.DeliveryCounts;
import io.slakit.api.ResourceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A monthly delivery ratio (SMS, voice messages, email): availability = messages delivered /
 * messages sent to valid recipients in the month, read from the resource's monthly
 * {@link ResourceMonth#deliveries() delivery counts}. A month with nothing sent is 100 %; a resource
 * without counts is reported as not evaluated.
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
                + "(monthly counts; nothing sent is 100%).";
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
        Availability availability = counts.sent() == 0 ? Availability.ofRatio(BigDecimal.ONE, BigDecimal.ONE)
                : Availability.ofRatio(BigDecimal.valueOf(counts.delivered()), BigDecimal.valueOf(counts.sent()));
        return new Measured(BigDecimal.valueOf(context.month().totalMinutes()), Optional.empty(),
                IncidentSets.of(context.resource(), context.month()).excludedMinutes(), availability,
                counts.delivered() + " of " + counts.sent() + " messages delivered in the month.");
    }
}
