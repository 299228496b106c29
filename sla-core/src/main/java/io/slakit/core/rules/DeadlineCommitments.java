package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.InvalidInputException;
import io.slakit.api.LateItem;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Ticket;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ServiceClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Deadline commitments (managed security services, emergency response, penetration tests, risk
 * assessments, data migration): per ticket kind and severity, "respond within 30 minutes" measured
 * on a {@link ServiceClock} (service hours or calendar time), or "deliver within 5 working days".
 *
 * <p>Each ticket opened in the service month is checked against the commitments for its kind: a
 * commitment naming the ticket's severity wins over one for any severity of the kind. A response
 * exactly at the deadline is on time. A ticket not yet responded to (delivered) is late when its
 * deadline passed before the month's end, measured to the month's end; otherwise it is still
 * pending and not counted. Each missed deadline is one breach (a ticket late to respond and late to
 * deliver is two). Availability is the share of checked deadlines met (100 % when none), so a
 * commitment of 100 % means "every deadline met"; the credit is usually by the count of breaches
 * ({@link Credits#byBreachCount}).
 *
 * <p>Working days count as the PRC Civil Code counts periods (art. 201: the day the period starts is
 * not counted): "within 5 working days" of a ticket opened on Monday ends at 24:00 of the following
 * Monday with weekdays only. Lateness is then in working days; a delivery on a non-working day after
 * the deadline counts as on the next working day.
 */
public final class DeadlineCommitments implements Measurement {

    /** What a commitment checks: the ticket's response or its delivery. */
    public enum Milestone {
        RESPONSE("responded", "respond"), DELIVERY("delivered", "deliver");

        private final String field;
        private final String verb;

        Milestone(String field, String verb) {
            this.field = field;
            this.verb = verb;
        }

        /** The ticket's input field this milestone reads. */
        public String field() {
            return field;
        }
    }

    /** One commitment: for {@code kind} (and {@code severity}, or any), the milestone within service time or working days. */
    public record Commitment(String kind, Optional<String> severity, Milestone milestone, Optional<Duration> serviceTime,
                             int workingDays) {
        public Commitment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(milestone, "milestone");
            Objects.requireNonNull(serviceTime, "serviceTime");
            if (serviceTime.isPresent() == (workingDays > 0)) {
                throw new IllegalArgumentException("a commitment is either within service time or within working days");
            }
            serviceTime.ifPresent(d -> {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("a deadline must allow some time, was " + d);
                }
            });
        }

        String describe(ServiceClock clock) {
            String what = kind + severity.map(s -> " (" + s + ")").orElse("") + ": " + milestone.verb + " within ";
            return what + serviceTime.map(d -> minutesText(d) + " " + (clock.isCalendarTime() ? "minutes" : "minutes of " + clock.describe()))
                    .orElse(workingDays + " working day(s) after the day opened");
        }
    }

    private final ServiceClock clock;
    private final List<Commitment> commitments;

    DeadlineCommitments(ServiceClock clock, List<Commitment> commitments) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.commitments = List.copyOf(commitments);
        for (int i = 0; i < this.commitments.size(); i++) {
            for (int j = i + 1; j < this.commitments.size(); j++) {
                Commitment a = this.commitments.get(i);
                Commitment b = this.commitments.get(j);
                if (a.kind().equals(b.kind()) && a.severity().equals(b.severity()) && a.milestone() == b.milestone()) {
                    throw new IllegalArgumentException("two commitments to " + a.milestone().verb + " for " + a.kind()
                            + a.severity().map(s -> " (" + s + ")").orElse(""));
                }
            }
        }
    }

    /** {@code kind} tickets of any severity are responded to within {@code serviceTime} on the clock. */
    public DeadlineCommitments respondWithin(String kind, Duration serviceTime) {
        return with(new Commitment(kind, Optional.empty(), Milestone.RESPONSE, Optional.of(serviceTime), 0));
    }

    /** {@code kind} tickets of {@code severity} are responded to within {@code serviceTime} on the clock. */
    public DeadlineCommitments respondWithin(String kind, String severity, Duration serviceTime) {
        return with(new Commitment(kind, Optional.of(severity), Milestone.RESPONSE, Optional.of(serviceTime), 0));
    }

    /** {@code kind} tickets are delivered within {@code serviceTime} on the clock. */
    public DeadlineCommitments deliverWithin(String kind, Duration serviceTime) {
        return with(new Commitment(kind, Optional.empty(), Milestone.DELIVERY, Optional.of(serviceTime), 0));
    }

    /** {@code kind} tickets are delivered by the end of the {@code days}th working day after the day opened. */
    public DeadlineCommitments deliverWithinWorkingDays(String kind, int days) {
        return with(new Commitment(kind, Optional.empty(), Milestone.DELIVERY, Optional.empty(), requirePositive(days)));
    }

    /** {@code kind} tickets of {@code severity} are delivered by the end of the {@code days}th working day after the day opened. */
    public DeadlineCommitments deliverWithinWorkingDays(String kind, String severity, int days) {
        return with(new Commitment(kind, Optional.of(severity), Milestone.DELIVERY, Optional.empty(), requirePositive(days)));
    }

    private static int requirePositive(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("working days must be at least 1, was " + days);
        }
        return days;
    }

    private DeadlineCommitments with(Commitment commitment) {
        List<Commitment> more = new ArrayList<>(commitments);
        more.add(commitment);
        return new DeadlineCommitments(clock, more);
    }

    public ServiceClock clock() {
        return clock;
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    @Override
    public String rule() {
        return "deadlines";
    }

    @Override
    public boolean countsMinutes() {
        return false;
    }

    @Override
    public boolean readsTickets() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("Deadlines on ").append(clock.describe()).append(": ");
        for (int i = 0; i < commitments.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(commitments.get(i).describe(clock));
        }
        return out.append(". A response or delivery exactly at the deadline is on time; each missed deadline is one breach, ")
                .append("its lateness measured on the same clock; availability is the share of deadlines met.").toString();
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("clock", clock.describe());
        for (int i = 0; i < commitments.size(); i++) {
            p.put("commitment." + i, commitments.get(i).describe(clock));
        }
        return p;
    }

    /** The ticket kinds committed to, sorted. */
    public List<String> kinds() {
        return commitments.stream().map(Commitment::kind).distinct().sorted().toList();
    }

    /** What checking a month's tickets found: deadlines checked, not yet due, and missed. */
    record Checked(int tickets, int checked, int pending, List<LateItem> late) {
    }

    @Override
    public Measured measure(MeasurementContext context) {
        ServiceMonth month = context.month();
        Checked found = check(month, context.resource().tickets(), i -> "tickets[" + i + "]");
        return measured(month, found);
    }

    /** The Measured of {@code found}: availability is the share of checked deadlines met (100 % when none). */
    static Measured measured(ServiceMonth month, Checked found) {
        int checked = found.checked();
        List<LateItem> late = found.late();
        Availability availability = checked == 0 ? Availability.ofRatio(BigDecimal.ONE, BigDecimal.ONE)
                : Availability.ofRatio(BigDecimal.valueOf(checked - late.size()), BigDecimal.valueOf(checked));
        String explanation = found.tickets() + " ticket(s), " + checked + " deadline(s) checked, " + late.size() + " missed"
                + (found.pending() == 0 ? "" : ", " + found.pending() + " not yet due at the month's end") + ".";
        return new Measured(BigDecimal.valueOf(month.totalMinutes()), Optional.empty(), Map.of(), availability, explanation,
                Optional.of(late));
    }

    /** Checks {@code tickets} (named in errors by {@code path}) against the commitments. */
    Checked check(ServiceMonth month, List<Ticket> tickets, java.util.function.IntFunction<String> path) {
        List<LateItem> late = new ArrayList<>();
        int checked = 0;
        int pending = 0;
        for (int i = 0; i < tickets.size(); i++) {
            Ticket ticket = tickets.get(i);
            String where = path.apply(i);
            if (ticket.opened().isBefore(month.start()) || !ticket.opened().isBefore(month.end())) {
                throw new InvalidInputException(where + ".opened", ticket.opened(), "is outside the service month " + month.firstDay()
                        + ".." + month.lastDay() + ": rule " + rule() + " checks the tickets opened in the month");
            }
            List<Commitment> applying = applying(ticket, where);
            for (Commitment commitment : applying) {
                Optional<Instant> actual = commitment.milestone() == Milestone.RESPONSE ? ticket.responded() : ticket.delivered();
                Optional<LateItem> item = check(ticket, commitment, actual, month);
                if (item == null) {
                    pending++;
                    continue;
                }
                checked++;
                item.ifPresent(late::add);
            }
        }
        return new Checked(tickets.size(), checked, pending, late);
    }

    private List<Commitment> applying(Ticket ticket, String path) {
        List<Commitment> ofKind = commitments.stream().filter(c -> c.kind().equals(ticket.kind())).toList();
        if (ofKind.isEmpty()) {
            throw new InvalidInputException(path + ".kind", ticket.kind(), "is not a kind of request rule " + rule()
                    + " commits to (one of " + kinds() + ")");
        }
        List<Commitment> applying = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            List<Commitment> forMilestone = ofKind.stream().filter(c -> c.milestone() == milestone).toList();
            if (forMilestone.isEmpty()) {
                continue;
            }
            Optional<Commitment> exact = forMilestone.stream().filter(c -> c.severity().equals(ticket.severity())).findFirst();
            Optional<Commitment> any = forMilestone.stream().filter(c -> c.severity().isEmpty()).findFirst();
            Optional<Commitment> chosen = exact.isPresent() ? exact : any;
            if (chosen.isEmpty()) {
                TreeSet<String> levels = new TreeSet<>();
                forMilestone.forEach(c -> c.severity().ifPresent(levels::add));
                throw new InvalidInputException(path + ".severity", ticket.severity().orElse(null), (ticket.severity().isEmpty()
                        ? "is required" : "is not a severity") + " for " + ticket.kind() + " tickets under rule " + rule()
                        + " (one of " + levels + ")");
            }
            applying.add(chosen.get());
        }
        return applying;
    }

    /** The late item, empty when on time, or null when not done and not yet due by the month's end. */
    private Optional<LateItem> check(Ticket ticket, Commitment commitment, Optional<Instant> actual, ServiceMonth month) {
        ZoneId zone = month.zone();
        Instant until = actual.orElse(month.end());
        if (commitment.serviceTime().isPresent()) {
            Duration allowance = commitment.serviceTime().get();
            Instant deadline = clock.deadline(ticket.opened(), allowance, zone);
            if (actual.isEmpty() && !deadline.isBefore(month.end())) {
                return null;
            }
            Duration used = clock.between(ticket.opened(), until, zone);
            Duration over = used.minus(allowance);
            if (over.isNegative() || over.isZero()) {
                return Optional.empty();
            }
            return Optional.of(new LateItem(ticket.id(), ticket.kind(), ticket.severity(), commitment.milestone().field(),
                    commitment.describe(clock), deadline, actual, TimeSet.minutes(over.toNanos()), clock.minuteUnit()));
        }
        BusinessCalendar calendar = clock.calendar();
        int days = commitment.workingDays();
        LocalDate openedDay = ticket.opened().atZone(zone).toLocalDate();
        LocalDate deadlineDay = calendar.nthBusinessDayFrom(openedDay.plusDays(1), days);
        Instant deadline = deadlineDay.plusDays(1).atStartOfDay(zone).toInstant();
        if (actual.isEmpty() && !deadline.isBefore(month.end())) {
            return null;
        }
        if (until.isBefore(deadline) || (actual.isPresent() && until.equals(deadline))) {
            return Optional.empty();
        }
        // The working day the milestone fell on, counted from the day after opening; a non-working day counts as the next working day.
        LocalDate doneDay = actual.isPresent() ? until.atZone(zone).toLocalDate() : until.minusNanos(1).atZone(zone).toLocalDate();
        long index = 0;
        for (LocalDate d = openedDay.plusDays(1); !d.isAfter(doneDay); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                index++;
            }
        }
        if (!calendar.isBusinessDay(doneDay)) {
            index++;
        }
        long over = index - days;
        if (over <= 0) {
            return Optional.empty(); // cannot happen after the deadline; kept as a guard
        }
        return Optional.of(new LateItem(ticket.id(), ticket.kind(), ticket.severity(), commitment.milestone().field(),
                commitment.describe(clock), deadline, actual, BigDecimal.valueOf(over), "working days"));
    }

    private static String minutesText(Duration d) {
        return TimeSet.minutes(d.toNanos()).toPlainString();
    }
}
