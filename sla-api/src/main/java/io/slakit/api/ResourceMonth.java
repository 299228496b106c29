package io.slakit.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one scope of evaluation (an instance, a domain, an account...) in one month:
 * the input the engine turns into availability and credit.
 *
 * @param id          the resource's id, as the user knows it
 * @param region      its region (used by multi-AZ rules); {@link #NO_LOCATION} when unknown, never null
 * @param zone        its availability zone (used by multi-AZ rules); {@link #NO_LOCATION} when unknown, never null
 * @param fee         the month's service fee for this resource (月度服务费): the default credit basis
 * @param otherFees   further credit bases by name (e.g. {@code "cbs"}: the CBS disk fee CVM's durability credit uses)
 * @param units       how many units the resource stands for (slots, nodes, instances) for fleet-wide rules; 1 otherwise
 * @param activeFrom  activation instant, making a partial first service month
 * @param activeUntil termination instant (exclusive), making a partial last service month
 * @param incidents   outages, attributed to the provider or to an exclusion clause
 * @param priorIncidents outages BEFORE the service month, for the few rules that read history (CME's
 *                    service year to date: {@link io.slakit.api.spi.Measurement#readsPriorIncidentsFrom});
 *                    kept apart from {@code incidents} so no other rule sees them, and rejected by the
 *                    engine for a product whose rules read none
 * @param windows     request counts per measurement window
 * @param durability  stored and lost units, for durability metrics
 * @param tickets     the month's tickets and requests, for deadline commitments (rejected by the
 *                    engine for a product whose rules read none)
 * @param deliveries  the month's messages sent and delivered, for a delivery ratio (rejected likewise)
 * @param priorWindows request counts of windows BEFORE the service month, for the rules that measure a
 *                    period longer than a month (a year's windowed rate to date:
 *                    {@link io.slakit.api.spi.Measurement#readsPriorWindowsFrom}); rejected by the engine
 *                    for a product whose rules read none
 * @param dailyCalls  the calls made on each day (contract zone), for credits capped by the calls of the
 *                    days before a fault ({@link io.slakit.api.spi.CreditRule#readsDailyCalls}); rejected
 *                    likewise
 * @param unitPrice   the list price of one credit unit (one page view...), exact, for a credit the text pays in units
 *                    at a list price it does not state ({@code Credits.convertedToUnitsAtListPrice}); rejected by the
 *                    engine for a product whose credit reads no price
 */
public record ResourceMonth(
        String id,
        String region,
        String zone,
        Money fee,
        Map<String, Money> otherFees,
        long units,
        Optional<Instant> activeFrom,
        Optional<Instant> activeUntil,
        List<Incident> incidents,
        List<Incident> priorIncidents,
        List<WindowSample> windows,
        Optional<DurabilityCounts> durability,
        List<Ticket> tickets,
        Optional<DeliveryCounts> deliveries,
        List<WindowSample> priorWindows,
        Map<java.time.LocalDate, Long> dailyCalls,
        Optional<java.math.BigDecimal> unitPrice) {

    public ResourceMonth {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidInputException("id", id, "is blank");
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(fee, "fee");
        if (fee.amount().signum() < 0) {
            throw new InvalidInputException("fee", fee.amount().toPlainString(), "is negative; a fee must be zero or more");
        }
        fee.requireMinorUnits("fee", fee.amount().toPlainString());
        otherFees = Map.copyOf(Objects.requireNonNull(otherFees, "otherFees"));
        otherFees.forEach((name, money) -> {
            if (money.amount().signum() < 0) {
                throw new InvalidInputException("fees." + name, money.amount().toPlainString(), "is negative; a fee must be zero or more");
            }
            money.requireMinorUnits("fees." + name, money.amount().toPlainString());
        });
        if (units < 1) {
            throw new InvalidInputException("units", units, "must be at least 1");
        }
        Objects.requireNonNull(activeFrom, "activeFrom");
        Objects.requireNonNull(activeUntil, "activeUntil");
        if (activeFrom.isPresent() && activeUntil.isPresent() && !activeUntil.get().isAfter(activeFrom.get())) {
            throw new InvalidInputException("activeUntil", activeUntil.get(), "is not after activeFrom \"" + activeFrom.get() + "\"");
        }
        incidents = List.copyOf(bounded(Objects.requireNonNull(incidents, "incidents"), MAX_INCIDENTS, "incidents"));
        priorIncidents = List.copyOf(bounded(Objects.requireNonNull(priorIncidents, "priorIncidents"), MAX_INCIDENTS, "priorIncidents"));
        windows = List.copyOf(bounded(Objects.requireNonNull(windows, "windows"), MAX_WINDOWS, "windows"));
        Objects.requireNonNull(durability, "durability");
        tickets = List.copyOf(Objects.requireNonNull(tickets, "tickets"));
        Objects.requireNonNull(deliveries, "deliveries");
        priorWindows = List.copyOf(Objects.requireNonNull(priorWindows, "priorWindows"));
        dailyCalls = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Objects.requireNonNull(dailyCalls, "dailyCalls")));
        dailyCalls.forEach((day, calls) -> {
            if (calls == null || calls < 0) {
                throw new InvalidInputException("dailyCalls." + day, calls, "must be a whole number, zero or more");
            }
        });
        Objects.requireNonNull(unitPrice, "unitPrice");
        unitPrice.ifPresent(ResourceMonth::checkUnitPrice);
    }

    /** A list price is above zero and bounded like an amount (at most 18 whole digits and 64 decimals). */
    private static void checkUnitPrice(java.math.BigDecimal price) {
        String shown = price.toString();
        if (price.signum() <= 0) {
            throw new InvalidInputException("unitPrice", shown, "must be above zero: it is the list price of one credit unit");
        }
        if (price.precision() - price.scale() > Money.MAX_INTEGER_DIGITS) {
            throw new InvalidInputException("unitPrice", shown, "is too large: a price has at most " + Money.MAX_INTEGER_DIGITS
                    + " digits before the point");
        }
        if (price.scale() > Money.MAX_DECIMALS) {
            throw new InvalidInputException("unitPrice", shown, "has too many decimals: a price has at most " + Money.MAX_DECIMALS);
        }
    }

    /** A month without a resource-level list price (the shape before it). */
    public ResourceMonth(String id, String region, String zone, Money fee, Map<String, Money> otherFees, long units,
                         Optional<Instant> activeFrom, Optional<Instant> activeUntil, List<Incident> incidents,
                         List<Incident> priorIncidents, List<WindowSample> windows, Optional<DurabilityCounts> durability,
                         List<Ticket> tickets, Optional<DeliveryCounts> deliveries, List<WindowSample> priorWindows,
                         Map<java.time.LocalDate, Long> dailyCalls) {
        this(id, region, zone, fee, otherFees, units, activeFrom, activeUntil, incidents, priorIncidents, windows, durability, tickets,
                deliveries, priorWindows, dailyCalls, Optional.empty());
    }

    /** A month without prior windows or daily calls (the shape before yearly window rates). */
    public ResourceMonth(String id, String region, String zone, Money fee, Map<String, Money> otherFees, long units,
                         Optional<Instant> activeFrom, Optional<Instant> activeUntil, List<Incident> incidents,
                         List<Incident> priorIncidents, List<WindowSample> windows, Optional<DurabilityCounts> durability,
                         List<Ticket> tickets, Optional<DeliveryCounts> deliveries) {
        this(id, region, zone, fee, otherFees, units, activeFrom, activeUntil, incidents, priorIncidents, windows, durability, tickets,
                deliveries, List.of(), Map.of());
    }

    /** The region or zone of a resource whose location is not given: the empty string, never null. */
    public static final String NO_LOCATION = "";

    /**
     * The most incidents one resource may have in a month (and, apart, before it): 1,000,000. A month
     * has 44,640 minutes and a year 527,040, so no real history reaches it; the bound keeps a
     * runaway input from exhausting memory, and exceeding it is bad input naming it.
     */
    public static final int MAX_INCIDENTS = 1_000_000;
    /** The most window samples one resource may have: 1,000,000 (a year of per-minute windows is 527,040). */
    public static final int MAX_WINDOWS = 1_000_000;

    private static <T> List<T> bounded(List<T> list, int max, String field) {
        if (list.size() > max) {
            throw tooMany(field, list.size(), max);
        }
        return list;
    }

    /** Bad input: {@code count} items of {@code field} for one resource, more than {@code max}. */
    public static InvalidInputException tooMany(String field, long count, int max) {
        return new InvalidInputException(field, count + " items", "are too many: a resource has at most " + max + " " + field);
    }

    /** A month without tickets or delivery counts (the shape before deadlines and delivery ratios). */
    public ResourceMonth(String id, String region, String zone, Money fee, Map<String, Money> otherFees, long units,
                         Optional<Instant> activeFrom, Optional<Instant> activeUntil, List<Incident> incidents,
                         List<Incident> priorIncidents, List<WindowSample> windows, Optional<DurabilityCounts> durability) {
        this(id, region, zone, fee, otherFees, units, activeFrom, activeUntil, incidents, priorIncidents, windows, durability, List.of(), Optional.empty());
    }

    /** The same month with other outages before it (several months evaluated together give the earlier months' incidents). */
    public ResourceMonth withPriorIncidents(List<Incident> prior) {
        return new ResourceMonth(id, region, zone, fee, otherFees, units, activeFrom, activeUntil, incidents, prior, windows, durability,
                tickets, deliveries, priorWindows, dailyCalls, unitPrice);
    }

    /** A builder for the common case: an id and a fee, then what happened. */
    public static Builder builder(String id, Money fee) {
        return new Builder(id, fee);
    }

    /** The fee a credit basis names: {@code "fee"} is the resource's fee, anything else one of {@link #otherFees()}. */
    public Optional<Money> basis(String name) {
        return CreditBasis.MONTHLY_FEE.equals(name) ? Optional.of(fee) : Optional.ofNullable(otherFees.get(name));
    }

    /** Mutable assembly of a {@link ResourceMonth}; each {@code build()} makes a new immutable value. */
    public static final class Builder {
        private final String id;
        private final Money fee;
        private String region = NO_LOCATION;
        private String zone = NO_LOCATION;
        private final Map<String, Money> otherFees = new java.util.LinkedHashMap<>();
        private long units = 1;
        private Instant activeFrom;
        private Instant activeUntil;
        private final List<Incident> incidents = new java.util.ArrayList<>();
        private final List<Incident> priorIncidents = new java.util.ArrayList<>();
        private final List<WindowSample> windows = new java.util.ArrayList<>();
        private DurabilityCounts durability;
        private final List<Ticket> tickets = new java.util.ArrayList<>();
        private DeliveryCounts deliveries;
        private final List<WindowSample> priorWindows = new java.util.ArrayList<>();
        private final Map<java.time.LocalDate, Long> dailyCalls = new java.util.LinkedHashMap<>();
        private java.math.BigDecimal unitPrice;

        private Builder(String id, Money fee) {
            this.id = Objects.requireNonNull(id, "id");
            this.fee = Objects.requireNonNull(fee, "fee");
        }

        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        public Builder zone(String zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public Builder location(String region, String zone) {
            return region(region).zone(zone);
        }

        public Builder otherFee(String basis, Money amount) {
            otherFees.put(basis, amount);
            return this;
        }

        public Builder units(long units) {
            this.units = units;
            return this;
        }

        public Builder activeFrom(Instant activeFrom) {
            this.activeFrom = activeFrom;
            return this;
        }

        public Builder activeUntil(Instant activeUntil) {
            this.activeUntil = activeUntil;
            return this;
        }

        public Builder incident(Incident incident) {
            incidents.add(incident);
            return this;
        }

        public Builder incidents(List<Incident> more) {
            incidents.addAll(more);
            return this;
        }

        /** An outage before the service month, for a rule that reads history (a service year to date). */
        public Builder priorIncident(Incident incident) {
            priorIncidents.add(incident);
            return this;
        }

        public Builder priorIncidents(List<Incident> more) {
            priorIncidents.addAll(more);
            return this;
        }

        public Builder window(WindowSample window) {
            windows.add(window);
            return this;
        }

        public Builder windows(List<WindowSample> more) {
            windows.addAll(more);
            return this;
        }

        public Builder durability(DurabilityCounts durability) {
            this.durability = durability;
            return this;
        }

        /** A ticket or request of the month, for deadline commitments. */
        public Builder ticket(Ticket ticket) {
            tickets.add(ticket);
            return this;
        }

        public Builder tickets(List<Ticket> more) {
            tickets.addAll(more);
            return this;
        }

        /** The month's messages sent and delivered, for a delivery ratio. */
        public Builder deliveries(DeliveryCounts deliveries) {
            this.deliveries = deliveries;
            return this;
        }

        /** Request counts of a window before the service month, for a rule that measures a longer period (a year to date). */
        public Builder priorWindow(WindowSample window) {
            priorWindows.add(window);
            return this;
        }

        public Builder priorWindows(List<WindowSample> more) {
            priorWindows.addAll(more);
            return this;
        }

        /** The calls made on {@code day}, for a credit capped by the calls of the days before a fault. */
        public Builder dailyCalls(java.time.LocalDate day, long calls) {
            dailyCalls.put(day, calls);
            return this;
        }

        /** The list price of one credit unit, exact ({@code "0.03"}), for a credit paid in units at a list price. */
        public Builder unitPrice(java.math.BigDecimal price) {
            this.unitPrice = price;
            return this;
        }

        public ResourceMonth build() {
            return new ResourceMonth(id, region, zone, fee, otherFees, units, Optional.ofNullable(activeFrom),
                    Optional.ofNullable(activeUntil), incidents, priorIncidents, windows, Optional.ofNullable(durability), tickets,
                    Optional.ofNullable(deliveries), priorWindows, dailyCalls, Optional.ofNullable(unitPrice));
        }
    }
}
