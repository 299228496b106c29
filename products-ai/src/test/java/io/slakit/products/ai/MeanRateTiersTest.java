package io.slakit.products.ai;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static io.slakit.products.ai.AiFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The texts measured by the mean of 5-minute error rates: availability = 1 - sum of rates / windows,
 * September 2025 has 8,640 windows (30 days), October 8,928 (31 days). Each row gives the sum of the
 * month's rates (whole windows wholly failed plus one window's thousandths) and the credit it earns.
 */
class MeanRateTiersTest {
    /**
     * 99.9 / 95 / 90 -> 10 / 25 / 100 (IAI 25973, FaceFusion 26231, FT 27100, FMU 31080, image creation 27262).
     * September: 8.64 | 432 | 864; October: 8.928 | 446.4 | 892.8.
     */
    static final List<Object[]> FACE = List.of(
            row("2025-09", "8.640", "0"), row("2025-09", "8.641", "10"), row("2025-09", "432", "10"), row("2025-09", "432.001", "25"),
            row("2025-09", "864", "25"), row("2025-09", "864.001", "100"),
            row("2025-10", "8.928", "0"), row("2025-10", "8.929", "10"), row("2025-10", "446.4", "10"), row("2025-10", "446.401", "25"),
            row("2025-10", "892.8", "25"), row("2025-10", "892.801", "100"));

    /** OCR 99.5 / 99.0 / 95.0 -> 10 / 25 / 100 (27472). September: 43.2 | 86.4 | 432; October: 44.64 | 89.28 | 446.4. */
    static final List<Object[]> OCR = List.of(
            row("2025-09", "43.2", "0"), row("2025-09", "43.201", "10"), row("2025-09", "86.4", "10"), row("2025-09", "86.401", "25"),
            row("2025-09", "432", "25"), row("2025-09", "432.001", "100"),
            row("2025-10", "44.64", "0"), row("2025-10", "44.641", "10"), row("2025-10", "89.28", "10"), row("2025-10", "89.281", "25"),
            row("2025-10", "446.4", "25"), row("2025-10", "446.401", "100"));

    /** The two creation engines 99.5 / 99.0 / 95.0 -> 10 / 25 / 50 (32885, 33757). Same edges as OCR. */
    static final List<Object[]> ENGINES = List.of(
            row("2025-09", "43.2", "0"), row("2025-09", "43.201", "10"), row("2025-09", "86.4", "10"), row("2025-09", "86.401", "25"),
            row("2025-09", "432", "25"), row("2025-09", "432.001", "50"),
            row("2025-10", "44.64", "0"), row("2025-10", "44.641", "10"), row("2025-10", "89.28", "10"), row("2025-10", "89.281", "25"),
            row("2025-10", "446.4", "25"), row("2025-10", "446.401", "50"));

    /** IVH 99 / 97 / 95 -> 5 / 10 / 20 (34461). September: 86.4 | 259.2 | 432; October: 89.28 | 267.84 | 446.4. */
    static final List<Object[]> IVH = List.of(
            row("2025-09", "86.4", "0"), row("2025-09", "86.401", "5"), row("2025-09", "259.2", "5"), row("2025-09", "259.201", "10"),
            row("2025-09", "432", "10"), row("2025-09", "432.001", "20"),
            row("2025-10", "89.28", "0"), row("2025-10", "89.281", "5"), row("2025-10", "267.84", "5"), row("2025-10", "267.841", "10"),
            row("2025-10", "446.4", "10"), row("2025-10", "446.401", "20"));

    static Object[] row(String month, String sum, String percent) {
        return new Object[] {month, sum, percent};
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                table(FACE, "iai", "facefusion", "ft", "fmu", "image-creation", "image-understanding", "image-processing", "faceid"),
                table(OCR, "ocr"),
                table(ENGINES, "image-creation-engine", "video-creation-engine", "homework-correction"),
                table(IVH, "ivh")).flatMap(s -> s);
    }

    static Stream<Arguments> table(List<Object[]> rows, String... products) {
        return Stream.of(products).flatMap(p -> rows.stream().map(r -> Arguments.of(p, r[0], r[1], r[2])));
    }

    @ParameterizedTest(name = "{0} {1}: rates sum {2} -> {3}%")
    @MethodSource("cases")
    void tierEdges(String product, String month, String sum, String percent) {
        ResourceReport r = evaluate(product, Site.CN, month(month), rateSum(month(month), sum).build());
        assertCredit(r, percent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("products")
    void windowsWithoutRequestsStillCount(String product) {
        // 9 windows wholly failed, the other 8,631 of September empty: 1 - 9/8640 = 99.8958% -> 10% (face) / met (OCR).
        ResourceReport r = evaluate(product, Site.CN, month("2025-09"), rateSum(month("2025-09"), "9").build());
        // (IVH: 99.8958% is above its 99% commitment.)
        assertCredit(r, List.of("ocr", "image-creation-engine", "video-creation-engine", "homework-correction", "ivh").contains(product) ? "0" : "10");
        assertEquals(0, new BigDecimal("99.8958").compareTo(metric(r).availability().percent(java.math.MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.DOWN)),
                metric(r).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clauses")
    void anIncidentCodedWithAClauseIsReportedAgainstIt(String product, String code) {
        Instant start = fifth(month("2025-09"));
        ResourceReport r = evaluate(product, Site.CN, month("2025-09"),
                resource().incident(Incident.excluded(start, start.plusSeconds(600), code)).build());
        MetricResult m = metric(r);
        assertEquals(0, BigDecimal.TEN.compareTo(m.excludedMinutes().get(code)), m.excludedMinutes().toString());
        assertTrue(m.met());
    }

    static Stream<String> products() {
        return Stream.of("iai", "facefusion", "ft", "fmu", "image-creation", "ocr", "image-creation-engine", "video-creation-engine",
                "image-understanding", "image-processing", "faceid", "ivh", "homework-correction");
    }

    static Stream<Arguments> clauses() {
        return Stream.of(Arguments.of("iai", "service-initiated-upgrade"), Arguments.of("facefusion", "announced-maintenance"),
                Arguments.of("ft", "dependency-failure"), Arguments.of("fmu", "customer-app-attacked"),
                Arguments.of("image-creation", "trial-or-free-use"), Arguments.of("ocr", "over-capacity"),
                Arguments.of("image-creation-engine", "qps-over-limit"), Arguments.of("video-creation-engine", "trial-or-free-use"),
                Arguments.of("image-understanding", "telecom-or-regulator"), Arguments.of("image-processing", "customer-data-attacked"),
                Arguments.of("faceid", "customer-third-party-or-force-majeure"), Arguments.of("ivh", "domain-banned"),
                Arguments.of("homework-correction", "non-payment-suspension"));
    }
}
