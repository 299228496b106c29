package io.slakit.core.time;

import io.slakit.api.InvalidInputException;
import io.slakit.api.MonthRule;
import io.slakit.api.ServiceMonth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Cuts time into service months (服务月度) by a contract's {@link MonthRule}.
 *
 * <ul>
 *   <li>Calendar with partial months: activation on Mar 17 for three months gives Mar 17-31,
 *       April, May and Jun 1-16 (CVM 1.2.7). A partial day counts as a whole day.</li>
 *   <li>Anniversary: the month starts on the service start day (IM: Mar 17 - Apr 16).</li>
 *   <li>Whole calendar months only: a month cut by activation or termination is not evaluated.</li>
 *   <li>Touched calendar months: a month the service touches at all counts whole (webify).</li>
 * </ul>
 */
public final class ServiceMonths {
    private ServiceMonths() {
    }

    /**
     * The service month of {@code label} for a resource active from {@code activeFrom} until
     * {@code activeUntil} (exclusive), or empty when the rule does not evaluate such a month.
     *
     * @throws InvalidInputException when the resource is not active at all in the month
     */
    public static Optional<ServiceMonth> forResource(MonthRule rule, YearMonth label, Optional<LocalDate> serviceStart,
                                                      ZoneId zone, Optional<Instant> activeFrom, Optional<Instant> activeUntil) {
        ServiceMonth whole = switch (rule) {
            case ANNIVERSARY -> anniversary(serviceStart.orElseThrow(() -> new InvalidInputException("serviceStart", null,
                    "is required: this product counts service months from the activation day (anniversary months)")), zone);
            case CALENDAR_WITH_PARTIAL, WHOLE_CALENDAR_ONLY, TOUCHED_CALENDAR_MONTHS -> ServiceMonth.calendar(label, zone);
        };
        LocalDate first = whole.firstDay();
        LocalDate last = whole.lastDay();
        if (activeFrom.isPresent()) {
            LocalDate from = activeFrom.get().atZone(zone).toLocalDate();
            if (from.isAfter(last)) {
                throw new InvalidInputException("activeFrom", activeFrom.get(), "is after the service month's last day " + last);
            }
            if (from.isAfter(first)) {
                first = from;
            }
        }
        if (activeUntil.isPresent()) {
            // activeUntil is exclusive: service until 2024-06-17T00:00 ends on Jun 16; until 15:00 on Jun 16 too.
            Instant until = activeUntil.get().minusNanos(1);
            LocalDate lastActive = until.atZone(zone).toLocalDate();
            if (lastActive.isBefore(whole.firstDay())) {
                throw new InvalidInputException("activeUntil", activeUntil.get(), "is before the service month's first day " + whole.firstDay());
            }
            if (lastActive.isBefore(last)) {
                last = lastActive;
            }
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("activeUntil", activeUntil.orElse(null), "leaves no day of service in " + label);
        }
        boolean partial = !first.equals(whole.firstDay()) || !last.equals(whole.lastDay());
        if (partial && rule == MonthRule.WHOLE_CALENDAR_ONLY) {
            return Optional.empty();
        }
        if (rule == MonthRule.TOUCHED_CALENDAR_MONTHS) {
            return Optional.of(whole);
        }
        return Optional.of(ServiceMonth.ofDays(whole.label(), first, last, zone));
    }

    /** The anniversary month starting on {@code start}: Mar 17 to Apr 16; Jan 31 to Feb 28 (29). */
    public static ServiceMonth anniversary(LocalDate start, ZoneId zone) {
        LocalDate next = start.plusMonths(1);
        // Jan 31 + 1 month is Feb 29/28; the month then ends the day before, keeping months contiguous.
        return ServiceMonth.ofDays(YearMonth.from(start), start, next.minusDays(1), zone);
    }
}
