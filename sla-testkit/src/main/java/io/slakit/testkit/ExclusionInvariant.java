package io.slakit.testkit;

import io.slakit.api.CreditBasis;
import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.MonthRule;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every edition and every exclusion clause: failures lying wholly inside a span excluded by the
 * clause give the same result as no failures at all, in every rule (incident minutes, windows,
 * samples, counts). A control, the same failures with no clause, must be seen (a commitment missed)
 * and, where the edition defines a credit, earn one, so the check cannot pass vacuously.
 *
 * <p>The failure is whole days from April 2 2024 in the contract's zone (one, or as many as it takes
 * to miss the edition's lowest commitment): every window of every window metric fails all of its
 * 1,000 requests, and an outage covers the days. A rule measured over a year to date (it reads
 * windows before the month) is failed for enough days of its year, given a service year that ends
 * with April 2024 (activated 2023-05-01) so a credit decided at the year's end is decided, and every
 * day's calls of March and April for a credit capped by the calls before a fault.
 *
 * <p>For a rule that reads {@linkplain io.slakit.api.spi.Measurement#readsDeliveries() delivery counts}
 * (SMS, voice messages, email), the failures are messages: of 10,000 sent, the control leaves
 * undelivered enough to fall one point below the lowest commitment, the excluded case attributes the
 * same undelivered messages to the clause ({@code deliveries.excluded}), and the baseline delivers all
 * of them. A delivery-only edition is given no incident, so the clause is named by the messages alone.
 * Every case carries a list price ({@code deliveries.unitPrice} 0.05, or the resource's {@code unitPrice} for a product
 * that reads no deliveries) for credits converted at it.
 */
final class ExclusionInvariant {
    private static final YearMonth MONTH = YearMonth.of(2024, 4);
    private static final long REQUESTS = 1000;
    private static final long MESSAGES = 10_000;
    private static final String UNIT_PRICE = "0.05";

    private ExclusionInvariant() {
    }

    static Stream<DynamicNode> tests(SlaDefinition d) {
        List<DynamicNode> tests = new ArrayList<>();
        for (Edition edition : d.editions()) {
            if (edition.metrics().isEmpty()) {
                continue;
            }
            for (ExclusionClause clause : d.exclusions()) {
                tests.add(DynamicTest.dynamicTest(edition.id() + " / " + clause.code(), () -> check(d, edition, clause)));
            }
        }
        return tests.stream();
    }

    private static void check(SlaDefinition d, Edition edition, ExclusionClause clause) {
        if (edition.metrics().stream().anyMatch(m -> m.measurement().readsTickets())) {
            TicketCase.check(d, edition, clause);
            return;
        }
        ServiceMonth month = ServiceMonth.calendar(MONTH, d.zone());
        Instant from = LocalDate.of(2024, 4, 2).atStartOfDay(d.zone()).toInstant();
        Instant to = from.plus(Duration.ofDays(failingDays(edition, periodDays(d, edition, month))));
        Incident excluded = Incident.excluded(from, to, clause.code());

        // Window-only products take no provider incidents: there the control's failures are the windows'.
        boolean readsIncidents = edition.metrics().stream().anyMatch(m -> m.measurement().readsIncidents());
        // A rule that sums named kinds of outage takes the control's outage under its first kind.
        String scope = edition.metrics().stream().flatMap(m -> m.measurement().requiredIncidentScopes().stream()).findFirst().orElse("");
        // A composite rule combines incidents by signal: the control's outage is seen on every signal it reads.
        java.util.Set<String> signals = new java.util.TreeSet<>();
        edition.metrics().forEach(m -> signals.addAll(m.measurement().signals()));
        List<Incident> outages = new java.util.ArrayList<>();
        if (readsIncidents) {
            Incident outage = new Incident(from, to, scope, io.slakit.api.Attribution.provider());
            if (signals.isEmpty()) {
                outages.add(outage);
            } else {
                signals.forEach(s -> outages.add(outage.onSignal(s)));
            }
        }
        // A delivery rule reads the month's counts: the control's failures are undelivered messages, attributed to the clause.
        boolean readsDeliveries = edition.metrics().stream().anyMatch(m -> m.measurement().readsDeliveries());
        boolean readsWindows = edition.metrics().stream().anyMatch(m -> m.measurement().window().isPresent());
        List<Incident> excludedIncidents = readsDeliveries && !readsIncidents && !readsWindows ? List.of() : List.of(excluded);
        long failed = readsDeliveries ? failedMessages(edition) : 0;
        ResourceReport control = evaluate(d, edition, withDeliveries(resource(d, edition, month, from, to, true, outages),
                readsDeliveries, failed, Optional.empty()));
        ResourceReport none = evaluate(d, edition, withDeliveries(resource(d, edition, month, from, to, false, excludedIncidents),
                readsDeliveries, 0, Optional.empty()));
        ResourceReport inside = evaluate(d, edition, withDeliveries(resource(d, edition, month, from, to, true, excludedIncidents),
                readsDeliveries, failed, Optional.of(clause.code())));

        String where = d.key() + " " + edition.id() + " " + clause.code();
        assertTrue(control.metrics().stream().anyMatch(m -> !m.met()),
                where + ": the control (a whole day of failures, no clause) must miss a commitment, or the check proves nothing");
        boolean definesCredit = edition.metrics().stream().anyMatch(m -> m.credit().definesCredit());
        if (definesCredit) {
            assertTrue(control.credit().amount().signum() > 0 || !control.otherForms().isEmpty()
                            || control.usageCredits().stream().anyMatch(u -> u.amount().signum() > 0),
                    where + ": the control must earn a credit, or the check proves nothing");
        }
        assertEquals(none.metrics().size(), inside.metrics().size(), where + ": metrics evaluated");
        for (int i = 0; i < none.metrics().size(); i++) {
            MetricResult a = none.metrics().get(i);
            MetricResult b = inside.metrics().get(i);
            String metric = where + " " + a.metric();
            assertEquals(a.availability(), b.availability(), metric + ": availability");
            assertEquals(a.unavailableMinutes().map(v -> v.stripTrailingZeros()), b.unavailableMinutes().map(v -> v.stripTrailingZeros()),
                    metric + ": unavailable minutes");
            assertEquals(a.met(), b.met(), metric + ": met");
            assertEquals(a.tier(), b.tier(), metric + ": tier");
            assertEquals(a.credit(), b.credit(), metric + ": credit");
            assertTrue(b.excludedMinutes().containsKey(clause.code()), metric + ": the report names the clause that removed time");
        }
        assertEquals(none.credit(), inside.credit(), where + ": credit");
        assertEquals(none.otherForms(), inside.otherForms(), where + ": credits in other forms");
        assertEquals(none.usageCredits().stream().map(u -> u.unit().code() + " " + u.amount().stripTrailingZeros().toPlainString()).toList(),
                inside.usageCredits().stream().map(u -> u.unit().code() + " " + u.amount().stripTrailingZeros().toPlainString()).toList(),
                where + ": credits in units");
    }

    /**
     * The days a commitment is measured over: the month's 30, or for a rule that reads a longer period (windows before
     * the month: a year to date) the days of that period, found by evaluating a resource without failures.
     */
    private static long periodDays(SlaDefinition d, Edition edition, ServiceMonth month) {
        if (!readsLongerPeriod(edition, month)) {
            return 30;
        }
        ResourceReport plain = evaluate(d, edition, resource(d, edition, month, month.start(), month.start(), false, List.of()));
        long minutes = plain.metrics().stream().mapToLong(m -> m.totalMinutes().longValueExact()).max().orElse(30 * 1440L);
        return minutes / 1440;
    }

    private static boolean readsLongerPeriod(Edition edition, ServiceMonth month) {
        ResourceMonth plain = ResourceMonth.builder("probe", Money.of("1", "CNY")).build();
        return edition.metrics().stream().anyMatch(m -> m.measurement().readsPriorWindowsFrom(month, plain).isPresent());
    }

    /** Whole days of failure that miss every commitment of the edition: one day misses 99.9 %, two miss 95 % (of 30 days). */
    private static long failingDays(Edition edition, long periodDays) {
        java.math.BigDecimal lowest = edition.metrics().stream().map(m -> m.commitment().value()).min(java.math.BigDecimal::compareTo)
                .orElse(java.math.BigDecimal.valueOf(100));
        // N days x (100 - c) % is what the commitment allows; one more day misses it.
        long allowed = java.math.BigDecimal.valueOf(periodDays).multiply(java.math.BigDecimal.valueOf(100).subtract(lowest))
                .divide(java.math.BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        return Math.min(allowed + 1, 28);
    }

    /** Undelivered messages of {@link #MESSAGES} that fall one percentage point below the edition's lowest commitment. */
    private static long failedMessages(Edition edition) {
        java.math.BigDecimal lowest = edition.metrics().stream().map(m -> m.commitment().value()).min(java.math.BigDecimal::compareTo)
                .orElse(java.math.BigDecimal.valueOf(100));
        long failed = java.math.BigDecimal.valueOf(MESSAGES).multiply(java.math.BigDecimal.valueOf(101).subtract(lowest))
                .divide(java.math.BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        return Math.min(failed, MESSAGES);
    }

    /** The resource with the month's delivery counts ({@code failed} undelivered, attributed to {@code clause} if given), for delivery rules. */
    private static ResourceMonth withDeliveries(ResourceMonth resource, boolean readsDeliveries, long failed, Optional<String> clause) {
        if (!readsDeliveries) {
            return resource;
        }
        io.slakit.api.DeliveryCounts counts = io.slakit.api.DeliveryCounts.of(MESSAGES, MESSAGES - failed).withUnitPrice(UNIT_PRICE);
        if (clause.isPresent()) {
            counts = counts.excluding(clause.get(), failed);
        }
        return new ResourceMonth(resource.id(), resource.region(), resource.zone(), resource.fee(), resource.otherFees(), resource.units(),
                resource.activeFrom(), resource.activeUntil(), resource.incidents(), resource.priorIncidents(), resource.windows(),
                resource.durability(), resource.tickets(), Optional.of(counts), resource.priorWindows(), resource.dailyCalls());
    }

    /** One resource with the failing days' windows (failing or not) and the day's incident. */
    private static ResourceMonth resource(SlaDefinition d, Edition edition, ServiceMonth month, Instant from, Instant to,
                                          boolean failing, List<Incident> incidents) {
        Money fee = Money.of("1000.00", "CNY");
        ResourceMonth.Builder builder = ResourceMonth.builder("invariant", fee).units(1);
        incidents.forEach(builder::incident);
        Optional<Duration> window = Optional.empty();
        for (Metric metric : edition.metrics()) {
            if (!metric.basis().equals(CreditBasis.MONTHLY_FEE)) {
                builder.otherFee(metric.basis(), fee);
            }
            if (metric.measurement().window().isPresent()) {
                Duration w = metric.measurement().window().get();
                if (window.isPresent() && !window.get().equals(w)) {
                    throw new IllegalStateException(d.key() + " " + edition.id() + ": metrics on two window grids");
                }
                window = Optional.of(w);
            }
            if (!metric.measurement().measuresServiceMonth()) {
                builder.activeFrom(month.start()).activeUntil(month.end());
            }
        }
        ServiceMonth probeMonth = ServiceMonth.calendar(MONTH, d.zone());
        if (readsLongerPeriod(edition, probeMonth)) {
            // A service year that ends with the month (2023-05-01 .. 2024-04-30), so a credit decided at the year's end is decided here.
            builder.activeFrom(MONTH.plusMonths(1).atDay(1).minusYears(1).atStartOfDay(d.zone()).toInstant());
        }
        if (edition.metrics().stream().anyMatch(m -> m.credit().readsDailyCalls())) {
            // Every day's calls of the two months, as the windows give them, for credits capped by the calls before a fault.
            for (LocalDate day = MONTH.minusMonths(1).atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
                builder.dailyCalls(day, REQUESTS * 1440);
            }
        }
        if (edition.metrics().stream().anyMatch(m -> m.credit() instanceof io.slakit.core.rules.UnitCredit u && u.readsUnitPrice()
                && !m.measurement().readsDeliveries())) {
            builder.unitPrice(new java.math.BigDecimal(UNIT_PRICE)); // the resource's list price, for a credit converted at it
        }
        if (window.isPresent()) {
            for (Instant start = from; start.isBefore(to); start = start.plus(window.get())) {
                builder.window(WindowSample.of(start, REQUESTS, failing ? REQUESTS : 0));
            }
        }
        return builder.build();
    }

    static ResourceReport evaluate(SlaDefinition d, Edition edition, ResourceMonth resource) {
        // Anniversary months start on the activation day: the 1st makes April 2024 itself.
        Optional<LocalDate> serviceStart = d.monthRule() == MonthRule.ANNIVERSARY ? Optional.of(MONTH.atDay(1)) : Optional.empty();
        return SlaEngine.standard().evaluateResource(d, edition, MONTH, serviceStart, resource, List.of(resource),
                SlaEngine.exclusionCodes(d), SlaEngine.newCache(), "invariant");
    }
}
