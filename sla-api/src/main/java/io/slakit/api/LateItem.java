package io.slakit.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One missed deadline: which ticket, which milestone (its response or its delivery), the
 * commitment in words, the deadline, when it was actually done (absent: not done by the end of the
 * month), and by how much it was late on the commitment's clock.
 *
 * @param ticket        the ticket's id
 * @param kind          the ticket's kind
 * @param severity      its severity, if it has one
 * @param milestone     {@code "responded"} or {@code "delivered"}: the input field checked
 * @param commitment    the commitment in words, e.g. "respond within 30 minutes of service time"
 * @param deadline      the instant the deadline fell on
 * @param actual        when the milestone was reached, or empty when it was not by the end of the service month
 * @param lateness      how late, exact, in {@code latenessUnit} (never zero: on time is not late)
 * @param latenessUnit  the clock's unit: "service minutes", "minutes" or "working days"
 */
public record LateItem(String ticket, String kind, Optional<String> severity, String milestone, String commitment,
                       Instant deadline, Optional<Instant> actual, BigDecimal lateness, String latenessUnit) {

    public LateItem {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(lateness, "lateness");
        Objects.requireNonNull(latenessUnit, "latenessUnit");
        if (lateness.signum() <= 0) {
            throw new IllegalArgumentException("a late item is late by more than zero, was " + lateness);
        }
        lateness = lateness.stripTrailingZeros();
        if (lateness.scale() < 0) {
            lateness = lateness.setScale(0);
        }
    }

    /** {@code "T-7 responded 12.5 service minutes late (deadline 2024-04-01T04:00:00Z; respond within ...)"}. */
    public String describe() {
        return ticket + " " + milestone + " " + lateness.stripTrailingZeros().toPlainString() + " " + latenessUnit + " late"
                + actual.map(a -> "").orElse(" (not done by the end of the month)") + " (deadline " + deadline + "; " + commitment + ")";
    }
}
