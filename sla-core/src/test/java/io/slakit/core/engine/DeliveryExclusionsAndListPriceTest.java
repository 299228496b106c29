package io.slakit.core.engine;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.DeliveryCounts;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.UsageCredit;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.json.MonthFileReader;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures attributed to exclusion clauses in a delivery ratio, and credits converted at the list
 * price the month gives. SMS-shaped (95 %, [90, 95) 10 %, [0, 90) 30 %), every value by hand.
 */
class DeliveryExclusionsAndListPriceTest {
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final SlaDefinition SMS = Sla.define("sms", Site.CN, Family.COMMUNICATION)
            .names("短信", "SMS (test)")
            .source(Seeds.CN, 44070, "腾讯云短信服务等级协议")
            .updated("2022-04-01T10:16:49")
            .effectiveFromUpdatedDate()
            .metric(metric("delivery", "服务可用性")
                    .measuredBy(Rules.deliveryRatio())
                    .commitment("95", 44113)
                    .credit(Credits.convertedToUnitsAtListPrice(Credits.tiered(tier("[90, 95)", "10"), tier("[0, 90)", "30")),
                            CreditUnit.MESSAGES, 0, RoundingMode.DOWN), 44216))
            .creditForm(CreditForm.FREE_USAGE)
            .claim(5, 60, 44150)
            .exclusion("4.15", Clauses.FORCE_MAJEURE, 44194)
            .build();

    private static EvaluationReport evaluate(ResourceMonth... r) {
        return SlaEngine.standard().evaluate(SMS, EvaluationRequest.of("sms", Site.CN, APRIL, List.of(r)), List.of());
    }

    private static ResourceMonth sms(DeliveryCounts counts) {
        return ResourceMonth.builder("app", Money.of("1000.00", "CNY")).deliveries(counts).build();
    }

    @ParameterizedTest(name = "{1} delivered, {2} excluded, price {3} -> {4} messages")
    @CsvSource({
            // 9400 of 10000 = 94 %: 10 % of 1000 = 100 CNY / 0.045 = 2222.2 -> 2222
            "10000, 9400, 0, 0.045, 94, 2222",
            // 300 excluded count as delivered: 9700 / 10000 = 97 % meets 95
            "10000, 9400, 300, 0.045, 97, 0",
            // 8500 delivered, 100 excluded: 8600 / 10000 = 86 % -> 30 % = 300 CNY / 0.04 = 7500
            "10000, 8500, 100, 0.04, 86, 7500",
            // 8900 + 50 = 8950 -> 89.5 % -> 30 %: 300 / 0.045 = 6666.6 -> 6666 (rounded down)
            "10000, 8900, 50, 0.045, 89.5, 6666"})
    void excludedFailuresCountAsDeliveredAndTheCreditIsConvertedAtTheGivenPrice(long sent, long delivered, long excluded, String price,
                                                                                 String availability, String messages) {
        DeliveryCounts counts = DeliveryCounts.of(sent, delivered).withUnitPrice(price);
        if (excluded > 0) {
            counts = counts.excluding("force-majeure", excluded);
        }
        EvaluationReport report = evaluate(sms(counts));
        MetricResult m = report.resources().get(0).metrics().get(0);
        assertEquals(0, new BigDecimal(availability).compareTo(m.availability().percent(java.math.MathContext.DECIMAL64)), m.explanation());
        assertEquals(List.of(new UsageCredit(CreditUnit.MESSAGES, new BigDecimal(messages))), report.resources().get(0).usageCredits());
        assertEquals(Money.of("0.00", "CNY"), report.totalCredit());
        if (excluded > 0) {
            assertTrue(m.excludedMinutes().containsKey("force-majeure"), "the report names the clause");
            assertTrue(m.explanation().contains(excluded + " by force-majeure"), m.explanation());
        }
    }

    @Test
    void aClauseTheTextDoesNotHaveIsRejectedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate(sms(DeliveryCounts.of(10000, 9400).excluding("customer-fault", 10))));
        assertEquals("deliveries.excluded.customer-fault", e.field().replaceFirst("^resources\\[0]\\.", ""), e.getMessage());
    }

    @Test
    void moreExcludedThanUndeliveredIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DeliveryCounts.of(10000, 9400).excluding("force-majeure", 601));
        assertEquals("excluded", e.field());
        // exactly the undelivered messages is allowed: 100 %
        EvaluationReport all = evaluate(sms(DeliveryCounts.of(10000, 9400).excluding("force-majeure", 600)));
        assertEquals(0, new BigDecimal("100").compareTo(all.resources().get(0).metrics().get(0).availability().percent(java.math.MathContext.DECIMAL64)));
    }

    @Test
    void aCreditToConvertWithoutAPriceIsATypedError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(sms(DeliveryCounts.of(10000, 9400))));
        assertTrue(e.field().endsWith("deliveries.unitPrice"), e.field());
        // a month that meets the commitment converts nothing and needs no price
        EvaluationReport met = evaluate(sms(DeliveryCounts.of(10000, 9500)));
        assertEquals(List.of(new UsageCredit(CreditUnit.MESSAGES, BigDecimal.ZERO)), met.resources().get(0).usageCredits());
    }

    @Test
    void theLiteralPriceFormIsUnchanged() {
        // UsageCreditsTest's SMS states its price: a price in the input is not needed there
        EvaluationReport report = SlaEngine.standard().evaluate(UsageCreditsTest.SMS, EvaluationRequest.of("sms", Site.CN, APRIL,
                List.of(sms(DeliveryCounts.of(10000, 9400)))), List.of());
        assertEquals(List.of(new UsageCredit(CreditUnit.MESSAGES, new BigDecimal("2222"))), report.resources().get(0).usageCredits());
    }

    @Test
    void theMonthFileCarriesExcludedMessagesAndThePrice() {
        String text = """
                {"product": "sms", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
                  {"id": "app", "fee": "1000.00",
                   "deliveries": {"sent": 10000, "delivered": 9400, "excluded": {"force-majeure": 300}, "unitPrice": "0.045"}}]}
                """;
        DeliveryCounts counts = MonthFileReader.read(MonthFileReader.parse(text, "file")).resources().get(0).deliveries().orElseThrow();
        assertEquals(new DeliveryCounts(10000, 9400, Map.of("force-majeure", 300L), Optional.of(new BigDecimal("0.045"))), counts);
        assertEquals(300, counts.excludedTotal());
        for (String[] bad : new String[][]{
                {"\"excluded\": {\"force-majeure\": 700}", "resources[0].deliveries.excluded"},
                {"\"excluded\": {\"force-majeure\": -1}", "resources[0].deliveries.excluded.force-majeure"},
                {"\"excluded\": {\"force-majeure\": \"x\"}", "resources[0].deliveries.excluded.force-majeure"},
                {"\"excluded\": 3", "resources[0].deliveries.excluded"},
                {"\"unitPrice\": \"abc\"", "resources[0].deliveries.unitPrice"},
                {"\"unitPrice\": \"0\"", "resources[0].deliveries.unitPrice"}}) {
            String broken = text.replace("\"excluded\": {\"force-majeure\": 300}, \"unitPrice\": \"0.045\"", bad[0]);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonthFileReader.read(MonthFileReader.parse(broken, "file")),
                    bad[0]);
            assertEquals(bad[1], e.field(), bad[0] + ": " + e.getMessage());
        }
    }

    @Test
    void theResourceLevelPriceServesADeliveryProductAndMustAgreeWithTheDeliveries() {
        // 9400 of 10000 = 94 %: 10 % of 1000.00 = 100.00; at 0.045 per message 2222.2 -> 2222, whichever field gives the price.
        ResourceMonth onResource = ResourceMonth.builder("app", Money.of("1000.00", "CNY")).deliveries(DeliveryCounts.of(10000, 9400))
                .unitPrice(new BigDecimal("0.045")).build();
        assertEquals(List.of(new UsageCredit(CreditUnit.MESSAGES, new BigDecimal("2222"))), evaluate(onResource).resources().get(0).usageCredits());
        // both, equal (0.045 and 0.0450): one price, accepted
        ResourceMonth both = ResourceMonth.builder("app", Money.of("1000.00", "CNY")).deliveries(DeliveryCounts.of(10000, 9400).withUnitPrice("0.045"))
                .unitPrice(new BigDecimal("0.0450")).build();
        assertEquals(List.of(new UsageCredit(CreditUnit.MESSAGES, new BigDecimal("2222"))), evaluate(both).resources().get(0).usageCredits());
        // both, different: an error naming the field, never a silent pick (at 0.05 it would have been 2000)
        ResourceMonth differ = ResourceMonth.builder("app", Money.of("1000.00", "CNY")).deliveries(DeliveryCounts.of(10000, 9400).withUnitPrice("0.045"))
                .unitPrice(new BigDecimal("0.05")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(differ));
        assertEquals("resources[0].unitPrice", e.field(), e.getMessage());
        assertTrue(e.getMessage().contains("deliveries.unitPrice"), e.getMessage());
    }

    @Test
    void theMonthFileReadsTheResourceLevelPriceExactly() {
        String text = """
                {"product": "sms", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
                  {"id": "app", "fee": "1000.00", "unitPrice": "0.0450", "deliveries": {"sent": 10000, "delivered": 9400}}]}
                """;
        assertEquals(Optional.of(new BigDecimal("0.0450")), MonthFileReader.read(MonthFileReader.parse(text, "file")).resources().get(0).unitPrice());
        for (String[] bad : new String[][]{
                {"\"unitPrice\": \"abc\"", "is not a decimal number"},
                {"\"unitPrice\": \"0\"", "must be above zero"},
                {"\"unitPrice\": \"-0.01\"", "must be above zero"},
                {"\"unitPrice\": \"1e19\"", "is too large"},
                {"\"unitPrice\": \"1e-65\"", "has too many decimals"},
                {"\"unitPrice\": true", "must be a string"}}) {
            String broken = text.replace("\"unitPrice\": \"0.0450\"", bad[0]);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonthFileReader.read(MonthFileReader.parse(broken, "file")),
                    bad[0]);
            assertEquals("resources[0].unitPrice", e.field(), bad[0] + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(bad[1]), bad[0] + ": " + e.getMessage());
        }
    }
}
