package io.slakit.bench;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.fleet.FleetPlan;
import io.slakit.core.fleet.FleetResult;
import io.slakit.core.fleet.IncidentBatch;
import io.slakit.core.fleet.WindowBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fleet path in memory, one thread: W1 (CVM, 1,000,000 instances x scale, about 5 incidents
 * each) and W2 (CDN, 2,000 domains x scale, 8,928 windows each), records already parsed into
 * columns. A score is the time to evaluate the whole fleet once; incidents (windows) per second
 * are the fleet's incidents (windows) divided by it (BENCHMARKS.md). {@code engineW1} is the
 * straightforward path (SlaEngine over ResourceMonth records) on 100,000 instances, for scale.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g"})
public class FleetBenchmarks {

    @State(Scope.Benchmark)
    public static class W1 {
        @Param({"1"})
        public int scale;
        FleetPlan cvm;
        IncidentBatch incidents;

        @Setup(Level.Trial)
        public void generate() {
            cvm = Fleets.plan("cvm");
            incidents = Fleets.w1(Workloads.W1_INSTANCES * scale, 1);
            System.out.printf("%nW1 x%d: %,d instances, %,d incidents%n", scale, incidents.size(), incidents.incidentCount());
        }
    }

    @State(Scope.Benchmark)
    public static class W2 {
        @Param({"1"})
        public int scale;
        FleetPlan cdn;
        WindowBatch windows;

        @Setup(Level.Trial)
        public void generate() {
            cdn = Fleets.plan("cdn");
            windows = Fleets.w2(cdn, Workloads.W2_DOMAINS * scale, 2);
            System.out.printf("%nW2 x%d: %,d domains, %,d windows%n", scale, windows.size(), windows.windowCount());
        }
    }

    /** W1's first 100,000 instances as ResourceMonth records for the engine. */
    @State(Scope.Benchmark)
    public static class W1Records {
        SlaDefinition cvm;
        EvaluationRequest request;

        @Setup(Level.Trial)
        public void generate() {
            cvm = Fleets.definition("cvm");
            List<ResourceMonth> resources = Fleets.w1Records(100_000, 1);
            request = EvaluationRequest.of("cvm", Site.CN, Workloads.MONTH, resources);
        }
    }

    @Benchmark
    public FleetResult w1Incidents(W1 w1) {
        return w1.cvm.evaluate(w1.incidents);
    }

    @Benchmark
    public FleetResult w2Windows(W2 w2) {
        return w2.cdn.evaluate(w2.windows);
    }

    @Benchmark
    public EvaluationReport engineW1(W1Records w1) {
        return SlaEngine.standard().evaluate(w1.cvm, w1.request, List.of());
    }
}
