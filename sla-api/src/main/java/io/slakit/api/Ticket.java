package io.slakit.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket or request of a service month (an emergency call, a penetration test, a migration):
 * what a deadline commitment is checked against. {@code kind} and {@code severity} pick the
 * commitment; {@code responded} and {@code delivered} are the instants the provider answered and
 * delivered, each absent while not done.
 *
 * @param id        the ticket's id, as the user knows it
 * @param kind      the kind of request, one of the kinds the product commits to (its {@code slakit show} lists them)
 * @param severity  its severity or level, when the commitment depends on it
 * @param opened    when the ticket was opened (submitted, received)
 * @param responded when the provider first responded, if it has
 * @param delivered when the provider delivered (a report, a finished migration), if it has
 */
public record Ticket(String id, String kind, Optional<String> severity, Instant opened, Optional<Instant> responded,
                     Optional<Instant> delivered) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidInputException("id", id, "is blank");
        }
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank()) {
            throw new InvalidInputException("kind", kind, "is blank");
        }
        Objects.requireNonNull(severity, "severity");
        severity.ifPresent(s -> {
            if (s.isBlank()) {
                throw new InvalidInputException("severity", s, "is blank; leave it out when the ticket has none");
            }
        });
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(responded, "responded");
        Objects.requireNonNull(delivered, "delivered");
        responded.ifPresent(r -> {
            if (r.isBefore(opened)) {
                throw new InvalidInputException("responded", r, "is before opened \"" + opened + "\"");
            }
        });
        delivered.ifPresent(d -> {
            if (d.isBefore(opened)) {
                throw new InvalidInputException("delivered", d, "is before opened \"" + opened + "\"");
            }
        });
    }

    /** A ticket of {@code kind} opened at {@code opened}, neither responded to nor delivered yet. */
    public static Ticket of(String id, String kind, Instant opened) {
        return new Ticket(id, kind, Optional.empty(), opened, Optional.empty(), Optional.empty());
    }

    public Ticket withSeverity(String level) {
        return new Ticket(id, kind, Optional.of(level), opened, responded, delivered);
    }

    public Ticket respondedAt(Instant at) {
        return new Ticket(id, kind, severity, opened, Optional.of(at), delivered);
    }

    public Ticket deliveredAt(Instant at) {
        return new Ticket(id, kind, severity, opened, responded, Optional.of(at));
    }
}
