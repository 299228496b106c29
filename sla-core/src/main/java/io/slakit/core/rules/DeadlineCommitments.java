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
 *
 * <p>Exclusions stop the clock (an exclusion removes its time from every rule that could count it):
 * time attributed to an exclusion clause (an incident with a clause code: the customer unreachable,
 * maintenance) does not run on any ticket's clock. A service-time deadline moves later by the
 * service time excluded before it, and lateness leaves out excluded service time; a working-day
 * deadline moves later by the excluded time of working days (each a whole 24 hours) after the
 * opening day, and its lateness is the whole working days of non-excluded time past the moved
 * deadline, a started one counting. A ticket late only because of excluded time is on time.
 *
 * <p>Some texts allow a number of breaches a month ("每服务月度响应时长超时不超过3次"):
 * {@link #allowingBreaches} makes the commitment met while at most that many deadlines are missed.
 * Availability then counts the allowed breaches as met (checked - breaches beyond the allowance,
 * over checked), so with the commitment of 100 % the metric is met exactly while the breaches stay
 * within the allowance; the late items still list every missed deadline, for the credit by count.
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
    private final int allowedBreaches;

    DeadlineCommitments(ServiceClock clock, List<Commitment> commitments) {
        this(clock, commitments, 0);
    }

    private DeadlineCommitments(ServiceClock clock, List<Commitment> commitments, int allowedBreaches) {
        if (allowedBreaches < 0) {
            throw new IllegalArgumentException("allowed breaches must be 0 or more, was " + allowedBreaches);
        }
        this.allowedBreaches = allowedBreaches;
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
        return new DeadlineCommitments(clock, more, allowedBreaches);
    }

    /**
     * The commitment is met while at most {@code breaches} deadlines are missed in the month
     * ("不超过3次" allows 3; "少于3次" allows 2); without it every deadline must be met.
     */
    public DeadlineCommitments allowingBreaches(int breaches) {
        return new DeadlineCommitments(clock, commitments, breaches);
    }

    /** How many missed deadlines a month the commitment allows (0: every deadline met). */
    public int allowedBreaches() {
        return allowedBreaches;
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
        return out.append(". A response or delivery exactly at the deadline is on time; time attributed to an exclusion clause stops ")
                .append("the clock; each missed deadline is one breach, its lateness measured on the same clock; ")
                .append(allowedBreaches == 0 ? "availability is the share of deadlines met."
                        : "the commitment is met while at most " + allowedBreaches + " deadline(s) a month are missed (availability counts "
                        + "them as met).").toString();
    }

    @Override
    public boolean commitmentIsPercent() {
        return false;
    }

    @Override
    public List<String> commitmentFigures() {
        return figures(commitments, allowedBreaches);
    }

    /** The numbers the text states {@code commitments} with: hours (when whole) and minutes of each deadline, working days, the allowance. */
    static List<String> figures(List<Commitment> commitments, int allowedBreaches) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Commitment c : commitments) {
            c.serviceTime().ifPresent(d -> {
                if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toNanosPart() == 0) {
                    out.add(String.valueOf(d.toHours()));
                }
                out.add(minutesText(d));
            });
            if (c.workingDays() > 0) {
                out.add(String.valueOf(c.workingDays()));
            }
        }
        if (allowedBreaches > 0) {
            out.add(String.valueOf(allowedBreaches));
        }
        return List.copyOf(out);
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("clock", clock.describe());
        for (int i = 0; i < commitments.size(); i++) {
            p.put("commitment." + i, commitments.get(i).describe(clock));
        }
        if (allowedBreaches > 0) {
            p.put("allowedBreaches", String.valueOf(allowedBreaches));
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
        IncidentSets sets = IncidentSets.of(context.resource(), month);
        Checked found = check(month, context.resource().tickets(), i -> "tickets[" + i + "]", excludedTime(sets));
        return measured(month, found, allowedBreaches, sets.excludedMinutes());
    }

    /** All time attributed to exclusion clauses in the month, whatever the clause. */
    static TimeSet excludedTime(IncidentSets sets) {
        TimeSet all = TimeSet.empty();
        for (TimeSet set : sets.excludedByClause().values()) {
            all = all.union(set);
        }
        return all;
    }

    /**
     * The Measured of {@code found}: availability is the share of checked deadlines met (100 % when none), the first
     * {@code allowed} breaches counted as met; {@code excludedMinutes} is the month's excluded time by clause.
     */
    static Measured measured(ServiceMonth month, Checked found, int allowed, Map<String, BigDecimal> excludedMinutes) {
        int checked = found.checked();
        List<LateItem> late = found.late();
        int counted = Math.max(0, late.size() - allowed);
        Availability availability = checked == 0 ? Availability.ofRatio(BigDecimal.ONE, BigDecimal.ONE)
                : Availability.ofRatio(BigDecimal.valueOf(checked - counted), BigDecimal.valueOf(checked));
        String allowance = allowed == 0 || late.isEmpty() ? ""
                : late.size() <= allowed ? " (within the " + allowed + " a month allowed)"
                : " (" + allowed + " a month allowed, " + counted + " beyond)";
        String excluded = excludedMinutes.isEmpty() ? "" : "; time attributed to exclusion clauses stops the clock";
        String explanation = found.tickets() + " ticket(s), " + checked + " deadline(s) checked, " + late.size() + " missed" + allowance
                + (found.pending() == 0 ? "" : ", " + found.pending() + " not yet due at the month's end") + excluded + ".";
        return new Measured(BigDecimal.valueOf(month.totalMinutes()), Optional.empty(), excludedMinutes, availability, explanation,
                Optional.of(late));
    }

    /** Checks {@code tickets} (named in errors by {@code path}) against the commitments, the clock stopped during {@code excluded}. */
    Checked check(ServiceMonth month, List<Ticket> tickets, java.util.function.IntFunction<String> path, TimeSet excluded) {
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
                Optional<LateItem> item = check(ticket, commitment, actual, month, excluded);
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
    private Optional<LateItem> check(Ticket ticket, Commitment commitment, Optional<Instant> actual, ServiceMonth month, TimeSet excluded) {
        ZoneId zone = month.zone();
        Instant until = actual.orElse(month.end());
        if (commitment.serviceTime().isPresent()) {
            Duration allowance = commitment.serviceTime().get();
            Instant deadline = deadlineSkipping(clock, ticket.opened(), allowance, excluded, zone);
            if (actual.isEmpty() && !deadline.isBefore(month.end())) {
                return null;
            }
            Duration used = clock.between(ticket.opened(), until, zone).minus(excludedOn(clock, excluded, ticket.opened(), until, zone));
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
        // Working days as a clock of whole days: excluded time on them after the opening day moves the deadline.
        ServiceClock workingDays = ServiceClock.businessHours(calendar, "00:00-24:00");
        Instant counting = openedDay.plusDays(1).atStartOfDay(zone).toInstant();
        Duration moved = excludedOn(workingDays, excluded, counting, deadline, zone);
        if (!moved.isZero()) {
            deadline = deadlineSkipping(workingDays, deadline, moved, excluded, zone);
        }
        if (actual.isEmpty() && !deadline.isBefore(month.end())) {
            return null;
        }
        if (until.isBefore(deadline) || (actual.isPresent() && until.equals(deadline))) {
            return Optional.empty();
        }
        long over;
        if (moved.isZero() && excludedOn(workingDays, excluded, deadline, until, zone).isZero()) {
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
            over = index - days;
        } else {
            // Whole working days of time not excluded past the moved deadline, a started one counting.
            Instant end = actual.isPresent() ? until : until.minusNanos(1);
            Duration net = workingDays.between(deadline, end, zone).minus(excludedOn(workingDays, excluded, deadline, end, zone));
            over = net.toDays() + 1;
        }
        if (over <= 0) {
            return Optional.empty(); // cannot happen after the deadline; kept as a guard
        }
        return Optional.of(new LateItem(ticket.id(), ticket.kind(), ticket.severity(), commitment.milestone().field(),
                commitment.describe(clock), deadline, actual, BigDecimal.valueOf(over), "working days"));
    }

    /** The time on {@code on} within {@code [from, to)} that {@code excluded} covers. */
    static Duration excludedOn(ServiceClock on, TimeSet excluded, Instant from, Instant to, ZoneId zone) {
        Duration total = Duration.ZERO;
        long lo = TimeSet.nanos(from);
        long hi = TimeSet.nanos(to);
        for (int i = 0; i < excluded.size(); i++) {
            long s = Math.max(lo, excluded.start(i));
            long e = Math.min(hi, excluded.end(i));
            if (e > s) {
                total = total.plus(on.between(TimeSet.instant(s), TimeSet.instant(e), zone));
            }
        }
        return total;
    }

    /** The instant {@code allowance} of time on {@code on} has passed since {@code from}, not counting {@code excluded} time. */
    static Instant deadlineSkipping(ServiceClock on, Instant from, Duration allowance, TimeSet excluded, ZoneId zone) {
        Instant cursor = from;
        Duration remaining = allowance;
        long at = TimeSet.nanos(from);
        for (int i = 0; i < excluded.size(); i++) {
            if (excluded.end(i) <= at) {
                continue;
            }
            Instant s = TimeSet.instant(excluded.start(i));
            Duration available = on.between(cursor, s, zone);
            if (remaining.compareTo(available) <= 0) {
                return on.deadline(cursor, remaining, zone);
            }
            remaining = remaining.minus(available);
            Instant e = TimeSet.instant(excluded.end(i));
            cursor = e.isAfter(cursor) ? e : cursor;
        }
        return on.deadline(cursor, remaining, zone);
    }

    private static String minutesText(Duration d) {
        return TimeSet.minutes(d.toNanos()).toPlainString();
    }
}
