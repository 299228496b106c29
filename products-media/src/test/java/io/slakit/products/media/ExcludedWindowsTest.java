package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.media.MediaFixtures.APRIL;
import static io.slakit.products.media.MediaFixtures.assertCredit;
import static io.slakit.products.media.MediaFixtures.evaluate;
import static io.slakit.products.media.MediaFixtures.fifth;
import static io.slakit.products.media.MediaFixtures.metric;
import static io.slakit.products.media.MediaFixtures.windowsBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window rules honour exclusions (issue 12.1): CSS 002:14340 "相应服务不可用时间不属于服务不可用的计算范畴",
 * 002:14243 "若出现下文免责条款声明的情况导致的请求异常，不计入失败请求". A window that overlaps excluded
 * time counts as one without failures.
 */
class ExcludedWindowsTest {
    private static final Duration FIVE = Duration.ofMinutes(5);
    private static final Duration ONE = Duration.ofMinutes(1);

    /** 100 five-minute windows at 50 %: 1 - 50 / 8,640 = 99.421296...% in April, the 5 % tier ([99, 99.9)). */
    @Test
    void cssFailuresInsideForceMajeureEarnNothing() {
        Instant start = fifth(APRIL);
        ResourceMonth.Builder failing = windowsBuilder(APRIL, FIVE, 100, 1000, 500);
        ResourceReport control = evaluate("css", Site.CN, APRIL, failing.build(), "basic");
        assertEquals(0, new BigDecimal("99.421296").compareTo(metric(control).availability().display(6)), metric(control).toString());
        assertCredit(control, "5");

        ResourceMonth excluded = windowsBuilder(APRIL, FIVE, 100, 1000, 500)
                .incident(Incident.excluded(start, start.plus(FIVE.multipliedBy(100)), "force-majeure")).build();
        ResourceReport r = evaluate("css", Site.CN, APRIL, excluded, "basic");
        MetricResult m = metric(r);
        assertTrue(m.met(), m.explanation());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(m.availability().display(6)));
        assertCredit(r, "0");
        assertEquals(0, new BigDecimal("500").compareTo(m.excludedMinutes().get("force-majeure")));
        assertTrue(m.explanation().contains("100 window(s) with failures overlap excluded time and count without failures (force-majeure: 100)"),
                m.explanation());
    }

    /**
     * 1.4 (002:14229-14237): abnormal requests from an abnormal push or origin, hotlinking or authentication not caused by
     * Tencent Cloud, use against the documentation, or the service's own upgrades are not failed requests, in both services.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "push-or-origin-abnormal, basic", "hotlink-or-auth-rejected, basic", "customer-ignored-docs, basic",
            "service-initiated-change, basic", "service-initiated-change, value-added", "push-or-origin-abnormal, value-added",
    })
    void cssFailedRequestCarveOutsCountNothing(String code, String edition) {
        Instant start = fifth(APRIL);
        assertCredit(evaluate("css", Site.CN, APRIL, windowsBuilder(APRIL, FIVE, 100, 1000, 500).build(), edition), "5");
        ResourceMonth excluded = windowsBuilder(APRIL, FIVE, 100, 1000, 500)
                .incident(Incident.excluded(start, start.plus(FIVE.multipliedBy(100)), code)).build();
        ResourceReport r = evaluate("css", Site.CN, APRIL, excluded, edition);
        assertTrue(metric(r).met(), metric(r).explanation());
        assertCredit(r, "0");
        assertEquals(0, new BigDecimal("500").compareTo(metric(r).excludedMinutes().get(code)));
    }

    /** A window only partly inside the excluded span overlaps it: its failures are not counted either. */
    @Test
    void cssWindowTouchingExcludedTimeCountsWithoutFailures() {
        Instant start = fifth(APRIL);
        // 100 failing windows; the exclusion covers 99 of them whole and one minute of the 100th.
        ResourceMonth partly = windowsBuilder(APRIL, FIVE, 100, 1000, 500)
                .incident(Incident.excluded(start, start.plus(FIVE.multipliedBy(99)).plus(ONE), "force-majeure")).build();
        assertTrue(metric(evaluate("css", Site.CN, APRIL, partly, "basic")).met());
        // Only 98 windows plus one minute covered: one window keeps its 0.5 rate, 1 - 0.5 / 8640 >= 99.9 %.
        ResourceMonth fewer = windowsBuilder(APRIL, FIVE, 100, 1000, 500)
                .incident(Incident.excluded(start, start.plus(FIVE.multipliedBy(98)).plus(ONE), "force-majeure")).build();
        MetricResult m = metric(evaluate("css", Site.CN, APRIL, fewer, "basic"));
        assertEquals(0, BigDecimal.ONE.subtract(new BigDecimal("0.5").divide(BigDecimal.valueOf(8640), java.math.MathContext.DECIMAL128))
                .multiply(BigDecimal.valueOf(100)).setScale(6, java.math.RoundingMode.HALF_EVEN).compareTo(m.availability().display(6)));
    }

    /** Online classroom's monthly ratio: 60 failed minutes inside a force-majeure hour no longer earn 60 %. */
    @Test
    void onlineClassroomFailuresInsideForceMajeureAreNotFailedRequests() {
        Instant start = fifth(APRIL);
        ResourceReport control = evaluate("online-classroom", Site.CN, APRIL, windowsBuilder(APRIL, ONE, 60, 100, 100).build());
        assertTrue(control.credit().amount().signum() > 0, control.toString());

        ResourceMonth excluded = windowsBuilder(APRIL, ONE, 60, 100, 100)
                .incident(Incident.excluded(start, start.plus(Duration.ofHours(1)), "force-majeure")).build();
        ResourceReport r = evaluate("online-classroom", Site.CN, APRIL, excluded);
        MetricResult m = metric(r);
        assertTrue(m.met(), m.explanation());
        assertCredit(r, "0");
        assertTrue(m.explanation().startsWith("0 of 6000 requests failed in the month (6000 failed request(s) not counted"), m.explanation());
    }
}
