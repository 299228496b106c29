package io.slakit.cli;

import io.slakit.api.Edition;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.CreditKernel;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.api.spi.MetricKernel;
import io.slakit.api.spi.MinuteKernel;
import io.slakit.api.spi.WindowKernel;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.fleet.FleetEvaluator;
import io.slakit.core.fleet.FleetPlan;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every definition of the catalogue the fleet path accepts decides random resources as the engine
 * does, grouped by the rule that measures its metric: the kernels the rules compile into are the
 * rules' own arithmetic. A kernel that counts one minute more is caught (the control).
 */
class FleetCatalogueTest {
    private static final SlaCatalog CATALOG = SlaCatalog.load();
    private static final SlaEngine ENGINE = SlaEngine.standard();
    private static final java.util.Currency CNY = java.util.Currency.getInstance("CNY");
    /** 29, 30 and 31 days. */
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2024, 2), YearMonth.of(2024, 4), YearMonth.of(2024, 5));

    /** One plan: a definition's edition in a month. */
    private record Case(SlaDefinition definition, Edition edition, YearMonth month, FleetPlan plan) {
        String name() {
            return definition.product().value() + " " + definition.site() + " " + definition.provenance().effective() + " " + edition.id() + " " + month;
        }
    }

    private static List<Case> accepted() {
        List<Case> cases = new ArrayList<>();
        for (SlaDefinition definition : CATALOG.definitions()) {
            for (Edition edition : definition.editions()) {
                for (YearMonth month : MONTHS) {
                    FleetPlan.compile(definition, edition, month).plan().ifPresent(plan -> cases.add(new Case(definition, edition, month, plan)));
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicContainer> everyDefinitionTheFleetPathAcceptsDecidesAsTheEngine() {
        Map<String, List<Case>> byRule = new TreeMap<>();
        for (Case c : accepted()) {
            byRule.computeIfAbsent(c.plan().metric().measurement().rule(), k -> new ArrayList<>()).add(c);
        }
        return byRule.entrySet().stream().map(rule -> DynamicContainer.dynamicContainer(rule.getKey(), rule.getValue().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(List.of(),
                        mismatches(c.definition(), c.edition(), c.plan(), c.name().hashCode()), c.name())))));
    }

    @Test
    void theCatalogueHasDefinitionsOfEveryKindTheFleetPathTakes() {
        // So the comparison above cannot pass by comparing nothing: both kernels and several rules are exercised.
        Map<FleetPlan.Kind, Integer> kinds = new TreeMap<>();
        Set<String> rules = new java.util.TreeSet<>();
        for (Case c : accepted()) {
            kinds.merge(c.plan().kind(), 1, Integer::sum);
            rules.add(c.plan().metric().measurement().rule());
        }
        assertEquals(Set.of(FleetPlan.Kind.values()), kinds.keySet(), kinds.toString());
        assertTrue(rules.containsAll(Set.of("incident-minutes", "windowed-rate")), rules.toString());
    }

    /** The control: the same rule measuring, a kernel counting one minute more per resource with downtime. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"incidents", "windows"})
    void aKernelThatCountsDifferentlyIsCaught(String input) {
        Measurement rule = input.equals("incidents") ? Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp()
                : Rules.errorRateAbove("0.05", Duration.ofMinutes(5));
        SlaDefinition honest = definition(rule);
        SlaDefinition skewed = definition(new OneMinuteMore(rule));
        YearMonth month = YearMonth.of(2024, 4);
        FleetPlan truthful = FleetPlan.compile(honest, honest.editions().get(0), month).plan().orElseThrow();
        FleetPlan lying = FleetPlan.compile(skewed, skewed.editions().get(0), month).plan().orElseThrow();
        assertEquals(List.of(), mismatches(honest, honest.editions().get(0), truthful, 1));
        assertFalse(mismatches(skewed, skewed.editions().get(0), lying, 1).isEmpty(), "a kernel that is not the rule's must be caught");
    }

    /** What the fleet path and the engine decide differently for random accepted resources, one line each. */
    private static List<String> mismatches(SlaDefinition definition, Edition edition, FleetPlan plan, long seed) {
        Random random = new Random(seed);
        ServiceMonth month = plan.month();
        Set<String> codes = SlaEngine.exclusionCodes(definition);
        List<String> codeList = List.copyOf(new java.util.TreeSet<>(codes));
        FleetEvaluator evaluator = plan.newEvaluator();
        CreditKernel table = plan.table();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < 24; r++) {
            Money fee = Money.of(BigDecimal.valueOf(random.nextInt(300_000), 2), CNY);
            ResourceMonth.Builder builder = ResourceMonth.builder("r-" + r, fee);
            if (plan.kind() == FleetPlan.Kind.INCIDENT_MINUTES) {
                incidents(random, month, codeList, builder);
            } else {
                windows(random, month, plan.windowNanos(), builder);
            }
            ResourceMonth resource = builder.build();
            if (!plan.accepts(resource)) {
                out.add(resource.id() + ": not accepted");
                continue;
            }
            ResourceReport report = ENGINE.evaluateResource(definition, edition, month.label(), Optional.empty(), resource, List.of(resource),
                    codes, SlaEngine.newCache(), "resources[" + r + "]");
            MetricResult expected = report.metrics().stream().filter(m -> m.metric().equals(plan.metric().id())).findFirst().orElseThrow();
            long down = evaluator.unavailableMinutes(resource);
            int tier = table.tierIndex(down);
            long credit = plan.creditMinor(fee.amount().movePointRight(2).longValueExact(), tier, down);
            String where = resource.id() + " (" + resource.incidents().size() + " incidents, " + resource.windows().size() + " windows): ";
            if (expected.unavailableMinutes().orElseThrow().compareTo(BigDecimal.valueOf(down)) != 0
                    || expected.totalMinutes().compareTo(BigDecimal.valueOf(table.totalMinutes())) != 0) {
                out.add(where + "engine " + expected.unavailableMinutes().get() + " of " + expected.totalMinutes() + " minutes, fleet " + down
                        + " of " + table.totalMinutes());
            }
            if (expected.met() != (tier == CreditKernel.MET)
                    || !expected.tier().equals(tier < 0 ? Optional.empty() : Optional.of(table.tiers().get(tier)))) {
                out.add(where + "engine met " + expected.met() + " tier " + expected.tier() + ", fleet tier index " + tier);
            }
            if (report.credit().compareTo(Money.of(BigDecimal.valueOf(credit, 2), CNY)) != 0) {
                out.add(where + "engine credit " + report.credit() + ", fleet " + credit + " fen");
            }
        }
        return out;
    }

    /** Incidents at random, many near a threshold or a whole minute, some crossing the month's edges, some excluded. */
    private static void incidents(Random random, ServiceMonth month, List<String> codes, ResourceMonth.Builder resource) {
        int seconds = (int) month.length().toSeconds();
        int n = random.nextInt(4) == 0 ? 0 : random.nextInt(10);
        Instant previousEnd = month.start().plusSeconds(random.nextInt(seconds));
        for (int i = 0; i < n; i++) {
            Instant start = switch (random.nextInt(5)) {
                case 0 -> previousEnd;
                case 1 -> previousEnd.minusSeconds(random.nextInt(900));
                case 2 -> month.start().minusSeconds(random.nextInt(200));
                default -> month.start().plusSeconds(random.nextInt(seconds - 10));
            };
            if (!start.isBefore(month.end())) {
                start = month.end().minusSeconds(1 + random.nextInt(600));
            }
            long length = switch (random.nextInt(5)) {
                case 0 -> 60L * (1 + random.nextInt(10)) + random.nextInt(3) - 1;   // a whole minute and either side
                case 1 -> 1 + random.nextInt(900);
                case 2 -> (long) (60 / Math.pow(random.nextDouble() + 1e-3, 1.5)); // heavy tail
                case 3 -> 60L * (1 + random.nextInt(2_000));
                default -> 300L * (1 + random.nextInt(4)) + random.nextInt(3) - 1;  // around 5-minute thresholds
            };
            Instant end = start.plusSeconds(Math.max(1, length)).plusNanos(random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            if (!end.isAfter(month.start())) {
                end = month.start().plusSeconds(1 + random.nextInt(100));
            }
            if (!codes.isEmpty() && random.nextInt(8) == 0) {
                resource.incident(Incident.excluded(start, end, codes.get(random.nextInt(codes.size()))));
            } else {
                resource.incident(Incident.of(start, end));
            }
            previousEnd = end;
        }
    }

    /** Window samples in bursts: error rates either side of the usual criteria, few requests, all failed, missing samples. */
    private static void windows(Random random, ServiceMonth month, long windowNanos, ResourceMonth.Builder resource) {
        int windows = (int) (month.length().toNanos() / windowNanos);
        double burstiness = random.nextDouble() * 0.01;
        boolean bursting = false;
        for (int k = 0; k < windows; k++) {
            if (random.nextInt(3) == 0) {
                continue; // no sample: never bad, and it breaks a run
            }
            bursting = bursting ? random.nextInt(3) != 0 : random.nextDouble() < burstiness;
            long total = switch (random.nextInt(20)) {
                case 0 -> 0;
                case 1, 2 -> 1 + random.nextInt(150);  // around request minimums
                default -> 1 + random.nextInt(50_000);
            };
            long failed = 0;
            if (bursting) {
                failed = switch (random.nextInt(6)) {
                    case 0 -> total;                                              // every attempt failed
                    case 1 -> Math.min(total, random.nextInt(12));                // around failed counts
                    case 2 -> total * (random.nextInt(3) + 4) / 10_000;           // 0.04 - 0.06 %
                    case 3 -> total - Math.min(total, random.nextInt(3));         // nearly all
                    default -> (long) (total * random.nextDouble() * 0.1);
                };
            }
            resource.window(WindowSample.of(month.start().plusNanos(windowNanos * k), total, failed));
        }
    }

    private static SlaDefinition definition(Measurement rule) {
        return Sla.define("fleet-control", Site.CN, Family.COMPUTE)
                .names("对照", "Control (test)").source("002", 1468, "云服务器服务等级协议").updated("2024-01-01T00:00:00")
                .effectiveFromUpdatedDate()
                .metric(MetricSpec.metric("availability", "可用性").measuredBy(rule).commitment("99.95", 1468)
                        .tiers(1468, Credits.tier("[99, 99.95)", "10"), Credits.tier("[95, 99)", "25"), Credits.tier("[0, 95)", "100")))
                .build();
    }

    /** A rule that measures as {@code rule} does but compiles into a kernel counting one minute more: not the rule's arithmetic. */
    private record OneMinuteMore(Measurement measuring) implements Measurement {
        @Override
        public String rule() {
            return measuring.rule();
        }

        @Override
        public String describe() {
            return measuring.describe();
        }

        @Override
        public Map<String, String> parameters() {
            return measuring.parameters();
        }

        @Override
        public Optional<Duration> window() {
            return measuring.window();
        }

        @Override
        public Measured measure(MeasurementContext context) {
            return measuring.measure(context);
        }

        @Override
        public Optional<MetricKernel> compile(ServiceMonth month) {
            return measuring.compile(month).map(kernel -> kernel instanceof MinuteKernel minutes ? (MetricKernel) new MinuteKernel() {
                @Override
                public long totalMinutes() {
                    return minutes.totalMinutes();
                }

                @Override
                public long countedMinutes(long[] starts, long[] ends, int count) {
                    long counted = minutes.countedMinutes(starts, ends, count);
                    return counted > 0 ? counted + 1 : 0;
                }
            } : new WindowKernel() {
                private final WindowKernel windows = (WindowKernel) kernel;

                @Override
                public long totalMinutes() {
                    return windows.totalMinutes();
                }

                @Override
                public long windowNanos() {
                    return windows.windowNanos();
                }

                @Override
                public int windowsPerMonth() {
                    return windows.windowsPerMonth();
                }

                @Override
                public long countedMinutes(int[] totals, int[] failures, int first) {
                    long counted = windows.countedMinutes(totals, failures, first);
                    return counted > 0 ? counted + 1 : 0;
                }
            });
        }
    }
}
