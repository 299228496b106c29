package io.slakit.bench;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.WindowSample;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.fleet.FleetPlan;
import io.slakit.core.fleet.IncidentBatch;
import io.slakit.core.fleet.WindowBatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Currency;
import java.util.Optional;

/** The workloads in memory, as the fleet path reads them, and the plans that evaluate them. */
public final class Fleets {
    static final Currency CNY = Currency.getInstance("CNY");
    private static final long NANOS = 1_000_000_000L;

    private Fleets() {
    }

    public static SlaDefinition definition(String product) {
        return SlaCatalog.load().find(product, Site.CN, Workloads.MONTH.atDay(1));
    }

    /** The fleet plan of {@code product}'s default edition for the workloads' month. */
    public static FleetPlan plan(String product) {
        SlaDefinition definition = definition(product);
        FleetPlan.Compilation compilation = FleetPlan.compile(definition, SlaEngine.edition(definition, Optional.empty()), Workloads.MONTH);
        return compilation.plan().orElseThrow(() -> new IllegalStateException(product + ": " + compilation.unsupportedReason()));
    }

    public static IncidentBatch w1(long instances, long seed) {
        IncidentBatch.Builder batch = IncidentBatch.builder(CNY);
        Workloads.w1(instances, seed, new Workloads.IncidentSink() {
            @Override
            public void resource(String id, long feeFen) {
                batch.resource(id, Money.of(BigDecimal.valueOf(feeFen, 2), CNY));
            }

            @Override
            public void incident(long startSecond, long endSecond, String exclusion) {
                if (exclusion == null) {
                    batch.incident(startSecond * NANOS, endSecond * NANOS);
                } else {
                    batch.excluded(startSecond * NANOS, endSecond * NANOS, exclusion);
                }
            }
        });
        return batch.build();
    }

    public static WindowBatch w2(FleetPlan plan, long domains, long seed) {
        WindowBatch.Builder batch = plan.windowBatch(CNY);
        Workloads.w2(domains, seed, new Workloads.WindowSink() {
            @Override
            public void resource(String id, long feeFen) {
                batch.resource(id, Money.of(BigDecimal.valueOf(feeFen, 2), CNY));
            }

            @Override
            public void window(int index, int total, int failed) {
                batch.window(index, total, failed);
            }
        });
        return batch.build();
    }

    /** W1 as ResourceMonth records, for the engine (the straightforward path). */
    public static List<ResourceMonth> w1Records(long instances, long seed) {
        List<ResourceMonth> resources = new ArrayList<>();
        ResourceMonth.Builder[] current = {null};
        Workloads.w1(instances, seed, new Workloads.IncidentSink() {
            @Override
            public void resource(String id, long feeFen) {
                if (current[0] != null) {
                    resources.add(current[0].build());
                }
                current[0] = ResourceMonth.builder(id, Money.of(BigDecimal.valueOf(feeFen, 2), CNY));
            }

            @Override
            public void incident(long start, long end, String exclusion) {
                Instant s = Instant.ofEpochSecond(start);
                Instant e = Instant.ofEpochSecond(end);
                current[0].incident(exclusion == null ? Incident.of(s, e) : Incident.excluded(s, e, exclusion));
            }
        });
        if (current[0] != null) {
            resources.add(current[0].build());
        }
        return resources;
    }

    /** W2 as ResourceMonth records, for the engine. */
    public static List<ResourceMonth> w2Records(long domains, long seed) {
        List<ResourceMonth> resources = new ArrayList<>();
        ResourceMonth.Builder[] current = {null};
        Workloads.w2(domains, seed, new Workloads.WindowSink() {
            @Override
            public void resource(String id, long feeFen) {
                if (current[0] != null) {
                    resources.add(current[0].build());
                }
                current[0] = ResourceMonth.builder(id, Money.of(BigDecimal.valueOf(feeFen, 2), CNY));
            }

            @Override
            public void window(int index, int total, int failed) {
                current[0].window(WindowSample.of(Instant.ofEpochSecond(Workloads.MONTH_START + 300L * index), total, failed));
            }
        });
        if (current[0] != null) {
            resources.add(current[0].build());
        }
        return resources;
    }
}
