package io.slakit.products.compute;

import io.slakit.api.Attribution;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.engine.SlaEngine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared inputs for the product tests: months start at 00:00 Beijing time, fees are 1000.00 CNY unless said. */
final class Fixtures {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final YearMonth APRIL = YearMonth.of(2024, 4); // 30 days, 43,200 minutes
    static final YearMonth MAY = YearMonth.of(2024, 5);   // 31 days, 44,640 minutes
    static final Money FEE = Money.of("1000.00", "CNY");
    private static final SlaCatalog CATALOG = SlaCatalog.load();

    private Fixtures() {
    }

    /** The definition in force on a day after every version in the seeds. */
    static SlaDefinition definition(String product) {
        return CATALOG.find(product, Site.CN, LocalDate.of(2025, 12, 1));
    }

    static Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(SHANGHAI).toInstant();
    }

    /** Noon on the 10th of the month: away from the month's edges. */
    static Instant midMonth(YearMonth month) {
        return month.atDay(10).atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    static EvaluationReport evaluate(String product, YearMonth month, ResourceMonth... resources) {
        return SlaEngine.standard().evaluate(definition(product), EvaluationRequest.of(product, Site.CN, month, List.of(resources)), List.of());
    }

    static ResourceReport evaluateOne(String product, YearMonth month, ResourceMonth resource) {
        return evaluate(product, month, resource).resources().get(0);
    }

    static MetricResult metric(String product, YearMonth month, ResourceMonth resource, String metric) {
        return evaluateOne(product, month, resource).metric(metric).orElseThrow();
    }

    /** One resource down from the month's start for {@code length}. */
    static ResourceMonth down(YearMonth month, Duration length) {
        Instant start = monthStart(month);
        return ResourceMonth.builder("res", FEE).incident(Incident.of(start, start.plus(length))).build();
    }

    static ResourceMonth downMinutes(YearMonth month, long minutes) {
        return down(month, Duration.ofMinutes(minutes));
    }

    /** One outage mid-month, part of it attributed to an exclusion clause. */
    static ResourceMonth downWithExcluded(YearMonth month, Duration providerPart, Duration excludedPart, String clause) {
        Instant start = midMonth(month);
        Instant split = start.plus(excludedPart);
        return ResourceMonth.builder("res", FEE)
                .incident(Incident.excluded(start, split, clause))
                .incident(Incident.of(split, split.plus(providerPart)))
                .build();
    }

    /** {@code count} consecutive windows of {@code window} from the month's start, each with {@code total} requests, {@code failed} failed. */
    static ResourceMonth windows(YearMonth month, Duration window, int count, long total, long failed) {
        ResourceMonth.Builder builder = ResourceMonth.builder("res", FEE);
        Instant start = monthStart(month);
        for (int i = 0; i < count; i++) {
            builder.window(WindowSample.of(start.plus(window.multipliedBy(i)), total, failed));
        }
        return builder.build();
    }

    /** An incident on one unit (slot, node, instance) of a fleet resource. */
    static Incident onUnit(String unit, Instant start, Duration length) {
        return new Incident(start, start.plus(length), unit, Attribution.provider());
    }

    static void assertAmount(String expected, Money actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.amount()), "expected " + expected + ", got " + actual);
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", got " + actual);
    }
}
