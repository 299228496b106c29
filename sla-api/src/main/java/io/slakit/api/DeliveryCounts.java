package io.slakit.api;

/**
 * A month's counts of messages (SMS, voice messages, emails) sent to valid recipients and of those
 * delivered, for a monthly delivery ratio.
 */
public record DeliveryCounts(long sent, long delivered) {

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
    }

    public static DeliveryCounts of(long sent, long delivered) {
        return new DeliveryCounts(sent, delivered);
    }

    public long undelivered() {
        return sent - delivered;
    }
}
