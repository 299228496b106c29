package io.slakit.core.engine;

import io.slakit.api.CombinationRule;
import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.DeliveryCounts;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.UsageCredit;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMS-shaped (002:44070): a monthly delivery ratio of at least 95 %, the credit paid as messages at a
 * list price. The tier table is the test's own (the seed's table did not survive extraction); the
 * price 0.045 CNY a message and whole messages rounded down are the test's choice too.
 */
class UsageCreditsTest {
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final SlaDefinition SMS = Sla.define("sms", Site.CN, Family.COMMUNICATION)
            .names("短信", "SMS (test)")
            .source(Seeds.CN, 44070, "腾讯云短信服务等级协议")
            .updated("2024-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("delivery", "服务可用性")
                    .measuredBy(Rules.deliveryRatio())
                    .commitment("95", 44110)
                    .credit(Credits.convertedToUnits(Credits.tiered(tier("[90, 95)", "10"), tier("[0, 90)", "25")),
                            CreditUnit.MESSAGES, "0.045", 0, RoundingMode.DOWN), 44140))
            .creditForm(CreditForm.FREE_USAGE)
            .claim(5, 60, 44150)
            .build();
    /** A money metric beside a service-days metric: the two are never added. */
    static final SlaDefinition MIXED = Sla.define("mixed", Site.CN, Family.SAAS)
            .names("混合", "Mixed (test)")
            .source(Seeds.CN, 1, "混合服务等级协议")
            .updated("2024-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("uptime", "服务可用性")
                    .measuredBy(Rules.incidentMinutes())
                    .commitment("99.9", 2)
                    .tiers(3, tier("[99, 99.9)", "10"), tier("[0, 99)", "25")))
            .metric(metric("days", "服务时长补偿")
                    .measuredBy(Rules.incidentMinutes())
                    .commitment("99.9", 4)
                    .credit(Credits.unitsByAvailability(CreditUnit.SERVICE_DAYS, tier("[99, 99.9)", "3"), tier("[0, 99)", "7")), 5))
            .combination(CombinationRule.SUM)
            .build();

    private static EvaluationReport evaluate(SlaDefinition d, ResourceMonth... r) {
        return SlaEngine.standard().evaluate(d, EvaluationRequest.of(d.product().value(), Site.CN, APRIL, List.of(r)), List.of());
    }

    private static ResourceMonth sms(String id, long sent, long delivered) {
        return ResourceMonth.builder(id, Money.of("1000.00", "CNY")).deliveries(DeliveryCounts.of(sent, delivered)).build();
    }

    @ParameterizedTest(name = "{1} of {0} delivered -> {2} messages")
    @CsvSource({
            // 94 %: 10 % of 1000 = 100 CNY / 0.045 = 2222.2 -> 2222 whole messages
            "10000, 9400, 2222",
            // exactly 95 % meets the commitment
            "10000, 9500, 0",
            // 80 %: 250 CNY / 0.045 = 5555.5 -> 5555
            "10000, 8000, 5555",
            // nothing sent: 100 %
            "0, 0, 0"})
    void aDeliveryRatioPaysInMessages(long sent, long delivered, String messages) {
        EvaluationReport report = evaluate(SMS, sms("app-1", sent, delivered));
        ResourceReport r = report.resources().get(0);
        assertEquals(List.of(new UsageCredit(CreditUnit.MESSAGES, new BigDecimal(messages))), r.usageCredits());
        assertEquals(Money.of("0.00", "CNY"), r.credit(), "no money is owed");
        assertEquals(Money.of("0.00", "CNY"), report.totalCredit());
        assertEquals(0, new BigDecimal(messages).compareTo(report.totalUsageCredits().get(0).amount()));
    }

    @Test
    void totalsAddMessagesToMessagesOnly() {
        EvaluationReport report = evaluate(SMS, sms("a", 10000, 9400), sms("b", 10000, 8000));
        assertEquals(List.of(new UsageCredit(CreditUnit.MESSAGES, new BigDecimal("7777"))), report.totalUsageCredits());
        assertEquals(Money.of("0.00", "CNY"), report.totalCredit());
    }

    @Test
    void moneyAndServiceDaysStayApart() {
        Instant start = APRIL.atDay(2).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        // 60 minutes down of 43,200: 99.861 % -> 10 % of 500 = 50.00, and 3 service days
        ResourceMonth r = ResourceMonth.builder("x", Money.of("500.00", "CNY"))
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(60)))).build();
        EvaluationReport report = evaluate(MIXED, r);
        assertEquals(Money.of("50.00", "CNY"), report.totalCredit());
        assertEquals(List.of(new UsageCredit(CreditUnit.SERVICE_DAYS, new BigDecimal("3"))), report.totalUsageCredits());
        assertEquals(Optional.of(new UsageCredit(CreditUnit.SERVICE_DAYS, new BigDecimal("3"))),
                report.resources().get(0).metric("days").orElseThrow().usageCredit());
        // 10 % of the fee is 10 % whatever the service days
        assertEquals(0, new BigDecimal("10").compareTo(report.resources().get(0).creditPercent().orElseThrow()));
    }

    @Test
    void moneyOnlyProductsCarryNoUnits() {
        EvaluationReport report = evaluate(TestSlas.cvmLike(), ResourceMonth.builder("i", Money.of("1.00", "CNY")).build());
        assertEquals(List.of(), report.totalUsageCredits());
        assertEquals(List.of(), report.resources().get(0).usageCredits());
    }

    @Test
    void badDeliveryCountsAndMisplacedOnesAreNamed() {
        InvalidInputException above = assertThrows(InvalidInputException.class, () -> DeliveryCounts.of(10, 11));
        assertEquals("delivered", above.field());
        InvalidInputException elsewhere = assertThrows(InvalidInputException.class,
                () -> evaluate(TestSlas.cvmLike(), ResourceMonth.builder("i", Money.of("1.00", "CNY")).deliveries(DeliveryCounts.of(1, 1)).build()));
        assertEquals("resources[0].deliveries", elsewhere.field());
        // a resource without counts is not evaluated rather than guessed
        ResourceReport none = evaluate(SMS, ResourceMonth.builder("n", Money.of("1.00", "CNY")).build()).resources().get(0);
        assertEquals(List.of(), none.metrics());
        assertTrue(none.notes().get(0).contains("no delivery counts"), none.notes().toString());
    }

    @Test
    void describesTheConversionInWords() {
        assertEquals("Credit by availability: at least 90% and below 95% -> 10%; below 90% -> 25% of the credit basis. Paid as SMS messages "
                + "at 0.045 per unit (the amount capped at the basis), rounded down to whole units.",
                SMS.editions().get(0).metrics().get(0).credit().describe());
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 23, 4096})
    void fewerDeliveriesNeverEarnFewerMessages(long seed) {
        Random random = new Random(seed);
        int rises = 0;
        for (int round = 0; round < 100; round++) {
            long sent = 1 + random.nextInt(1_000_000);
            long delivered = random.nextLong(sent + 1);
            long fewer = random.nextLong(delivered + 1);
            BigDecimal more = evaluate(SMS, sms("a", sent, delivered)).totalUsageCredits().get(0).amount();
            BigDecimal less = evaluate(SMS, sms("a", sent, fewer)).totalUsageCredits().get(0).amount();
            assertTrue(less.compareTo(more) >= 0, sent + " " + delivered + " " + fewer);
            // never more than the fee's worth of messages: 1000 / 0.045 = 22222.2
            assertTrue(less.compareTo(new BigDecimal("22222")) <= 0, less.toPlainString());
            rises += less.compareTo(more) > 0 ? 1 : 0;
        }
        // the control: fewer deliveries do earn strictly more in some rounds, so a rule paying the same whatever the ratio would not pass
        assertTrue(rises > 0, "no round crossed a tier: the property was not exercised");
    }
}
