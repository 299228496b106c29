package io.slakit.bench;

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

import java.util.concurrent.TimeUnit;

/**
 * The fleet path in memory, one thread: W1 (CVM, 1,000,000 instances x scale, about 5 incidents
 * each) and W2 (CDN, 2,000 domains x scale, 8,928 windows each), records already parsed into
 * columns. A score is the time to evaluate the whole fleet; incidents (windows) per second are
 * the fleet's incidents (windows) divided by it (BENCHMARKS.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class FleetBenchmarks {
    @Param({"1"})
    public int scale;

    private FleetPlan cvm;
    private FleetPlan cdn;
    private IncidentBatch w1;
    private WindowBatch w2;

    @Setup(Level.Trial)
    public void generate() {
        cvm = Fleets.plan("cvm");
        cdn = Fleets.plan("cdn");
        w1 = Fleets.w1(Workloads.W1_INSTANCES * scale, 1);
        w2 = Fleets.w2(cdn, Workloads.W2_DOMAINS * scale, 2);
        System.out.printf("%nW1: %,d instances, %,d incidents; W2: %,d domains, %,d windows%n",
                w1.size(), w1.incidentCount(), w2.size(), w2.windowCount());
    }

    @Benchmark
    public FleetResult w1Incidents() {
        return cvm.evaluate(w1);
    }

    @Benchmark
    public FleetResult w2Windows() {
        return cdn.evaluate(w2);
    }
}
