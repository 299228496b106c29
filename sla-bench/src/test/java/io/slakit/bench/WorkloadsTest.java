package io.slakit.bench;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.fleet.FleetPlan;
import io.slakit.core.fleet.FleetResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadsTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        WorkloadFiles.w1Csv(dir.resolve("a"), 2_000, 1);
        WorkloadFiles.w1Csv(dir.resolve("b"), 2_000, 1);
        WorkloadFiles.w1Csv(dir.resolve("c"), 2_000, 9);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/incidents.csv")), Files.readAllBytes(dir.resolve("b/incidents.csv")));
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a/incidents.csv")), Files.readAllBytes(dir.resolve("c/incidents.csv"))));
    }

    @Test
    void w1HasTheShapeTheIssueAsksFor() {
        long instances = 40_000;
        List<long[]> incidents = new ArrayList<>();
        long[] counts = new long[3]; // overlapping the previous, excluded, over an hour
        long[] previous = {Long.MIN_VALUE, Long.MIN_VALUE};
        Workloads.w1(instances, 1, new Workloads.IncidentSink() {
            @Override
            public void resource(String id, long feeFen) {
                assertTrue(feeFen >= 1_000 && feeFen <= 500_000, "fee " + feeFen);
                previous[0] = previous[1] = Long.MIN_VALUE;
            }

            @Override
            public void incident(long start, long end, String exclusion) {
                assertTrue(start >= Workloads.MONTH_START && start < Workloads.MONTH_START + Workloads.MONTH_SECONDS);
                assertTrue(start >= previous[0], "an instance's incidents come by start time");
                counts[0] += start < previous[1] ? 1 : 0;
                counts[1] += exclusion == null ? 0 : 1;
                counts[2] += end - start > 3600 ? 1 : 0;
                incidents.add(new long[] {start, end});
                previous[0] = start;
                previous[1] = Math.max(previous[1], end);
            }
        });
        double perInstance = incidents.size() / (double) instances;
        assertEquals(5.0, perInstance, 0.05);
        // 5 % start inside the previous incident (a few more overlap by chance), 2 % excluded, a heavy tail into hours.
        assertEquals(0.05, counts[0] / (double) incidents.size(), 0.02);
        assertEquals(0.02, counts[1] / (double) incidents.size(), 0.003);
        assertTrue(counts[2] > 0 && incidents.stream().mapToLong(i -> i[1] - i[0]).min().orElseThrow() < 60);
    }

    @Test
    void w1ThroughTheFleetPathMatchesTheEngineWithTheRealCvmDefinition() {
        SlaDefinition cvm = Fleets.definition("cvm");
        FleetResult fleet = Fleets.plan("cvm").evaluate(Fleets.w1(3_000, 5));
        List<ResourceMonth> resources = Fleets.w1Records(3_000, 5);
        EvaluationReport engine = SlaEngine.standard().evaluate(cvm, EvaluationRequest.of("cvm", Site.CN, Workloads.MONTH, resources), List.of());
        assertSame(engine, fleet, "single-instance");
        assertTrue(fleet.breached() > 100, "the workload breaches: " + fleet.breached());
    }

    @Test
    void w2ThroughTheFleetPathMatchesTheEngineWithTheRealCdnDefinition() {
        SlaDefinition cdn = Fleets.definition("cdn");
        FleetPlan plan = Fleets.plan("cdn");
        FleetResult fleet = plan.evaluate(Fleets.w2(plan, 30, 6));
        List<ResourceMonth> resources = Fleets.w2Records(30, 6);
        EvaluationReport engine = SlaEngine.standard().evaluate(cdn, EvaluationRequest.of("cdn", Site.CN, Workloads.MONTH, resources), List.of());
        assertSame(engine, fleet, "availability");
        assertEquals(30 * 8_928L, (long) resources.stream().mapToInt(r -> r.windows().size()).sum());
    }

    private static void assertSame(EvaluationReport expected, FleetResult actual, String metric) {
        assertEquals(expected.resources().size(), actual.size());
        for (int r = 0; r < actual.size(); r++) {
            ResourceReport report = expected.resources().get(r);
            MetricResult result = report.metrics().stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
            assertEquals(0, result.unavailableMinutes().orElseThrow().compareTo(BigDecimal.valueOf(actual.unavailableMinutes(r))), report.id());
            assertEquals(result.availability(), actual.availability(r), report.id());
            assertEquals(result.tier(), actual.tier(r), report.id());
            assertEquals(report.credit(), actual.credit(r), report.id());
        }
        assertEquals(expected.totalCredit(), actual.totalCredit());
    }
}
