package io.slakit.testkit;

import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.Ticket;
import io.slakit.api.spi.Measurement;
import io.slakit.core.rules.BreachCountCredit;
import io.slakit.core.rules.DeadlineCommitments;
import io.slakit.core.rules.DeadlineRoutes;
import io.slakit.core.time.ServiceClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exclusion invariant for a metric that reads tickets (deadline commitments): the control is a
 * month of tickets that miss their deadline only because of a span (an hour from the opening, on a
 * working day at 10:00 in April 2024), the excluded case attributes each span to the clause, and the
 * baseline has the same tickets answered on time without any span. The excluded case must give the
 * baseline's result; the control must miss the commitment and, where a credit is defined, earn one.
 * As many tickets as it takes: one more than the breaches the commitment allows, and at least the
 * first count of breaches a breach-count credit pays for.
 */
final class TicketCase {
    private static final Duration SPAN = Duration.ofHours(1);

    private TicketCase() {
    }

    /** The commitment the tickets are checked against: the first response commitment of the first set, else its first commitment. */
    private record Target(DeadlineCommitments set, DeadlineCommitments.Commitment commitment, int allowed) {
    }

    static void check(SlaDefinition d, Edition edition, ExclusionClause clause) {
        Metric metric = edition.metrics().stream().filter(m -> m.measurement().readsTickets()).findFirst().orElseThrow();
        Target target = target(d, metric.measurement());
        int count = target.allowed() + 1;
        if (metric.credit() instanceof BreachCountCredit byCount) {
            long firstPaying = byCount.countTiers().stream().filter(t -> t.percent().signum() > 0).mapToLong(BreachCountCredit.CountTier::from)
                    .min().orElse(1);
            count = (int) Math.max(count, firstPaying);
        }
        ZoneId zone = d.zone();
        ServiceClock clock = target.set().clock();
        List<Ticket> onTime = new ArrayList<>();
        List<Ticket> lateBySpan = new ArrayList<>();
        List<Incident> spans = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 4, 2);
        for (int i = 0; i < count; i++, day = day.plusDays(1)) {
            while (!clock.calendar().isBusinessDay(day)) {
                day = day.plusDays(1);
            }
            Instant opened = day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
            Instant spanFrom = opened;
            Instant due;
            Instant dueAfterSpan;
            if (target.commitment().serviceTime().isPresent()) {
                Duration allowance = target.commitment().serviceTime().get();
                due = clock.deadline(opened, allowance, zone);
                dueAfterSpan = clock.deadline(opened.plus(SPAN), allowance, zone);
            } else {
                // A working-day deadline runs from the day after opening: the span is the first working day's first hour.
                LocalDate first = clock.calendar().nthBusinessDayFrom(day.plusDays(1), 1);
                LocalDate last = clock.calendar().nthBusinessDayFrom(day.plusDays(1), target.commitment().workingDays());
                spanFrom = first.atStartOfDay(zone).toInstant();
                due = last.plusDays(1).atStartOfDay(zone).toInstant();
                dueAfterSpan = due.plus(SPAN);
            }
            Ticket ticket = new Ticket("t" + i, target.commitment().kind(), target.commitment().severity(), opened,
                    java.util.Optional.empty(), java.util.Optional.empty());
            onTime.add(ticket.respondedAt(due).deliveredAt(due));
            lateBySpan.add(ticket.respondedAt(dueAfterSpan).deliveredAt(dueAfterSpan));
            spans.add(Incident.excluded(spanFrom, spanFrom.plus(SPAN), clause.code()));
        }
        ResourceReport control = ExclusionInvariant.evaluate(d, edition, resource(edition, lateBySpan, List.of()));
        ResourceReport none = ExclusionInvariant.evaluate(d, edition, resource(edition, onTime, List.of()));
        ResourceReport inside = ExclusionInvariant.evaluate(d, edition, resource(edition, lateBySpan, spans));

        String where = d.key() + " " + edition.id() + " " + clause.code();
        assertTrue(control.metrics().stream().anyMatch(m -> !m.met()),
                where + ": the control (" + count + " ticket(s) late by an hour's span, no clause) must miss a commitment, or the check proves nothing");
        if (edition.metrics().stream().anyMatch(m -> m.credit().definesCredit())) {
            assertTrue(control.credit().amount().signum() > 0 || !control.otherForms().isEmpty()
                            || control.usageCredits().stream().anyMatch(u -> u.amount().signum() > 0),
                    where + ": the control must earn a credit, or the check proves nothing");
        }
        assertEquals(none.metrics().size(), inside.metrics().size(), where + ": metrics evaluated");
        for (int i = 0; i < none.metrics().size(); i++) {
            MetricResult a = none.metrics().get(i);
            MetricResult b = inside.metrics().get(i);
            String m = where + " " + a.metric();
            assertEquals(a.availability(), b.availability(), m + ": availability");
            assertEquals(a.met(), b.met(), m + ": met");
            assertEquals(a.credit(), b.credit(), m + ": credit");
            assertEquals(a.lateItems().map(List::size), b.lateItems().map(List::size), m + ": missed deadlines");
            assertTrue(b.excludedMinutes().containsKey(clause.code()), m + ": the report names the clause that removed time");
        }
        assertEquals(none.credit(), inside.credit(), where + ": credit");
        assertEquals(none.otherForms(), inside.otherForms(), where + ": credits in other forms");
        assertEquals(none.usageCredits(), inside.usageCredits(), where + ": credits in units");
    }

    private static Target target(SlaDefinition d, Measurement measurement) {
        DeadlineCommitments set;
        int allowed;
        if (measurement instanceof DeadlineCommitments one) {
            set = one;
            allowed = one.allowedBreaches();
        } else if (measurement instanceof DeadlineRoutes routes) {
            set = routes.sets().get(0); // by opening: the set for tickets opened in service hours, as 10:00 on a working day is
            allowed = 0;
        } else {
            throw new AssertionError(d.key() + ": rule " + measurement.rule() + " reads tickets, but the invariant knows only the core's deadline rules");
        }
        DeadlineCommitments.Commitment chosen = set.commitments().stream()
                .filter(c -> c.milestone() == DeadlineCommitments.Milestone.RESPONSE).findFirst().orElse(set.commitments().get(0));
        return new Target(set, chosen, allowed);
    }

    private static ResourceMonth resource(Edition edition, List<Ticket> tickets, List<Incident> incidents) {
        Money fee = Money.of("1000.00", "CNY");
        ResourceMonth.Builder builder = ResourceMonth.builder("invariant", fee).units(1).tickets(tickets);
        incidents.forEach(builder::incident);
        for (Metric metric : edition.metrics()) {
            if (!metric.basis().equals(io.slakit.api.CreditBasis.MONTHLY_FEE)) {
                builder.otherFee(metric.basis(), fee);
            }
        }
        return builder.build();
    }
}
