package io.slakit.api.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How a metric turns one resource's month into availability: the rule the text defines under
 * "服务不可用" and "服务可用性计算方式". slakit's core ships the common rules (incident minutes with a
 * threshold and rounding, windowed success or error rates, mean window error rates, monthly
 * ratios, durability, multi-AZ, fleet totals); a product with a genuinely unique rule implements
 * this interface in its own module.
 *
 * <p>Implementations are immutable and thread-safe; {@link #measure} keeps no state across calls.
 */
public interface Measurement {

    /** A stable name of the rule, e.g. {@code incident-minutes}. */
    String rule();

    /** The rule with its parameters in one English sentence, for reports and {@code show}. */
    String describe();

    /** The rule's parameters by name, as text, for JSON output. */
    Map<String, String> parameters();

    /** The window length this rule reads request counts in, if it reads any. */
    default Optional<Duration> window() {
        return Optional.empty();
    }

    /**
     * Whether the metric's commitment is the percentage the text states ("99.95%"), as for every
     * availability rule. A rule whose commitment is "every deadline met" or "at most N late" says
     * no, and names in {@link #commitmentFigures()} the numbers the text states it with.
     */
    default boolean commitmentIsPercent() {
        return true;
    }

    /**
     * For a commitment that is not a percentage: the numbers the text states it with (a deadline's
     * hours or minutes, working days, an allowance of breaches), one of which stands on the line the
     * commitment cites; empty for a percentage.
     */
    default java.util.List<String> commitmentFigures() {
        return java.util.List.of();
    }

    /** Whether this rule reads per-minute downtime (so an allowance in minutes makes sense). */
    default boolean countsMinutes() {
        return true;
    }

    /** Whether this rule reads the provider's incidents (window rules read incidents only for exclusions). */
    default boolean readsIncidents() {
        return window().isEmpty() && countsMinutes();
    }

    /**
     * The scopes a provider incident must name for this rule (the kinds of unavailability a rule
     * sums, such as a bastion host's management, proxy and audit-log outages), or empty when any
     * scope, and the resource itself (""), will do. An excluded incident with the resource-wide
     * scope removes its time from every scope.
     */
    default java.util.List<String> requiredIncidentScopes() {
        return java.util.List.of();
    }

    /**
     * Whether this rule weights an outage by its incidents' request shares (HTTPDNS). An incident
     * carrying a share is rejected by a product none of whose rules does, rather than ignored.
     */
    default boolean weighsRequestShares() {
        return false;
    }

    /**
     * The earliest instant of {@link io.slakit.api.ResourceMonth#priorIncidents() incidents before the
     * service month} this rule reads for {@code resource} in {@code month}, or empty when it reads
     * none: every rule that measures a month alone. The engine rejects prior incidents unless some
     * rule of the edition reads them, and rejects any that end before the earliest instant a rule reads.
     */
    default Optional<java.time.Instant> readsPriorIncidentsFrom(io.slakit.api.ServiceMonth month, io.slakit.api.ResourceMonth resource) {
        return Optional.empty();
    }

    /**
     * The earliest instant of {@link io.slakit.api.ResourceMonth#priorWindows() windows before the service
     * month} this rule reads for {@code resource} in {@code month} (a year's windowed rate to date: the
     * period's first day), or empty when it reads none. The engine rejects prior windows unless some rule
     * of the edition reads them, and rejects any that start before the earliest instant a rule reads,
     * reach into the month, are off the rule's window grid or are given twice.
     */
    default Optional<java.time.Instant> readsPriorWindowsFrom(io.slakit.api.ServiceMonth month, io.slakit.api.ResourceMonth resource) {
        return Optional.empty();
    }

    /**
     * For a rule measuring a period longer than the month (a service year): the period's last day when it
     * falls in {@code month}, so a claim counted from the period's end can be dated; empty otherwise.
     */
    default Optional<java.time.LocalDate> periodEndingIn(io.slakit.api.ServiceMonth month, io.slakit.api.ResourceMonth resource) {
        return Optional.empty();
    }

    /**
     * Whether this rule reads the resource's {@link io.slakit.api.ResourceMonth#tickets() tickets}
     * (deadline commitments). Tickets given to a product none of whose rules reads them are
     * rejected by name, never ignored.
     */
    default boolean readsTickets() {
        return false;
    }

    /**
     * The incident signals this rule reads ({@code "api"}, {@code "console"}...), for composite rules;
     * empty for every other rule. An incident naming a signal no rule of the edition reads is rejected.
     */
    default java.util.Set<String> signals() {
        return java.util.Set.of();
    }

    /**
     * Whether this rule reads the resource's {@link io.slakit.api.ResourceMonth#deliveries() delivery
     * counts}; given to a product none of whose rules reads them, they are rejected by name.
     */
    default boolean readsDeliveries() {
        return false;
    }

    /**
     * Whether this rule measures the service month (the default). A rule measuring another period
     * (CSS's escorted event: the event's own span) says no, so reports do not describe the period
     * as a partial month.
     */
    default boolean measuresServiceMonth() {
        return true;
    }

    /**
     * Whether the resource carries what this rule reads. A metric whose input is absent (no
     * durability counts given) is reported as not evaluated rather than guessed.
     */
    default boolean applicableTo(io.slakit.api.ResourceMonth resource) {
        return true;
    }

    /** Why {@link #applicableTo} said no, for the report. */
    default String notApplicableReason() {
        return "its input was not given";
    }

    /**
     * Measures one resource's month.
     *
     * @throws io.slakit.api.InvalidInputException when the input breaks the rule's expectations
     *         (a misaligned window, missing durability counts...)
     */
    Measured measure(MeasurementContext context);

    /**
     * This rule compiled for {@code month} into a kernel on primitive arrays, or empty when the rule
     * cannot be evaluated that way (the engine then answers): the one place a rule says whether the
     * fleet path may evaluate it. The default is empty.
     *
     * <p><b>Internal:</b> see {@link MetricKernel}.
     */
    default Optional<MetricKernel> compile(io.slakit.api.ServiceMonth month) {
        return Optional.empty();
    }
}
