package io.slakit.core.engine;

import io.slakit.api.ClaimWindow;
import io.slakit.api.CombinationRule;
import io.slakit.api.CreditForm;
import io.slakit.api.CreditTier;
import io.slakit.api.CreditUnit;
import io.slakit.api.UsageCredit;
import io.slakit.api.Edition;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.MonthRule;
import io.slakit.api.Percent;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.EvaluationCache;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.rules.InputErrors;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ClaimWindows;
import io.slakit.core.time.ServiceMonths;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Evaluates a month: service month in the contract's zone, each metric's measurement, the credit
 * tier, the credit basis times the percent, the combination across metrics, the cap, and the claim
 * window. Stateless and thread-safe: it keeps nothing across calls, so a fleet is evaluated one
 * resource at a time.
 */
public final class SlaEngine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final ClaimWindows CN = new ClaimWindows(BusinessCalendar.forSite(Site.CN));
    private static final ClaimWindows INTL = new ClaimWindows(BusinessCalendar.forSite(Site.INTL));

    /** The one calendar every definition's business days are counted by, or null to count by the definition's site. */
    private final ClaimWindows claimWindows;

    /** An engine that counts every definition's business days by {@code calendar}. */
    public SlaEngine(BusinessCalendar calendar) {
        this.claimWindows = new ClaimWindows(calendar);
    }

    private SlaEngine() {
        this.claimWindows = null;
    }

    /**
     * An engine that counts business days by each definition's site: {@code cn} by the mainland's
     * calendar ({@link BusinessCalendar#mainlandChina()}: holidays off, make-up days worked),
     * {@code intl} Monday to Friday.
     */
    public static SlaEngine standard() {
        return new SlaEngine();
    }

    /** The calendar this engine counts {@code definition}'s business days by. */
    public BusinessCalendar calendarFor(SlaDefinition definition) {
        return claimWindows(definition).calendar();
    }

    private ClaimWindows claimWindows(SlaDefinition definition) {
        if (claimWindows != null) {
            return claimWindows;
        }
        return definition.site() == Site.CN ? CN : INTL;
    }

    /** Evaluates every resource of a request against {@code definition}; {@code warnings} come from version selection. */
    public EvaluationReport evaluate(SlaDefinition definition, EvaluationRequest request, List<String> warnings) {
        Objects.requireNonNull(definition, "definition");
        Edition edition = edition(definition, request.edition());
        Set<String> codes = exclusionCodes(definition);
        EvaluationCache cache = newCache();
        List<ResourceReport> reports = new ArrayList<>(request.resources().size());
        Money total = Money.zero(request.currency());
        List<UsageCredit> usage = zeroUsage(edition);
        for (int i = 0; i < request.resources().size(); i++) {
            ResourceReport report = evaluateResource(definition, edition, request.month(), request.serviceStart(),
                    request.resources().get(i), request.resources(), codes, cache, "resources[" + i + "]");
            reports.add(report);
            total = total.plus(report.credit());
            usage = addUsage(usage, report.usageCredits());
        }
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(coverageWarnings(definition, edition));
        return new EvaluationReport(definition.product(), definition.site(), definition.provenance().effective(), edition.id(),
                request.month(), request.currency(), allWarnings, reports, total,
                definition.definesCredit() ? definition.creditForm() : CreditForm.NONE, definition.definesCredit(),
                claimWindow(definition, request.month(), request.serviceStart()), usage);
    }

    /** The units other than money the edition's metrics pay in, in the order they first appear. */
    public static List<CreditUnit> creditUnits(Edition edition) {
        return edition.metrics().stream().map(m -> m.credit().unit()).flatMap(Optional::stream).distinct().toList();
    }

    private static List<UsageCredit> zeroUsage(Edition edition) {
        return creditUnits(edition).stream().map(UsageCredit::zero).toList();
    }

    /** Per-unit sums: a unit only ever adds to the same unit, never to money. */
    public static List<UsageCredit> addUsage(List<UsageCredit> totals, List<UsageCredit> more) {
        List<UsageCredit> out = new ArrayList<>(totals);
        for (UsageCredit credit : more) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).unit().equals(credit.unit())) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(credit);
            } else {
                out.set(at, out.get(at).plus(credit));
            }
        }
        return out;
    }

    /** What a report must say when the text (or the edition) promises nothing or pays nothing. */
    public static List<String> coverageWarnings(SlaDefinition definition, Edition edition) {
        if (definition.statesCommitment() && edition.metrics().isEmpty()) {
            return List.of("Edition " + edition.id() + " of " + definition.product() + " states no service level: no credit defined for it.");
        }
        if (!definition.statesCommitment()) {
            return List.of(definition.product() + " states no service level: nothing to evaluate and no credit defined.");
        }
        if (!definition.definesCredit()) {
            return List.of(definition.product() + " defines no credit: availability is reported, no credit is owed.");
        }
        return List.of();
    }

    /** The codes an incident's {@code exclusion} may name for this definition. */
    public static Set<String> exclusionCodes(SlaDefinition definition) {
        return definition.exclusionCodes();
    }

    /** A fresh cache for one evaluation; pass the same one for every resource of a fleet. */
    public static EvaluationCache newCache() {
        Map<Object, Object> memo = new ConcurrentHashMap<>();
        return new EvaluationCache() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T computeIfAbsent(Object key, Supplier<T> value) {
                Object known = memo.get(key);
                if (known == null) {
                    known = value.get();
                    memo.put(key, known);
                }
                return (T) known;
            }
        };
    }

    /**
     * Evaluates one resource. {@code peers} are the resources evaluated together (for multi-AZ);
     * {@code path} prefixes the field names of input errors, e.g. {@code resources[3]}.
     */
    public ResourceReport evaluateResource(SlaDefinition definition, Edition edition, YearMonth label,
                                           Optional<LocalDate> serviceStart, ResourceMonth resource,
                                           List<ResourceMonth> peers, Set<String> exclusionCodes,
                                           EvaluationCache cache, String path) {
        try {
            return evaluateResource(definition, edition, label, serviceStart, resource, peers, exclusionCodes, cache);
        } catch (InvalidInputException e) {
            throw e.under(path);
        }
    }

    private ResourceReport evaluateResource(SlaDefinition definition, Edition edition, YearMonth label,
                                            Optional<LocalDate> serviceStart, ResourceMonth resource,
                                            List<ResourceMonth> peers, Set<String> exclusionCodes, EvaluationCache cache) {
        Optional<ServiceMonth> cut = ServiceMonths.forResource(definition.monthRule(), label, serviceStart,
                definition.zone(), resource.activeFrom(), resource.activeUntil());
        Money zero = Money.zero(resource.fee().currency());
        if (cut.isEmpty()) {
            ServiceMonth whole = ServiceMonth.calendar(label, definition.zone());
            return new ResourceReport(resource.id(), resource.fee(), whole, List.of(), Optional.empty(), zero, List.of(),
                    List.of("A partial month is not evaluated under this contract (whole calendar months only)."), zeroUsage(edition));
        }
        ServiceMonth month = cut.get();
        checkIncidents(resource, month, exclusionCodes, edition);
        checkFeeBases(resource, edition);
        PriorIncidents.check(definition, edition, resource, month, exclusionCodes);
        PriorWindows.check(definition, edition, resource, month);
        checkWindows(resource, edition, definition);
        checkTickets(resource, edition, definition);
        checkDeliveries(resource, edition, definition);
        checkUnitPrice(resource, edition, definition);
        MeasurementContext context = new MeasurementContext(month, resource, peers, exclusionCodes, cache);
        List<MetricResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean monthly = edition.metrics().stream().anyMatch(m -> m.measurement().measuresServiceMonth());
        if (!month.isWholeCalendarMonth() && definition.monthRule() != MonthRule.ANNIVERSARY && monthly) {
            notes.add("Partial service month " + month.firstDay() + ".." + month.lastDay() + ": " + month.totalMinutes() + " minutes.");
        }
        if (!monthly && !edition.metrics().isEmpty()) {
            notes.add("Measured over the resource's own span " + resource.activeFrom().map(Object::toString).orElse(month.start().toString())
                    + " .. " + resource.activeUntil().map(Object::toString).orElse(month.end().toString()) + ", not the service month.");
        }
        Optional<LocalDate> yearEnd = serviceYearClaimEnd(definition, edition, month, resource);
        Optional<ClaimWindow> claim = yearEnd.map(end -> claimWindows(definition).window(definition.claimPolicy().orElseThrow(), end));
        yearEnd.ifPresent(end -> notes.add("Service year ends " + end + ": the claim window is this resource's own."));
        for (Metric metric : edition.metrics()) {
            if (!metric.measurement().applicableTo(resource)) {
                notes.add(metric.id() + " not evaluated: " + metric.measurement().notApplicableReason() + ".");
                continue;
            }
            results.add(evaluateMetric(metric, context));
        }
        ResourceReport report = combine(definition, edition, resource, month, results, notes);
        return claim.map(report::withClaim).orElse(report);
    }

    /**
     * Whether the text counts its claim window per resource (from the end of each resource's service year, which runs from
     * its own activation day): then no report-level window is stated, and each resource carries its own in the month that
     * holds its year's last day.
     */
    public static boolean claimsPerResource(SlaDefinition definition) {
        return definition.claimPolicy().orElse(null) instanceof io.slakit.api.ClaimPolicy.AfterServiceYear;
    }

    /** The last day of the resource's service year when the claim is counted from it and it falls in this month. */
    private static Optional<LocalDate> serviceYearClaimEnd(SlaDefinition definition, Edition edition, ServiceMonth month,
                                                           ResourceMonth resource) {
        return claimsPerResource(definition) ? serviceYearEnd(edition, month, resource) : Optional.empty();
    }

    private static Optional<LocalDate> serviceYearEnd(Edition edition, ServiceMonth month, ResourceMonth resource) {
        return edition.metrics().stream().map(m -> m.measurement().periodEndingIn(month, resource)).flatMap(Optional::stream)
                .min(java.util.Comparator.naturalOrder());
    }

    private MetricResult evaluateMetric(Metric metric, MeasurementContext context) {
        Measured measured = metric.measurement().measure(context);
        Money basis = context.resource().basis(metric.basis()).orElseThrow(() -> new InvalidInputException(
                "fees." + metric.basis(), null, "is required: metric " + metric.id() + " pays its credit as a share of it"));
        CreditDecision decision = metric.credit().decide(new CreditContext(context.month(), measured, metric.commitment(), basis,
                Optional.of(context.resource())));
        Optional<CreditTier> tier = decision.tier();
        boolean met = measured.availability().isAtLeast(metric.commitment());
        Optional<BigDecimal> allowed = metric.measurement().countsMinutes()
                ? Optional.of(allowedMinutes(measured.totalMinutes(), metric.commitment())) : Optional.empty();
        return new MetricResult(metric.id(), metric.name(), metric.measurement().describe(), measured.totalMinutes(),
                measured.unavailableMinutes(), measured.excludedMinutes(), measured.availability(), metric.commitment(), met,
                allowed, met ? Optional.empty() : tier, decision.percent(), decision.amount(), decision.otherForm(),
                measured.explanation() + " " + decision.explanation(), measured.lateItems(), decision.usage());
    }

    private ResourceReport combine(SlaDefinition definition, Edition edition, ResourceMonth resource, ServiceMonth month,
                                   List<MetricResult> results, List<String> notes) {
        Money zero = Money.zero(resource.fee().currency());
        Money credit = zero;
        Optional<BigDecimal> percent = Optional.empty();
        List<String> otherForms = new ArrayList<>();
        List<UsageCredit> usage = new ArrayList<>(zeroUsage(edition));
        for (MetricResult result : results) {
            if (result.usageCredit().isPresent()) {
                // Units combine per unit as money does (highest or sum), never with money or another unit.
                UsageCredit owed = result.usageCredit().get();
                for (int i = 0; i < usage.size(); i++) {
                    if (usage.get(i).unit().equals(owed.unit())) {
                        usage.set(i, definition.combination() == CombinationRule.SUM ? usage.get(i).plus(owed) : usage.get(i).max(owed));
                    }
                }
            }
            Money metricCredit = result.credit();
            if (definition.cap() == io.slakit.api.CapRule.EACH_METRIC_BASIS) {
                String basisName = edition.metric(result.metric()).map(Metric::basis).orElseThrow();
                Money basis = resource.basis(basisName).orElse(resource.fee());
                if (metricCredit.compareTo(basis) > 0) {
                    notes.add(result.metric() + " credit capped at its basis " + basis.rounded() + ".");
                    metricCredit = basis;
                }
            }
            result.otherForm().ifPresent(otherForms::add);
            if (definition.combination() == CombinationRule.SUM) {
                credit = credit.plus(metricCredit);
            } else if (metricCredit.compareTo(credit) > 0) {
                credit = metricCredit;
                percent = result.creditPercent();
            }
        }
        if (definition.combination() == CombinationRule.SUM && resource.fee().amount().signum() > 0) {
            percent = Optional.of(credit.amount().multiply(HUNDRED).divide(resource.fee().amount(), MathContext.DECIMAL64).stripTrailingZeros());
        }
        if (definition.cap() == io.slakit.api.CapRule.MONTHLY_FEE && credit.compareTo(resource.fee()) > 0) {
            notes.add("Credit capped at the month's fee " + resource.fee().rounded() + ".");
            credit = resource.fee();
            percent = Optional.of(HUNDRED);
        }
        if (results.stream().filter(r -> !r.credit().isZero()).count() > 1 && definition.combination() == CombinationRule.HIGHEST) {
            notes.add("Several metrics missed: the highest credit is paid, not their sum.");
        }
        if (credit.isZero() && percent.isEmpty() && results.stream().anyMatch(r -> r.creditPercent().isPresent())) {
            percent = Optional.of(BigDecimal.ZERO);
        }
        return new ResourceReport(resource.id(), resource.fee(), month, results, percent, credit.rounded(), otherForms, notes, usage);
    }

    /** A fee under a basis no metric of the edition pays on would be ignored: it is bad input instead. */
    private static void checkFeeBases(ResourceMonth resource, Edition edition) {
        if (resource.otherFees().isEmpty()) {
            return;
        }
        java.util.Set<String> bases = new java.util.TreeSet<>();
        edition.metrics().forEach(m -> bases.add(m.basis()));
        for (String basis : resource.otherFees().keySet()) {
            if (!bases.contains(basis)) {
                throw new InvalidInputException("fees." + basis, resource.otherFees().get(basis).amount().toPlainString(),
                        "is not a credit basis of edition " + edition.id() + " (its metrics pay on " + bases + ")");
            }
        }
    }

    /** Downtime a commitment allows in {@code totalMinutes}: 43,200 x (100 - 99.975) / 100 = 10.8. */
    public static BigDecimal allowedMinutes(BigDecimal totalMinutes, Percent commitment) {
        BigDecimal allowed = totalMinutes.multiply(HUNDRED.subtract(commitment.value())).divide(HUNDRED);
        return allowed.signum() == 0 ? BigDecimal.ZERO : allowed.stripTrailingZeros();
    }

    /** The edition named, the definition's default, or its only one. */
    public static Edition edition(SlaDefinition definition, Optional<String> requested) {
        if (requested.isPresent()) {
            return definition.edition(requested.get()).orElseThrow(() -> new InvalidInputException("edition", requested.get(),
                    "is not an edition of " + definition.product() + " (one of " + editionIds(definition) + ")"));
        }
        if (definition.defaultEdition().isPresent()) {
            return definition.edition(definition.defaultEdition().get()).orElseThrow();
        }
        if (definition.editions().size() == 1) {
            return definition.editions().get(0);
        }
        throw new InvalidInputException("edition", null, "is required: " + definition.product() + " has editions " + editionIds(definition)
                + " and no default; name one (\"edition\" in a month file, --edition on the command line)");
    }

    private static List<String> editionIds(SlaDefinition definition) {
        return definition.editions().stream().map(Edition::id).toList();
    }

    /**
     * When a claim for {@code month} may be filed, if the text says, counted by {@link #calendarFor}; empty where the text counts
     * it per resource ({@link #claimsPerResource}: each resource's report carries its own).
     *
     * @throws io.slakit.core.time.DateOutsideCalendarException when the window needs a year the calendar does not know
     */
    public Optional<ClaimWindow> claimWindow(SlaDefinition definition, YearMonth month, Optional<LocalDate> serviceStart) {
        if (claimsPerResource(definition)) {
            return Optional.empty();
        }
        LocalDate lastDay = definition.monthRule() == MonthRule.ANNIVERSARY && serviceStart.isPresent()
                ? ServiceMonths.anniversary(serviceStart.get(), definition.zone()).lastDay()
                : month.atEndOfMonth();
        return definition.claimPolicy().map(policy -> claimWindows(definition).window(policy, lastDay));
    }

    private static void checkIncidents(ResourceMonth resource, ServiceMonth month, Set<String> codes, Edition edition) {
        // An edition without a service level reads nothing, and answers "no credit defined" whatever it is given.
        boolean readsIncidents = edition.metrics().isEmpty() || edition.metrics().stream().anyMatch(m -> m.measurement().readsIncidents());
        boolean weighsShares = edition.metrics().isEmpty() || edition.metrics().stream().anyMatch(m -> m.measurement().weighsRequestShares());
        Set<String> signals = new java.util.TreeSet<>();
        edition.metrics().forEach(m -> signals.addAll(m.measurement().signals()));
        List<Incident> incidents = resource.incidents();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            if (!incident.endExclusive().isAfter(month.start()) || !incident.startInclusive().isBefore(month.end())) {
                throw InputErrors.incidentOutsideMonth("incidents[" + i + "].start", incident.startInclusive(), incident.endExclusive(), month);
            }
            // The service month is cut by whole days; the resource's span by the instant (issue 26): an outage before
            // activation or after termination on the same day is no outage of the service, and is refused, not credited.
            if (resource.activeFrom().isPresent() && incident.startInclusive().isBefore(resource.activeFrom().get())) {
                throw new InvalidInputException("incidents[" + i + "].start", incident.startInclusive(), "is before the resource's activeFrom \""
                        + resource.activeFrom().get() + "\": an outage before activation is not the service's (start it at activeFrom, or leave it out)");
            }
            if (resource.activeUntil().isPresent() && incident.endExclusive().isAfter(resource.activeUntil().get())) {
                throw new InvalidInputException("incidents[" + i + "].end", incident.endExclusive(), "is after the resource's activeUntil \""
                        + resource.activeUntil().get() + "\": an outage after termination is not the service's (end it at activeUntil, or leave it out)");
            }
            Optional<String> code = incident.attribution().exclusionCode();
            if (code.isPresent() && !codes.contains(code.get())) {
                throw InputErrors.unknownExclusion("incidents[" + i + "].exclusion", code.get(), codes);
            }
            if (code.isEmpty() && !readsIncidents) {
                throw new InvalidInputException("incidents[" + i + "]", incident,
                        "is the provider's, but this product measures no incident downtime (give windows; incidents here only carry exclusions)");
            }
            if (incident.signal().isPresent() && !edition.metrics().isEmpty() && !signals.contains(incident.signal().get())) {
                throw new InvalidInputException("incidents[" + i + "].signal", incident.signal().get(), signals.isEmpty()
                        ? "names a signal, but this product combines no signals; give the incident without one"
                        : "is not a signal this product reads (one of " + signals + ")");
            }
            if (incident.requestShare().isPresent() && !weighsShares) {
                throw new InvalidInputException("incidents[" + i + "].chargedRequests", incident.requestShare().get(),
                        "weights the outage by requests, but this product does not weight outages by requests; give the incident without request counts");
            }
        }
    }

    /** Tickets reach only rules that check deadlines; any other product rejects them by name, as it rejects prior incidents. */
    private static void checkTickets(ResourceMonth resource, Edition edition, SlaDefinition definition) {
        if (!resource.tickets().isEmpty() && !edition.metrics().isEmpty()
                && edition.metrics().stream().noneMatch(m -> m.measurement().readsTickets())) {
            throw new InvalidInputException("tickets", resource.tickets().size() + " ticket(s)",
                    "were given, but " + definition.product() + " (edition " + edition.id() + ") checks no deadlines and reads no tickets");
        }
    }

    /** Delivery counts reach only delivery-ratio rules; any other product rejects them by name. */
    private static void checkDeliveries(ResourceMonth resource, Edition edition, SlaDefinition definition) {
        if (resource.deliveries().isPresent() && !edition.metrics().isEmpty()
                && edition.metrics().stream().noneMatch(m -> m.measurement().readsDeliveries())) {
            throw new InvalidInputException("deliveries", "sent " + resource.deliveries().get().sent() + ", delivered "
                    + resource.deliveries().get().delivered(),
                    "were given, but " + definition.product() + " (edition " + edition.id() + ") measures no delivery ratio");
        }
    }

    /** A resource-level list price is read only by a credit converted to units at a list price the text does not state. */
    private static void checkUnitPrice(ResourceMonth resource, Edition edition, SlaDefinition definition) {
        if (resource.unitPrice().isPresent() && !edition.metrics().isEmpty() && edition.metrics().stream()
                .noneMatch(m -> m.credit() instanceof io.slakit.core.rules.UnitCredit u && u.readsUnitPrice())) {
            throw new InvalidInputException("unitPrice", resource.unitPrice().get().toPlainString(), "was given, but "
                    + definition.product() + " (edition " + edition.id() + ") pays no credit converted at a list price: it reads no price");
        }
    }

    private static void checkWindows(ResourceMonth resource, Edition edition, SlaDefinition definition) {
        if (!resource.windows().isEmpty() && !edition.metrics().isEmpty()
                && edition.metrics().stream().noneMatch(m -> m.measurement().window().isPresent())) {
            throw new InvalidInputException("windows", resource.windows().size() + " samples",
                    "were given, but " + definition.product() + " (edition " + edition.id() + ") measures no window rates");
        }
    }
}
