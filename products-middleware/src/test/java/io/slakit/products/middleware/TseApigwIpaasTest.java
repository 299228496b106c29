package io.slakit.products.middleware;

import io.slakit.api.Attribution;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.slakit.products.middleware.MiddlewareFixtures.APRIL;
import static io.slakit.products.middleware.MiddlewareFixtures.MAY;
import static io.slakit.products.middleware.MiddlewareFixtures.assertCredit;
import static io.slakit.products.middleware.MiddlewareFixtures.assertMinutes;
import static io.slakit.products.middleware.MiddlewareFixtures.evaluate;
import static io.slakit.products.middleware.MiddlewareFixtures.fifth;
import static io.slakit.products.middleware.MiddlewareFixtures.metric;
import static io.slakit.products.middleware.MiddlewareFixtures.month;
import static io.slakit.products.middleware.MiddlewareFixtures.outage;
import static io.slakit.products.middleware.MiddlewareFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TSE's components and single-node instances, API Gateway's regions, iPaaS's two triggers and four tiers. */
class TseApigwIpaasTest {

    /** Every TSE component: 99.95 %, at most 1 minute ignored, rounded up; 21.6 (April) / 22.32 (May) allowed. */
    @ParameterizedTest(name = "{0} {1}: {2} s -> {3} min, {4}%")
    @CsvSource({
        "zookeeper, 2024-04, 60, 0, 0", "zookeeper, 2024-04, 61, 2, 0", "nacos, 2024-05, 60, 0, 0", "nacos, 2024-05, 61, 2, 0",
        "apollo, 2024-04, 1260, 21, 0", "apollo, 2024-04, 1261, 22, 10", "polarismesh, 2024-05, 1320, 22, 0",
        "polarismesh, 2024-05, 1321, 23, 10", "kong, 2024-04, 25920, 432, 10", "kong, 2024-04, 25921, 433, 25",
        "kong, 2024-05, 133920, 2232, 25", "kong, 2024-05, 133921, 2233, 100",
    })
    void tseComponents(String edition, String month, long seconds, String minutes, String percent) {
        ResourceReport r = evaluate("tse", Site.CN, month(month), outage(month(month), seconds), edition);
        assertMinutes(metric(r), minutes);
        assertCredit(r, percent);
    }

    @Test
    void tseSingleNodeInstancesHaveNoSla() {
        ResourceReport r = evaluate("tse", Site.CN, APRIL, outage(APRIL, 30 * 24 * 3600L), "single-node");
        assertTrue(r.metrics().isEmpty(), () -> "metrics " + r.metrics());
        assertEquals(0, BigDecimal.ZERO.compareTo(r.credit().amount()), () -> "credit " + r.credit());
        SlaDefinition d = MiddlewareFixtures.definition("tse", Site.CN, APRIL.atDay(1));
        EvaluationReport report = SlaEngine.standard().evaluate(d, EvaluationRequest.of("tse", Site.CN, APRIL,
                List.of(outage(APRIL, 3600))).withEdition("single-node"), List.of());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("no credit defined")), () -> "warnings " + report.warnings());
    }

    /** Two regions failing at once count once; failures in two regions at different times add up. */
    @Test
    void apigwRegionsMergeIntoTheServicesMinutes() {
        Instant t = fifth(APRIL);
        ResourceMonth overlapping = resource()
                .incident(new Incident(t, t.plus(Duration.ofMinutes(30)), "ap-guangzhou", Attribution.provider()))
                .incident(new Incident(t.plus(Duration.ofMinutes(10)), t.plus(Duration.ofMinutes(40)), "ap-shanghai", Attribution.provider()))
                .build();
        assertMinutes(metric(evaluate("apigw", Site.CN, APRIL, overlapping)), "40");
        ResourceMonth apart = resource()
                .incident(new Incident(t, t.plus(Duration.ofMinutes(30)), "ap-guangzhou", Attribution.provider()))
                .incident(new Incident(t.plus(Duration.ofHours(2)), t.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(30)),
                        "ap-shanghai", Attribution.provider()))
                .build();
        ResourceReport r = evaluate("apigw", Site.CN, APRIL, apart);
        // 60 minutes > 43.2 allowed at 99.9 %: [99, 99.9) -> 10 %.
        assertMinutes(metric(r), "60");
        assertCredit(r, "10");
    }

    /** 99.9 %: April allows 43.2, May 44.64; 59 s ignored, 1 minute counts, 1m01s counts 2. */
    @ParameterizedTest(name = "{0}: {1} s -> {2} min, {3}%")
    @CsvSource({
        "2024-04, 59, 0, 0", "2024-04, 60, 1, 0", "2024-04, 61, 2, 0", "2024-04, 2580, 43, 0", "2024-04, 2581, 44, 10",
        "2024-05, 2640, 44, 0", "2024-05, 2641, 45, 10", "2024-05, 26760, 446, 10", "2024-05, 26761, 447, 25",
        "2024-05, 133920, 2232, 25", "2024-05, 133921, 2233, 100",
    })
    void apigwThresholdAndBands(String month, long seconds, String minutes, String percent) {
        ResourceReport r = evaluate("apigw", Site.CN, month(month), outage(month(month), seconds));
        assertMinutes(metric(r), minutes);
        assertCredit(r, percent);
    }

    /** The console/API trigger and the flow-scheduling trigger overlap: the union counts once. */
    @Test
    void ipaasTriggersCountOnce() {
        Instant t = fifth(APRIL);
        ResourceMonth r = resource()
                .incident(new Incident(t, t.plus(Duration.ofMinutes(20)), "console-api", Attribution.provider()))
                .incident(new Incident(t.plus(Duration.ofMinutes(15)), t.plus(Duration.ofMinutes(50)), "flows", Attribution.provider()))
                .build();
        ResourceReport report = evaluate("ipaas", Site.CN, APRIL, r);
        // 50 minutes > 43.2: 99.884 % in [99.5, 99.9) -> 5 %.
        assertMinutes(metric(report), "50");
        assertCredit(report, "5");
    }

    /** Four tiers: 99.9 / 99.5 / 97 / 95 % are 43.2 / 216 / 1296 / 2160 minutes in April, 44.64 / 223.2 / 1339.2 / 2232 in May. */
    @ParameterizedTest(name = "{0}: {1} min -> {2}%")
    @CsvSource({
        "2024-04, 43, 0", "2024-04, 44, 5", "2024-04, 216, 5", "2024-04, 217, 10", "2024-04, 1296, 10", "2024-04, 1297, 20",
        "2024-04, 2160, 20", "2024-04, 2161, 50",
        "2024-05, 44, 0", "2024-05, 45, 5", "2024-05, 223, 5", "2024-05, 224, 10", "2024-05, 1339, 10", "2024-05, 1340, 20",
        "2024-05, 2232, 20", "2024-05, 2233, 50",
    })
    void ipaasBands(String month, long minutes, String percent) {
        ResourceReport r = evaluate("ipaas", Site.CN, month(month), outage(month(month), minutes * 60));
        assertMinutes(metric(r), Long.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void ipaasWorkedExampleIsExactlyNinetyNineNineEightEightFour() {
        // 1 - 5 / 43200 = 0.99988425...: the text prints 99.98%.
        MetricResult m = metric(evaluate("ipaas", Site.CN, APRIL, outage(APRIL, 300)));
        assertEquals(new BigDecimal("99.9884"), m.availability().percent(MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_EVEN));
        assertTrue(m.met());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"apigw", "ipaas"})
    void announcedMaintenanceIsExcluded(String product) {
        Instant t = fifth(MAY);
        ResourceMonth r = resource().incident(Incident.excluded(t, t.plus(Duration.ofHours(2)), "announced-maintenance")).build();
        ResourceReport report = evaluate(product, Site.CN, MAY, r);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
    }
}
