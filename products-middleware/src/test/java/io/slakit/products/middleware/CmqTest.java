package io.slakit.products.middleware;

import io.slakit.api.DurabilityCounts;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.middleware.MiddlewareFixtures.APRIL;
import static io.slakit.products.middleware.MiddlewareFixtures.MAY;
import static io.slakit.products.middleware.MiddlewareFixtures.assertMinutes;
import static io.slakit.products.middleware.MiddlewareFixtures.evaluate;
import static io.slakit.products.middleware.MiddlewareFixtures.fifth;
import static io.slakit.products.middleware.MiddlewareFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legacy CMQ (002:4433): voucher = queue daily fee / 24 / 60 x fault minutes x 100 (4513), capped at the CMQ fee; a
 * queue with a daily fee of 14.40 earns 1.00 a fault minute; the CMQ fee is 1000.00.
 */
class CmqTest {
    private static final Money CMQ_FEE = Money.of("1000.00", "CNY");

    private static ResourceMonth queue(YearMonth month, long seconds) {
        Instant start = fifth(month);
        return ResourceMonth.builder("queue-1", CMQ_FEE)
                .otherFee(Cmq.QUEUE_DAILY_FEE, Money.of("14.40", "CNY"))
                .incident(Incident.of(start, start.plusSeconds(seconds)))
                .build();
    }

    private static void assertAmount(String expected, Money actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.amount()), () -> "credit " + actual + ", expected " + expected);
    }

    /** 1m01s -> 2 min -> 2.00 (4509); 30 s -> 1 min (4507); the 5-minute threshold of 2.1.6 does not apply to the voucher. */
    @ParameterizedTest(name = "{0}: {1} s -> {2} fault minutes -> {3}")
    @CsvSource({
        "2024-04, 30, 1, 1.00", "2024-04, 61, 2, 2.00", "2024-04, 300, 5, 5.00", "2024-05, 301, 6, 6.00",
        // 999 minutes -> 999.00; 1000 -> 1000.00; 1001 -> capped at the CMQ fee 1000.00.
        "2024-04, 59940, 999, 999.00", "2024-05, 60000, 1000, 1000.00", "2024-05, 60060, 1001, 1000.00",
    })
    void hundredfoldVoucher(String month, long seconds, String minutes, String credit) {
        ResourceReport r = evaluate("cmq", Site.CN, month(month), queue(month(month), seconds));
        assertMinutes(r.metric("fault-compensation").orElseThrow(), minutes);
        assertAmount(credit, r.credit());
    }

    @Test
    void aVoucherIsOwedEvenWhenTheMonthMeetsTheCommitment() {
        // 10 fault minutes: the availability (10 > 5 minutes counted) is 1 - 10 / 43200 = 99.977 %, above 99.95 %.
        ResourceReport r = evaluate("cmq", Site.CN, APRIL, queue(APRIL, 600));
        assertTrue(r.metric("availability").orElseThrow().met());
        assertAmount("10.00", r.credit());
    }

    /** A whole month counts 43,200 minutes: 22 minutes miss 99.95 % in May too (21.6 allowed), which 44,640 would not. */
    @Test
    void aWholeMonthCountsThirtyDays() {
        MetricResult may = evaluate("cmq", Site.CN, MAY, queue(MAY, 22 * 60)).metric("availability").orElseThrow();
        assertEquals(0, new BigDecimal("43200").compareTo(may.totalMinutes()));
        assertMinutes(may, "22");
        assertFalse(may.met());
        MetricResult april = evaluate("cmq", Site.CN, APRIL, queue(APRIL, 21 * 60)).metric("availability").orElseThrow();
        assertTrue(april.met());
    }

    @Test
    void availabilityIgnoresFailuresOfFiveMinutesOrLess() {
        assertMinutes(evaluate("cmq", Site.CN, APRIL, queue(APRIL, 300)).metric("availability").orElseThrow(), "0");
        assertMinutes(evaluate("cmq", Site.CN, APRIL, queue(APRIL, 301)).metric("availability").orElseThrow(), "6");
    }

    @Test
    void prepaidQueuesGetNoVoucher() {
        Instant start = fifth(APRIL);
        ResourceMonth prepaid = ResourceMonth.builder("queue-1", CMQ_FEE)
                .incident(Incident.of(start, start.plus(Duration.ofHours(5)))).build();
        ResourceReport r = evaluate("cmq", Site.CN, APRIL, prepaid, "prepaid");
        assertTrue(r.metric("fault-compensation").isEmpty());
        assertAmount("0.00", r.credit());
        assertMinutes(r.metric("availability").orElseThrow(), "300");
    }

    @Test
    void durabilityIsStatedWithoutCredit() {
        Instant start = fifth(APRIL);
        ResourceMonth r = ResourceMonth.builder("queue-1", CMQ_FEE)
                .otherFee(Cmq.QUEUE_DAILY_FEE, Money.of("14.40", "CNY"))
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(1))))
                .durability(DurabilityCounts.of(1_000_000, 10)).build();
        ResourceReport report = evaluate("cmq", Site.CN, APRIL, r);
        MetricResult durability = report.metric("durability").orElseThrow();
        assertFalse(durability.met());
        assertEquals(0, BigDecimal.ZERO.compareTo(durability.credit().amount()));
        // Only the minute of fault earns: 1.00.
        assertAmount("1.00", report.credit());
    }
}
