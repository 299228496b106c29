package io.slakit.core.rules;

import io.slakit.api.InvalidInputException;
import io.slakit.api.LateItem;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Ticket;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.time.ServiceClock;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Deadline commitments on more than one clock, each ticket checked by exactly one set of
 * {@link DeadlineCommitments}:
 * <ul>
 *   <li>{@link Rules#deadlinesByKind}: by the ticket's kind, for services whose phases run on
 *       different clocks (critical-period assurance: preparation work within 2/4/8 hours of
 *       10:00-12:00 and 14:00-17:00 on working days, the guarantee phase 7x24 within 30 minutes);</li>
 *   <li>{@link Rules#deadlinesByOpening}: by whether the ticket was opened in service hours, for
 *       "法定工作日内10:00 - 12:00和14:00 - 17:00内：1小时内响应。非前述时间内：4小时响应" (emergency
 *       response): opened in service hours, the first set (1 hour of service hours); otherwise the
 *       second (4 hours of calendar time).</li>
 * </ul>
 * The month's result joins the sets': every missed deadline of each, the share met over all
 * deadlines checked (100 % when none), so a credit by breach count or by missed milestone reads it
 * as it reads one set. Time attributed to an exclusion clause stops every set's clock, as in
 * {@link DeadlineCommitments}; the route is chosen by the opening time itself.
 */
public final class DeadlineRoutes implements Measurement {

    /** One set of commitments and the tickets it checks. */
    private record Route(String label, DeadlineCommitments rule) {
    }

    private final List<Route> routes;
    private final ServiceClock openingClock; // null: route by kind

    private DeadlineRoutes(List<Route> routes, ServiceClock openingClock) {
        this.routes = List.copyOf(routes);
        this.openingClock = openingClock;
    }

    static DeadlineRoutes byKind(List<DeadlineCommitments> sets) {
        if (sets.size() < 2) {
            throw new IllegalArgumentException("routing by kind needs at least two sets of commitments");
        }
        TreeSet<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (DeadlineCommitments set : sets) {
            for (String kind : set.kinds()) {
                if (!seen.add(kind)) {
                    throw new IllegalArgumentException("kind " + kind + " is committed to by two sets; each kind takes one clock");
                }
            }
            routes.add(new Route(String.join(", ", set.kinds()), set));
        }
        return new DeadlineRoutes(routes, null);
    }

    static DeadlineRoutes byOpening(ServiceClock hours, DeadlineCommitments inHours, DeadlineCommitments otherwise) {
        Objects.requireNonNull(hours, "hours");
        if (hours.isCalendarTime()) {
            throw new IllegalArgumentException("routing by opening time needs service hours, not calendar time");
        }
        if (!inHours.kinds().equals(otherwise.kinds())) {
            throw new IllegalArgumentException("both sets must commit to the same kinds: " + inHours.kinds() + " and " + otherwise.kinds());
        }
        return new DeadlineRoutes(List.of(new Route("opened in " + hours.describe(), inHours),
                new Route("opened outside them", otherwise)), hours);
    }

    /** The sets of commitments, in order (by opening: in service hours first). */
    public List<DeadlineCommitments> sets() {
        return routes.stream().map(Route::rule).toList();
    }

    @Override
    public String rule() {
        return openingClock == null ? "deadlines-by-kind" : "deadlines-by-opening";
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
        StringBuilder out = new StringBuilder(openingClock == null ? "Deadlines on more than one clock, by ticket kind. "
                : "Deadlines by when the ticket was opened. ");
        for (Route route : routes) {
            out.append(openingClock == null ? "" : "Tickets " + route.label() + ": ").append(route.rule().describe()).append(' ');
        }
        return out.append("Every missed deadline of each counts; availability is the share of all checked deadlines met.").toString();
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("routing", openingClock == null ? "kind" : "opened in " + openingClock.describe());
        for (int i = 0; i < routes.size(); i++) {
            for (Map.Entry<String, String> e : routes.get(i).rule().parameters().entrySet()) {
                p.put("set." + i + "." + e.getKey(), e.getValue());
            }
        }
        return p;
    }

    @Override
    public boolean commitmentIsPercent() {
        return false;
    }

    @Override
    public List<String> commitmentFigures() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        routes.forEach(r -> out.addAll(r.rule().commitmentFigures()));
        return List.copyOf(out);
    }

    /** Whether {@code ticket} was opened in the routing clock's service time. */
    boolean openedInHours(Ticket ticket, ZoneId zone) {
        return !openingClock.between(ticket.opened(), ticket.opened().plusNanos(1), zone).isZero();
    }

    @Override
    public Measured measure(MeasurementContext context) {
        ServiceMonth month = context.month();
        List<Ticket> tickets = context.resource().tickets();
        IncidentSets sets = IncidentSets.of(context.resource(), month);
        io.slakit.core.interval.TimeSet excluded = DeadlineCommitments.excludedTime(sets);
        int checked = 0;
        int pending = 0;
        List<LateItem> late = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            Route route = routes.get(r);
            List<Ticket> mine = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < tickets.size(); i++) {
                if (takes(r, tickets.get(i), month.zone(), i)) {
                    mine.add(tickets.get(i));
                    index.add(i);
                }
            }
            DeadlineCommitments.Checked found = route.rule().check(month, mine, i -> "tickets[" + index.get(i) + "]", excluded);
            checked += found.checked();
            pending += found.pending();
            late.addAll(found.late());
        }
        return DeadlineCommitments.measured(month, new DeadlineCommitments.Checked(tickets.size(), checked, pending, late), 0,
                sets.excludedMinutes());
    }

    private boolean takes(int route, Ticket ticket, ZoneId zone, int i) {
        if (openingClock != null) {
            return openedInHours(ticket, zone) == (route == 0);
        }
        if (routes.get(route).rule().kinds().contains(ticket.kind())) {
            return true;
        }
        if (route == 0 && routes.stream().noneMatch(x -> x.rule().kinds().contains(ticket.kind()))) {
            TreeSet<String> all = new TreeSet<>();
            routes.forEach(x -> all.addAll(x.rule().kinds()));
            throw new InvalidInputException("tickets[" + i + "].kind", ticket.kind(), "is not a kind of request rule " + rule()
                    + " commits to (one of " + all + ")");
        }
        return false;
    }
}
