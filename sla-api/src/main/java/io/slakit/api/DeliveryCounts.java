package io.slakit.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A month's counts of messages (SMS, voice messages, emails) sent to valid recipients and of those
 * delivered, for a monthly delivery ratio.
 *
 * @param sent      messages sent to valid recipients in the month
 * @param delivered of those, the messages delivered
 * @param excluded  undelivered messages attributed to exclusion clauses, by clause code (a clause
 *                  code -> the undelivered messages that clause caused); together at most
 *                  {@code sent - delivered}. Excluded failures are not failures: the ratio counts
 *                  them as delivered
 * @param unitPrice the list price of one unit the credit is paid in (one message, one voice-message
 *                  minute, one email), exact, for a credit converted at list price (刊例价), which the
 *                  texts do not state; empty when not given
 */
public record DeliveryCounts(long sent, long delivered, Map<String, Long> excluded, Optional<BigDecimal> unitPrice) {

    public DeliveryCounts {
        if (sent < 0) {
            throw new InvalidInputException("sent", sent, "is negative");
        }
        if (delivered < 0) {
            throw new InvalidInputException("delivered", delivered, "is negative");
        }
        if (delivered > sent) {
            throw new InvalidInputException("delivered", delivered, "is greater than sent \"" + sent + "\": a message is delivered at most once");
        }
        Objects.requireNonNull(excluded, "excluded");
        long total = 0;
        for (Map.Entry<String, Long> e : excluded.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new InvalidInputException("excluded", e.getKey(), "needs a clause code for each count");
            }
            if (e.getValue() == null || e.getValue() < 0) {
                throw new InvalidInputException("excluded." + e.getKey(), e.getValue(), "is negative");
            }
            total = Math.addExact(total, e.getValue());
        }
        if (total > sent - delivered) {
            throw new InvalidInputException("excluded", total, "is greater than the undelivered messages (sent - delivered = "
                    + (sent - delivered) + "): a clause excludes only messages that were not delivered");
        }
        excluded = java.util.Collections.unmodifiableMap(new TreeMap<>(excluded));
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitPrice.isPresent() && unitPrice.get().signum() <= 0) {
            throw new InvalidInputException("unitPrice", unitPrice.get().toPlainString(), "must be above zero");
        }
    }

    /** Counts with no failures attributed to a clause and no unit price. */
    public DeliveryCounts(long sent, long delivered) {
        this(sent, delivered, Map.of(), Optional.empty());
    }

    public static DeliveryCounts of(long sent, long delivered) {
        return new DeliveryCounts(sent, delivered);
    }

    /** These counts with {@code messages} undelivered messages attributed to clause {@code code} (added to any already given). */
    public DeliveryCounts excluding(String code, long messages) {
        Map<String, Long> copy = new TreeMap<>(excluded);
        copy.merge(code, messages, Long::sum);
        return new DeliveryCounts(sent, delivered, copy, unitPrice);
    }

    /** These counts with the list price of one credit unit, exact ({@code "0.045"}). */
    public DeliveryCounts withUnitPrice(String price) {
        BigDecimal value;
        try {
            value = new BigDecimal(price.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("unitPrice", price, "is not a decimal number");
        }
        return new DeliveryCounts(sent, delivered, excluded, Optional.of(value));
    }

    public long undelivered() {
        return sent - delivered;
    }

    /** The undelivered messages attributed to any clause. */
    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The failures the ratio counts: undelivered messages no clause excludes. */
    public long countedFailures() {
        return undelivered() - excludedTotal();
    }
}
