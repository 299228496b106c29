package io.slakit.products.middleware;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.middleware.MiddlewareFixtures.assertCredit;
import static io.slakit.products.middleware.MiddlewareFixtures.assertMinutes;
import static io.slakit.products.middleware.MiddlewareFixtures.evaluate;
import static io.slakit.products.middleware.MiddlewareFixtures.fifth;
import static io.slakit.products.middleware.MiddlewareFixtures.metric;
import static io.slakit.products.middleware.MiddlewareFixtures.month;
import static io.slakit.products.middleware.MiddlewareFixtures.outage;
import static io.slakit.products.middleware.MiddlewareFixtures.resource;

/**
 * TDMQ (3940-3942), CKafka (4545-4551) and EB (41886-41888): outages of 5 minutes or less are ignored, longer ones
 * rounded up; 99.95 % with 10 / 25 / 100 %. The testkit runs the whole-minute tier edges; here the threshold, the
 * rounding and the maintenance reading, in a 30-day and a 31-day month.
 */
class OverFiveMinutesTest {

    @ParameterizedTest(name = "{0} {1}: {2} s -> {3} min, {4}%")
    @CsvSource({
        "tdmq, 2024-04, 300, 0, 0", "tdmq, 2024-04, 301, 6, 0", "tdmq, 2024-05, 300, 0, 0", "tdmq, 2024-05, 301, 6, 0",
        "ckafka, 2024-04, 300, 0, 0", "ckafka, 2024-04, 301, 6, 0", "ckafka, 2024-05, 300, 0, 0", "ckafka, 2024-05, 301, 6, 0",
        "eb, 2024-04, 300, 0, 0", "eb, 2024-04, 301, 6, 0", "eb, 2024-05, 300, 0, 0", "eb, 2024-05, 301, 6, 0",
        // 99.95 %: April allows 21.6 minutes, May 22.32. 21m01s counts 22 > 21.6; in May 22 <= 22.32 is met, 22m01s -> 23 is not.
        "tdmq, 2024-04, 1261, 22, 10", "tdmq, 2024-05, 1261, 22, 0", "tdmq, 2024-05, 1321, 23, 10",
        "ckafka, 2024-04, 1261, 22, 10", "ckafka, 2024-05, 1321, 23, 10",
        "eb, 2024-04, 1261, 22, 10", "eb, 2024-05, 1321, 23, 10",
        // 99 %: April 432, May 446.4; 95 %: April 2160, May 2232.
        "tdmq, 2024-04, 25920, 432, 10", "tdmq, 2024-04, 25921, 433, 25", "tdmq, 2024-05, 26761, 447, 25",
        "tdmq, 2024-04, 129600, 2160, 25", "tdmq, 2024-04, 129601, 2161, 100", "tdmq, 2024-05, 133920, 2232, 25",
        "tdmq, 2024-05, 133921, 2233, 100",
    })
    void thresholdRoundingAndBands(String product, String month, long seconds, String minutes, String percent) {
        YearMonth m = month(month);
        ResourceReport r = evaluate(product, Site.CN, m, outage(m, seconds));
        assertMinutes(metric(r), minutes);
        assertCredit(r, percent);
    }

    /**
     * "包括维护时间" with 4.2 / 4.4 / 4.1 excluding announced maintenance: 30 minutes of maintenance without notice count, the
     * same 30 minutes announced count nothing.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdmq", "ckafka", "eb"})
    void unannouncedMaintenanceCountsAnnouncedDoesNot(String product) {
        Instant start = fifth(month("2024-04"));
        Instant end = start.plus(Duration.ofMinutes(30));
        ResourceMonth unannounced = resource().incident(Incident.of(start, end)).build();
        ResourceMonth announced = resource().incident(Incident.excluded(start, end, "announced-maintenance")).build();
        assertMinutes(metric(evaluate(product, Site.CN, month("2024-04"), unannounced)), "30");
        assertCredit(evaluate(product, Site.CN, month("2024-04"), unannounced), "10");
        assertMinutes(metric(evaluate(product, Site.CN, month("2024-04"), announced)), "0");
        assertCredit(evaluate(product, Site.CN, month("2024-04"), announced), "0");
    }
}
