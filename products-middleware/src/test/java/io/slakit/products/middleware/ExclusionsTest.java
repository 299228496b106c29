package io.slakit.products.middleware;

import io.slakit.api.CreditBasis;
import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.WindowedRate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.slakit.products.middleware.MiddlewareFixtures.APRIL;
import static io.slakit.products.middleware.MiddlewareFixtures.fifth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every coded clause of every middleware definition removes the time attributed to it: one hour of failure on
 * 5 April 2024, all of it under the clause, counts no minute and shows under the clause's code; the same hour
 * attributed to the provider counts 60 minutes.
 */
class ExclusionsTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @TestFactory
    Stream<DynamicTest> everyClauseRemovesItsTime() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SlaDefinition d : new MiddlewareProducts().definitions()) {
            for (Edition edition : d.editions()) {
                for (Metric metric : edition.metrics()) {
                    if (!(metric.measurement() instanceof IncidentMinutes) && !(metric.measurement() instanceof WindowedRate)
                            && !(metric.measurement() instanceof ThirtyDayMonthMinutes)) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(d.key() + " " + edition.id() + "/" + metric.id() + " provider hour counts 60",
                            () -> assertMinutes(d, edition, metric, resource(edition, metric, null), "60")));
                    for (ExclusionClause clause : d.exclusions()) {
                        tests.add(DynamicTest.dynamicTest(d.key() + " " + edition.id() + "/" + metric.id() + " " + clause.clause()
                                + " " + clause.code(), () -> {
                            MetricResult m = assertMinutes(d, edition, metric, resource(edition, metric, clause.code()), "0");
                            BigDecimal excluded = m.excludedMinutes().getOrDefault(clause.code(), BigDecimal.ZERO);
                            assertTrue(excluded.signum() > 0, "nothing excluded under " + clause.code() + ": " + m.excludedMinutes());
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }

    /**
     * One hour from the 5th 00:00: an incident under {@code clause} (or the provider's, for an incident rule) and, for a window rule, 60
     * one-minute windows with every call failed.
     */
    private static ResourceMonth resource(Edition edition, Metric metric, String clause) {
        Instant start = fifth(APRIL);
        ResourceMonth.Builder b = ResourceMonth.builder("res-1", Money.of("1000.00", "CNY"));
        if (clause != null) {
            b.incident(Incident.excluded(start, start.plus(HOUR), clause));
        } else if (!(metric.measurement() instanceof WindowedRate)) {
            b.incident(Incident.of(start, start.plus(HOUR)));
        }
        edition.metrics().stream().map(Metric::basis).filter(basis -> !basis.equals(CreditBasis.MONTHLY_FEE)).distinct()
                .forEach(basis -> b.otherFee(basis, Money.of("10.00", "CNY")));
        if (metric.measurement() instanceof WindowedRate) {
            for (int i = 0; i < 60; i++) {
                b.window(WindowSample.of(start.plus(Duration.ofMinutes(i)), 10, 10));
            }
        }
        return b.build();
    }

    private static MetricResult assertMinutes(SlaDefinition d, Edition edition, Metric metric, ResourceMonth r, String minutes) {
        ResourceReport report = MiddlewareFixtures.evaluate(d.product().value(), d.site(), APRIL, r, edition.id());
        MetricResult m = report.metric(metric.id()).orElseThrow();
        assertEquals(0, new BigDecimal(minutes).compareTo(m.unavailableMinutes().orElseThrow()),
                () -> d.key() + " " + metric.id() + ": " + m.unavailableMinutes() + " minutes, expected " + minutes + ": " + m.explanation());
        return m;
    }
}
