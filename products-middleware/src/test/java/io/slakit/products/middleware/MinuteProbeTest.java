package io.slakit.products.middleware;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static io.slakit.products.middleware.MiddlewareFixtures.assertCredit;
import static io.slakit.products.middleware.MiddlewareFixtures.assertMinutes;
import static io.slakit.products.middleware.MiddlewareFixtures.evaluate;
import static io.slakit.products.middleware.MiddlewareFixtures.fifth;
import static io.slakit.products.middleware.MiddlewareFixtures.metric;
import static io.slakit.products.middleware.MiddlewareFixtures.month;
import static io.slakit.products.middleware.MiddlewareFixtures.resource;
import static io.slakit.products.middleware.MiddlewareFixtures.windows;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * TDMQ CMQ (4081-4087), RabbitMQ (4702-4708), MQTT (4855-4861) and RocketMQ (4238-4244): a minute is down when every
 * call in it failed, and only runs of more than 5 such minutes count. One run of N failed minutes from the 5th, in a
 * 30-day (September 2025, 43,200 minutes) and a 31-day month (August 2025, 44,640 minutes).
 */
class MinuteProbeTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

    /**
     * 99.95 %: 21.6 (Sep) / 22.32 (Aug) allowed; 99 %: 432 / 446.4; 95 %: 2160 / 2232. Tiers [99, 99.95) 10,
     * [95, 99) 25, [0, 95) 100.
     */
    private static final List<Object[]> EDGES_9995 = List.of(
            new Object[] {"2025-09", 21, "0"}, new Object[] {"2025-09", 22, "10"},
            new Object[] {"2025-09", 432, "10"}, new Object[] {"2025-09", 433, "25"},
            new Object[] {"2025-09", 2160, "25"}, new Object[] {"2025-09", 2161, "100"},
            new Object[] {"2025-08", 22, "0"}, new Object[] {"2025-08", 23, "10"},
            new Object[] {"2025-08", 446, "10"}, new Object[] {"2025-08", 447, "25"},
            new Object[] {"2025-08", 2232, "25"}, new Object[] {"2025-08", 2233, "100"});

    static Stream<Arguments> edges9995() {
        return Stream.of(new String[] {"tdmq-cmq", null}, new String[] {"tdmq-rabbitmq", null}, new String[] {"tdmq-mqtt", null},
                        new String[] {"tdmq-rocketmq", "4x-virtual"}, new String[] {"tdmq-rocketmq", "5x-basic"},
                        new String[] {"tdmq-rocketmq", "5x-pro"})
                .flatMap(p -> EDGES_9995.stream().map(e -> Arguments.of(p[0], p[1], e[0], e[1], e[2])));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} failed minutes -> {4}%")
    @MethodSource("edges9995")
    void tierEdgesAt9995(String product, String edition, String month, int minutes, String percent) {
        YearMonth m = month(month);
        ResourceReport r = evaluate(product, Site.CN, m, windows(m, MINUTE, minutes, 10, 10), edition);
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    /**
     * 99.99 % (4.x general, 4.x exclusive, 5.x Platinum): 4.32 (Sep) / 4.464 (Aug) allowed. No run under 6 minutes counts,
     * so 5 minutes is met and 6 is the first count, at 10 %; the 99 and 95 edges are those of the 99.95 table.
     */
    @ParameterizedTest(name = "{0} {1}: {2} failed minutes -> {3} counted, {4}%")
    @CsvSource({
        "4x-general, 2025-09, 5, 0, 0", "4x-general, 2025-09, 6, 6, 10", "4x-general, 2025-08, 5, 0, 0", "4x-general, 2025-08, 6, 6, 10",
        "4x-exclusive, 2025-09, 6, 6, 10", "5x-platinum, 2025-08, 6, 6, 10",
        "4x-general, 2025-09, 432, 432, 10", "4x-general, 2025-09, 433, 433, 25", "4x-general, 2025-09, 2160, 2160, 25",
        "4x-general, 2025-09, 2161, 2161, 100",
        "5x-platinum, 2025-08, 446, 446, 10", "5x-platinum, 2025-08, 447, 447, 25", "5x-platinum, 2025-08, 2232, 2232, 25",
        "5x-platinum, 2025-08, 2233, 2233, 100",
    })
    void rocketMqAt9999(String edition, String month, int failed, String counted, String percent) {
        YearMonth m = month(month);
        ResourceReport r = evaluate("tdmq-rocketmq", Site.CN, m, windows(m, MINUTE, failed, 10, 10), edition);
        assertMinutes(metric(r), counted);
        assertCredit(r, percent);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdmq-cmq", "tdmq-rabbitmq", "tdmq-mqtt"})
    void runsOfFiveOrLessCountNothingAndOneSuccessBreaksAMinute(String product) {
        // Five runs of 5 failed minutes, each broken by a minute with one success: nothing counts.
        Instant start = fifth(SEPTEMBER);
        ResourceMonth.Builder b = resource();
        for (int i = 0; i < 30; i++) {
            b.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 10, i % 6 == 5 ? 9 : 10));
        }
        assertMinutes(metric(evaluate(product, Site.CN, SEPTEMBER, b.build())), "0");
        // 100 minutes with 9 of 10 calls failed: no minute is down.
        assertMinutes(metric(evaluate(product, Site.CN, SEPTEMBER, windows(SEPTEMBER, MINUTE, 100, 10, 9))), "0");
    }

    /** 30 failed minutes: without notice they count (10 %), announced in advance (4.2) they count nothing. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdmq-cmq", "tdmq-rabbitmq", "tdmq-mqtt"})
    void unannouncedMaintenanceCountsAnnouncedDoesNot(String product) {
        Instant start = fifth(SEPTEMBER);
        ResourceMonth unannounced = MiddlewareFixtures.windowsBuilder(SEPTEMBER, MINUTE, 30, 10, 10).build();
        ResourceMonth announced = MiddlewareFixtures.windowsBuilder(SEPTEMBER, MINUTE, 30, 10, 10)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(30)), "announced-maintenance")).build();
        assertCredit(evaluate(product, Site.CN, SEPTEMBER, unannounced), "10");
        assertMinutes(metric(evaluate(product, Site.CN, SEPTEMBER, announced)), "0");
        assertCredit(evaluate(product, Site.CN, SEPTEMBER, announced), "0");
    }

    @Test
    void rocketMqRoutineMaintenanceIsExcludedOtherMaintenanceCounts() {
        Instant start = fifth(SEPTEMBER);
        ResourceMonth other = MiddlewareFixtures.windowsBuilder(SEPTEMBER, MINUTE, 30, 10, 10).build();
        ResourceMonth routine = MiddlewareFixtures.windowsBuilder(SEPTEMBER, MINUTE, 30, 10, 10)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(30)), "routine-maintenance")).build();
        assertCredit(evaluate("tdmq-rocketmq", Site.CN, SEPTEMBER, other, "5x-pro"), "10");
        assertMinutes(metric(evaluate("tdmq-rocketmq", Site.CN, SEPTEMBER, routine, "5x-pro")), "0");
    }

    @Test
    void rocketMqNeedsItsEdition() {
        assertThrows(RuntimeException.class,
                () -> evaluate("tdmq-rocketmq", Site.CN, SEPTEMBER, windows(SEPTEMBER, MINUTE, 30, 10, 10)));
    }
}
