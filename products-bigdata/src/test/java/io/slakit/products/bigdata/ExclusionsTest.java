package io.slakit.products.bigdata;

import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.slakit.products.bigdata.BigdataFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every exclusion clause of the window products removes the time it covers: failing windows that would
 * earn the first tier (10 %) in September count nothing when an incident coded with the clause covers them.
 */
class ExclusionsTest {

    /** product, edition, window minutes, failing windows just past the September allowance (10 % without exclusion). */
    private record Case(String product, String edition, int windowMinutes, int failing) {
    }

    private static final List<Case> CASES = List.of(
            new Case("emr-serverless-hbase", null, 1, 44),
            new Case("es", "general", 1, 44),
            new Case("es", "ai-search-multi-az", 1, 22),
            new Case("tchouse-c", null, 1, 44),
            new Case("tchouse-p", null, 1, 22),
            new Case("tchouse-d", null, 1, 44),
            new Case("oceanus", null, 3, 15),
            new Case("dlc", null, 5, 44),
            new Case("wedata", null, 5, 5),
            new Case("bi", "advanced", 1, 44),
            new Case("bi", "professional", 1, 44),
            new Case("raydata-web", "basic", 1, 44),
            new Case("raydata-web", "advanced", 1, 44));

    @TestFactory
    Stream<DynamicTest> eachClauseRemovesTheTimeItCovers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            Duration window = Duration.ofMinutes(c.windowMinutes());
            tests.add(DynamicTest.dynamicTest(c.product() + " " + c.edition() + ": without exclusion 10%", () ->
                    assertCredit(evaluate(c.product(), Site.CN, SEPTEMBER, windows(SEPTEMBER, window, c.failing(), 10, 10), c.edition()), "10")));
            SlaDefinition d = definition(c.product(), Site.CN, SEPTEMBER.atDay(1));
            for (ExclusionClause clause : d.exclusions()) {
                tests.add(DynamicTest.dynamicTest(c.product() + " " + c.edition() + " " + clause.clause() + " " + clause.code(), () -> {
                    Instant start = fifth(SEPTEMBER);
                    ResourceMonth r = windowsBuilder(SEPTEMBER, window, c.failing(), 10, 10)
                            .incident(Incident.excluded(start, start.plus(window.multipliedBy(c.failing())), clause.code()))
                            .build();
                    ResourceReport report = evaluate(c.product(), Site.CN, SEPTEMBER, r, c.edition());
                    MetricResult m = metric(report);
                    assertMinutes(m, "0");
                    assertEquals(0, BigDecimal.valueOf((long) c.windowMinutes() * c.failing()).compareTo(m.excludedMinutes().get(clause.code())),
                            () -> m.excludedMinutes().toString());
                    assertCredit(report, "0");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aPartlyExcludedRunCountsOnlyItsOtherWindows() {
        // TCHouse-C: 50 failed minutes, the first 10 in announced maintenance (4.3): 40 counted -> 99.907% -> met.
        Instant start = fifth(SEPTEMBER);
        ResourceMonth r = windowsBuilder(SEPTEMBER, Duration.ofMinutes(1), 50, 10, 10)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(10)), "announced-maintenance"))
                .build();
        MetricResult m = metric(evaluate("tchouse-c", Site.CN, SEPTEMBER, r));
        assertMinutes(m, "40");
        assertTrue(m.met());
    }
}
