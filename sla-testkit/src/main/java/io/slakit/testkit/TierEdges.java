package io.slakit.testkit;

import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.Incident;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.rules.IncidentMinutes;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For every incident-minute metric with a tier table: the downtime that lands exactly on each
 * band's bound where whole minutes allow, and the nearest whole minutes either side, in a 30-day
 * (April 2024) and a 31-day (May 2024) month. Expected credits follow from the band notation
 * alone: availability = (T - d) / T, the band that contains it, its percent.
 */
final class TierEdges {
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 5));

    private TierEdges() {
    }

    static Stream<DynamicNode> tests(SlaDefinition d) {
        List<DynamicNode> tests = new ArrayList<>();
        for (Edition edition : d.editions()) {
            for (Metric metric : edition.metrics()) {
                if (!(metric.measurement() instanceof IncidentMinutes rule) || metric.credit().tiers().isEmpty()) {
                    continue;
                }
                for (YearMonth month : MONTHS) {
                    long total = ServiceMonth.calendar(month, d.zone()).totalMinutes();
                    for (long minutes : edgeMinutes(metric, total)) {
                        if (Duration.ofMinutes(minutes).compareTo(rule.threshold().length()) <= 0) {
                            continue; // an outage the threshold ignores cannot land on the edge
                        }
                        tests.add(DynamicTest.dynamicTest(edition.id() + "/" + metric.id() + " " + month + " " + minutes + " min",
                                () -> check(d, edition, metric, month, total, minutes)));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** Whole minutes exactly on each bound (when the bound falls on one) and one minute either side. */
    static Set<Long> edgeMinutes(Metric metric, long total) {
        Set<Long> minutes = new TreeSet<>();
        List<Percent> bounds = new ArrayList<>();
        bounds.add(metric.commitment());
        for (CreditTier tier : metric.credit().tiers()) {
            bounds.add(tier.band().lower());
            bounds.add(tier.band().upper());
        }
        for (Percent bound : bounds) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(100).subtract(bound.value())).divide(BigDecimal.valueOf(100));
            long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            long ceil = exact.setScale(0, RoundingMode.CEILING).longValueExact();
            for (long m : new long[] {floor - 1, floor, ceil, ceil + 1}) {
                if (m >= 1 && m <= total) {
                    minutes.add(m);
                }
            }
        }
        return minutes;
    }

    private static void check(SlaDefinition d, Edition edition, Metric metric, YearMonth month, long total, long minutes) {
        ServiceMonth serviceMonth = ServiceMonth.calendar(month, d.zone());
        Instant start = serviceMonth.start();
        ResourceMonth.Builder builder = ResourceMonth.builder("edge", Money.of("1000.00", "CNY"))
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(minutes)))).units(1);
        if (!metric.basis().equals(io.slakit.api.CreditBasis.MONTHLY_FEE)) {
            builder.otherFee(metric.basis(), Money.of("1000.00", "CNY"));
        }
        if (metric.credit() instanceof io.slakit.core.rules.UnitCredit u && u.readsUnitPrice()) {
            builder.unitPrice(new BigDecimal("0.05")); // a credit converted at a list price needs one; the percent is what is checked
        }
        ResourceMonth resource = builder.build();
        MetricResult result = SlaEngine.standard().evaluateResource(d, edition, month, Optional.empty(), resource, List.of(resource),
                SlaEngine.exclusionCodes(d), SlaEngine.newCache(), "edge").metric(metric.id()).orElseThrow();
        assertEquals(0, BigDecimal.valueOf(minutes).compareTo(result.unavailableMinutes().orElseThrow()), "minutes counted");
        BigDecimal available = BigDecimal.valueOf(total - minutes);
        BigDecimal expected = BigDecimal.ZERO;
        boolean met = available.multiply(BigDecimal.valueOf(100)).compareTo(metric.commitment().value().multiply(BigDecimal.valueOf(total))) >= 0;
        if (!met) {
            for (CreditTier tier : metric.credit().tiers()) {
                if (inBand(tier, available, BigDecimal.valueOf(total))) {
                    expected = tier.credit();
                }
            }
        }
        assertEquals(met, result.met(), "met at " + minutes + " of " + total + " minutes");
        // A credit paid in units (converted at a list price) reports its money tier, not a percent of the fee.
        Optional<BigDecimal> percent = metric.credit().unit().isPresent() ? result.tier().map(CreditTier::credit) : result.creditPercent();
        assertEquals(0, expected.compareTo(percent.orElse(BigDecimal.ZERO)),
                "credit at " + minutes + " of " + total + " minutes: expected " + expected + "%, got " + percent);
    }

    /** Band membership by cross-multiplication, independent of the engine's own comparison. */
    private static boolean inBand(CreditTier tier, BigDecimal available, BigDecimal total) {
        BigDecimal scaled = available.multiply(BigDecimal.valueOf(100));
        int low = scaled.compareTo(tier.band().lower().value().multiply(total));
        int high = scaled.compareTo(tier.band().upper().value().multiply(total));
        return (tier.band().lowerInclusive() ? low >= 0 : low > 0) && (tier.band().upperInclusive() ? high <= 0 : high < 0);
    }
}
